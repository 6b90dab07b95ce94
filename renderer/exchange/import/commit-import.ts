/**
 * The import's one write: every planned record of every sheet in one change set, through the
 * registry (which takes the automatic snapshot an import needs first). The change set records
 * the file, its hash, each sheet's mapping and counts, and each record's sheet and row, so
 * 变更记录 shows where every value came from and undo removes exactly this import.
 */
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import {
  plansNoWrites,
  type PlannedWrite,
  type SheetImportPlan,
} from '../../../shared/exchange/matching/sheet-import-plan';
import type { ChangeSet, ImportedSheet } from '../../../shared/history/change-set';
import { localized, type LocalizedText } from '../../../shared/text/localized-text';
import { columnLetter } from '../../../shared/exchange/workbook/sheet-grid';
import type { ChangePlan } from '../../db/change-plan';
import type { Registry } from '../../db/registry';
import type { ProgressListener } from '../../db/write-chunks';

export interface ImportToCommit {
  readonly fileName: string;
  readonly contentHash: string;
  readonly plans: readonly SheetImportPlan[];
  /** What 变更记录 calls the change set; 导入 and the file's name unless given. */
  readonly label?: LocalizedText;
  /** By sheet name: the mapping and layout the sheet was read with. */
  readonly sheets: Readonly<
    Record<
      string,
      {
        readonly layoutSignature: string;
        readonly mapping: ColumnMapping;
        readonly excluded: number;
      }
    >
  >;
}

export type CommitOutcome =
  | { readonly kind: 'committed'; readonly changeSet: ChangeSet }
  /** The file says what the registry already holds: nothing was written. */
  | { readonly kind: 'no-changes' };

function importedSheets(input: ImportToCommit): ImportedSheet[] {
  return input.plans.map((plan) => {
    const sheet = input.sheets[plan.sheetName];
    return {
      name: plan.sheetName,
      entity: plan.entity ?? '',
      layoutSignature: sheet?.layoutSignature ?? '',
      mapping: (sheet?.mapping.columns ?? []).map((column) => ({
        letter: columnLetter(column.columnIndex),
        field: column.field,
        unit: column.unit,
      })),
      counts: { ...plan.counts, excluded: sheet?.excluded ?? 0 },
    };
  });
}

/** Each case narrows the draft to its own table's record, which `save` checks it against. */
function planWrite(plan: ChangePlan, write: PlannedWrite): void {
  const options = {
    origin: write.origin,
    ...(write.expectedVersion === undefined ? {} : { expectedVersion: write.expectedVersion }),
  };
  switch (write.table) {
    case 'reports':
      plan.saveReport(write.draft, options);
      break;
    case 'enterprises':
      plan.save(write.table, write.draft, options);
      break;
    case 'parks':
      plan.save(write.table, write.draft, options);
      break;
    case 'tenancies':
      plan.save(write.table, write.draft, options);
      break;
    case 'parkEvents':
      plan.save(write.table, write.draft, options);
      break;
    case 'financings':
      plan.save(write.table, write.draft, options);
      break;
    case 'cultivationPlans':
      plan.save(write.table, write.draft, options);
      break;
  }
}

/** Writes the import as one change set; rejects with a RegistryError, having written nothing. */
export async function commitImport(
  registry: Registry,
  input: ImportToCommit,
  onProgress?: ProgressListener,
): Promise<CommitOutcome> {
  if (plansNoWrites(input.plans)) return { kind: 'no-changes' };
  const plan = registry.plan(
    {
      kind: 'import',
      fileName: input.fileName,
      contentHash: input.contentHash,
      sheets: importedSheets(input),
    },
    input.label ?? localized(`导入 ${input.fileName}`, `Import of ${input.fileName}`),
  );
  for (const sheetPlan of input.plans) {
    for (const write of sheetPlan.writes) planWrite(plan, write);
  }
  const changeSet = await registry.commit(plan, onProgress === undefined ? {} : { onProgress });
  return changeSet === undefined ? { kind: 'no-changes' } : { kind: 'committed', changeSet };
}
