/**
 * The bulk write path: many new records as one change set, written in chunks inside one
 * transaction with progress between chunks, totals included. Built for the demo registry (~100
 * parks, ~17,000 enterprises, ~400,000 reports), which it stores as ~70,000 records. For the
 * demo the change set records counts, not every record's before and after (all of them would
 * double the writes), and undoing it removes the demo; any other source records every record,
 * so its undo works like any change set's.
 */
import type { ChangeSet, ChangeSource, StoredChange } from '../../shared/history/change-set';
import type { RecordMeta } from '../../shared/records/record-meta';
import {
  contentTableLabels,
  type ContentTable,
  type RegistryRecords,
  type StoredRecord,
} from '../../shared/registry/registry-tables';
import { packReports } from '../../shared/reports/report-storage';
import type { LocalizedText } from '../../shared/text/localized-text';
import { recordChangeSet } from './change-sets';
import { inWriteTransaction, nowIso, type RegistryContext } from './registry-context';
import { RegistryError } from './registry-error';
import { writeStoredChanges } from './stored-writes';
import type { ProgressListener } from './write-chunks';

export interface BulkLoadOptions {
  /** Defaults to the demo; every record must then be marked `demo: true`. */
  readonly source?: ChangeSource;
  readonly label?: LocalizedText;
  /** Hears the number of stored records written so far (synchronously, between chunks). */
  readonly onProgress?: ProgressListener;
}

const demoLabel: LocalizedText = { zh: '载入示例数据', en: 'Load the demo data' };

function checkDemoMarks(records: RegistryRecords): void {
  const lists: [ContentTable, readonly RecordMeta[]][] = [
    ['parks', records.parks],
    ['enterprises', records.enterprises],
    ['tenancies', records.tenancies],
    ['reportYears', records.reports],
    ['cultivationPlans', records.plans],
    ['parkEvents', records.events],
    ['financings', records.financings],
  ];
  for (const [table, list] of lists) {
    const unmarked = list.find((record) => record.demo !== true);
    if (unmarked !== undefined) {
      const label = contentTableLabels[table];
      throw new RegistryError('invalid-record', {
        zh: `示例数据中的${label.zh}记录 ${unmarked.id} 没有示例标记（demo: true），未载入任何数据。`,
        en: `${label.en} record ${unmarked.id} of the demo data lacks the demo mark (demo: true); nothing was loaded.`,
      });
    }
  }
}

/** The stored records of a bulk load, in the order they are written. */
function storedChanges(records: RegistryRecords): StoredChange[] {
  const tables: [ContentTable, readonly StoredRecord[]][] = [
    ['parks', records.parks],
    ['enterprises', records.enterprises],
    ['tenancies', records.tenancies],
    ['reportYears', packReports(records.reports)],
    ['cultivationPlans', records.plans],
    ['parkEvents', records.events],
    ['financings', records.financings],
  ];
  return tables.flatMap(([table, list]) =>
    list.map((record) => ({ table, id: record.id, before: undefined, after: record })),
  );
}

/**
 * Adds new records (ids must not exist yet) as one change set. Records are stored as given:
 * they must satisfy the model's schemas (the demo generator's tests check that); references
 * and credit codes are checked here. All or nothing: any failure leaves the registry as it was.
 */
export async function bulkLoad(
  context: RegistryContext,
  records: RegistryRecords,
  options: BulkLoadOptions = {},
): Promise<ChangeSet> {
  const source = options.source ?? { kind: 'demo' };
  if (source.kind === 'demo') checkDemoMarks(records);
  const changes = storedChanges(records);
  const at = nowIso(context);
  const { db } = context;
  return inWriteTransaction(context, async () => {
    await writeStoredChanges(db, changes, {
      progress: { done: 0, total: changes.length, onProgress: options.onProgress },
    });
    return recordChangeSet(db, {
      source,
      label: options.label ?? demoLabel,
      at,
      detail: source.kind === 'demo' ? 'summary' : 'records',
      changes,
    });
  });
}
