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
import { NewRecordsWriter } from './stored-writes';
import type { ProgressCounter, ProgressListener } from './write-chunks';

/** Records of a load in parts, and how much of the whole load is in this part and the earlier ones (0–1]. */
export interface BulkLoadPart {
  readonly records: Partial<RegistryRecords>;
  readonly done: number;
}

export interface BulkLoadOptions {
  /** Defaults to the demo; every record must then be marked `demo: true`. */
  readonly source?: ChangeSource;
  readonly label?: LocalizedText;
  /** Hears the number of stored records written so far (synchronously, between chunks). */
  readonly onProgress?: ProgressListener;
}

const demoLabel: LocalizedText = { zh: '载入示例数据', en: 'Load the demo data' };

function checkDemoMarks(records: Partial<RegistryRecords>): void {
  const lists: [ContentTable, readonly RecordMeta[] | undefined][] = [
    ['parks', records.parks],
    ['enterprises', records.enterprises],
    ['tenancies', records.tenancies],
    ['reportYears', records.reports],
    ['cultivationPlans', records.plans],
    ['parkEvents', records.events],
    ['financings', records.financings],
  ];
  for (const [table, list = []] of lists) {
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

/** The stored records of a bulk load's part, in the order they are written. */
function storedChanges(records: Partial<RegistryRecords>): StoredChange[] {
  const tables: [ContentTable, readonly StoredRecord[]][] = [
    ['parks', records.parks ?? []],
    ['enterprises', records.enterprises ?? []],
    ['tenancies', records.tenancies ?? []],
    ['reportYears', packReports(records.reports ?? [])],
    ['cultivationPlans', records.plans ?? []],
    ['parkEvents', records.events ?? []],
    ['financings', records.financings ?? []],
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
export function bulkLoad(
  context: RegistryContext,
  records: RegistryRecords,
  options: BulkLoadOptions = {},
): Promise<ChangeSet> {
  return bulkLoadInParts(context, [{ records, done: 1 }], options);
}

/**
 * The same, with the records coming in parts: each is written while the next is taken from
 * `parts`, which may make it then (the demo generates its reports while its enterprises are
 * written). Taking a part runs inside the transaction, so it must not await anything. All of an
 * enterprise's reports come in one part: they are stored packed per enterprise and year.
 */
export async function bulkLoadInParts(
  context: RegistryContext,
  parts: Iterable<BulkLoadPart>,
  options: BulkLoadOptions = {},
): Promise<ChangeSet> {
  const source = options.source ?? { kind: 'demo' };
  const at = nowIso(context);
  const { db } = context;
  // The total is learnt as the parts come: estimated from how much of the load each says it is.
  const progress: ProgressCounter = { done: 0, total: 0, onProgress: options.onProgress };
  return inWriteTransaction(context, async () => {
    const writer = new NewRecordsWriter(db, progress);
    for (const part of parts) {
      if (source.kind === 'demo') checkDemoMarks(part.records);
      const changes = storedChanges(part.records);
      const known = writer.changes.length + changes.length;
      progress.total = part.done >= 1 ? known : Math.max(known, Math.round(known / part.done));
      await writer.write(changes);
    }
    await writer.finish();
    return recordChangeSet(db, {
      source,
      label: options.label ?? demoLabel,
      at,
      detail: source.kind === 'demo' ? 'summary' : 'records',
      changes: writer.changes,
    });
  });
}
