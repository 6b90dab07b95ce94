/**
 * A round trip's decisions as an import: the rows of a returned exchange workbook are import
 * rows, so the import plan (matching/sheet-import-plan.ts) plans their writes — one writer for
 * both. A matched row is tied to its record by its 记录ID and carries its taken cells, so
 * exactly those change (a cell cleared there is emptied here) and the write is refused if the
 * record changed since the decisions were made; a row added there is imported as it came back.
 * A park's certification cells taken there give its certifications whole (the latest from
 * 认定级别 and 认定年份, the earlier from 此前认定), each keeping the stored one's source.
 * Whatever cannot be written is listed with its reason, never dropped: part of a composed field
 * cleared, a row naming a park or enterprise the registry does not hold, an invalid value, a
 * record deleted here meanwhile.
 * Rows deleted there are the round-trip plan's review items and are not written at all.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { LocalizedText } from '../../text/localized-text';
import { certificationFields, composedFields, recordFieldOf } from '../drafts/row-draft';
import { locateWorkbook } from '../layout/locate-sheet';
import type { ImportFieldId } from '../mapping/import-fields';
import {
  planWorkbookImport,
  type ExistingRecords,
  type SheetImportPlan,
  type SheetToPlan,
  type TiedRow,
} from '../matching/sheet-import-plan';
import { validateSheetRows } from '../validation/validate-sheet-rows';
import type { NormalisedValue } from '../values/normalise-cell';
import type { NormalisedRow } from '../values/normalise-row';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import type { RecordComparison } from './compare-records';
import { findReturnedSheet } from './exchange-sheet-rows';
import type { RoundTripPlan } from './round-trip-plan';
import type { SheetDiff } from './workbook-diff';

/** One sheet's comparison and the plan the user's decisions make of it. */
export interface SheetDecisions {
  readonly diff: Pick<SheetDiff, 'name' | 'entity' | 'comparisons'>;
  readonly plan: Pick<RoundTripPlan, 'changes'>;
}

export type NotAppliedReason = 'composed-field' | 'not-matched' | 'invalid';

export interface NotApplied {
  readonly sheetName: string;
  /** The record's id, or the row number of a new row. */
  readonly where: string;
  /** Excel's row number in the returned sheet. */
  readonly rowNumber: number;
  readonly reason: NotAppliedReason;
  /** What keeps it out, and the fix, where the import plan says. */
  readonly note?: LocalizedText;
}

export interface RoundTripImport {
  readonly plans: readonly SheetImportPlan[];
  readonly notApplied: readonly NotApplied[];
}

export interface RoundTripImportOptions {
  readonly today: IsoDate;
  readonly newId: () => string;
  /** The year the 企业 sheet's 规上 column speaks of (exchange-records' aboveScaleYearOf). */
  readonly year: number;
}

type Matched = Extract<RecordComparison, { kind: 'matched' }>;

/**
 * Cells a matched row carries besides the taken ones: those naming the record's park,
 * enterprise and period, which the plan resolves. Other cells are left out so they are not
 * written back: a value the user did not take must stay as it is here.
 */
const carriedFields: ReadonlySet<ImportFieldId> = new Set([
  'creditCode',
  'enterpriseName',
  'parkName',
  'period',
]);

interface SheetRows {
  /** The rows to plan: a matched row with its taken and carried cells only. */
  readonly rows: NormalisedRow[];
  /** The same rows whole, the registry's values for the cells not taken: what is validated. */
  readonly whole: NormalisedRow[];
  readonly tied: Map<number, TiedRow>;
  /** By row number: where a row is reported, its record's id for a matched row. */
  readonly where: Map<number, string>;
}

/**
 * Composed cells cleared there that cannot be emptied alone: a year's 规上 flag (the other
 * years stay), and the latest certification's tier or year while the other is still given
 * (half a certification). Clearing both, or 此前认定, says which certifications the park has.
 */
function halfCleared(
  taken: ReadonlyMap<ImportFieldId, NormalisedValue | null>,
  mine: ReadonlyMap<ImportFieldId, NormalisedValue | null>,
): ImportFieldId[] {
  const after = (field: ImportFieldId) => (taken.has(field) ? taken.get(field) : mine.get(field));
  const otherOf: Partial<Record<ImportFieldId, ImportFieldId>> = {
    certificationTier: 'certificationYear',
    certificationYear: 'certificationTier',
  };
  return [...taken].flatMap(([field, to]) => {
    if (to !== null) return [];
    const other = otherOf[field];
    if (field === 'aboveScale') return [field];
    return other !== undefined && (after(other) ?? null) !== null ? [field] : [];
  });
}

function sheetRows(decisions: SheetDecisions, notApplied: NotApplied[]): SheetRows {
  const { name, entity, comparisons } = decisions.diff;
  const matched = new Map<string, Matched>();
  for (const comparison of comparisons) {
    if (comparison.kind === 'matched') matched.set(comparison.recordId, comparison);
  }
  const result: SheetRows = { rows: [], whole: [], tied: new Map(), where: new Map() };
  for (const change of decisions.plan.changes) {
    if (change.kind === 'create') {
      const row = { rowNumber: change.rowNumber, values: change.values, problems: [] };
      result.rows.push(row);
      result.whole.push(row);
      result.where.set(change.rowNumber, String(change.rowNumber));
      continue;
    }
    const comparison = matched.get(change.recordId);
    if (comparison === undefined || entity === null) continue;
    const { rowNumber } = comparison;
    const taken = new Map(change.changes.map((field) => [field.field, field.to]));
    const mine = new Map(comparison.cells.map((cell) => [cell.field, cell.mine]));
    for (const field of halfCleared(taken, mine)) {
      // Not taken after all: the field stays whole as it is here.
      taken.delete(field);
      notApplied.push({
        sheetName: name,
        where: change.recordId,
        rowNumber,
        reason: 'composed-field',
      });
    }
    // A composed field is made whole again from its columns, the ones not taken as they are here.
    const composedTaken = [...taken.keys()].some((field) => composedFields.has(field));
    const values: Partial<Record<ImportFieldId, NormalisedValue>> = {};
    const whole: Partial<Record<ImportFieldId, NormalisedValue>> = {};
    for (const cell of comparison.cells) {
      const value = taken.has(cell.field) ? taken.get(cell.field) : cell.mine;
      if (value === null || value === undefined) continue;
      whole[cell.field] = value;
      const carried =
        carriedFields.has(cell.field) || (composedTaken && composedFields.has(cell.field));
      if (taken.has(cell.field) || carried) values[cell.field] = value;
    }
    const cleared: string[] = [];
    for (const [field, to] of taken) {
      const modelField = recordFieldOf[entity][field];
      if (to === null && !composedFields.has(field) && modelField !== undefined) {
        cleared.push(modelField);
      }
    }
    // Its three cells say all a park's certifications are: given whole, so one removed goes.
    const certificationsTaken = [...taken.keys()].some((field) => certificationFields.has(field));
    result.rows.push({ rowNumber, values, problems: [] });
    result.whole.push({ rowNumber, values: whole, problems: [] });
    result.tied.set(rowNumber, {
      recordId: change.recordId,
      expectedVersion: change.expectedVersion,
      cleared,
      ...(certificationsTaken ? { whole: ['certifications'] } : {}),
    });
    result.where.set(rowNumber, change.recordId);
  }
  return result;
}

export function planRoundTripImport(
  returned: ParsedWorkbook,
  sheets: readonly SheetDecisions[],
  existing: ExistingRecords,
  options: RoundTripImportOptions,
): RoundTripImport {
  const located = locateWorkbook(returned);
  const notApplied: NotApplied[] = [];
  const toPlan: (SheetToPlan & { readonly where: ReadonlyMap<number, string> })[] = [];
  for (const decisions of sheets) {
    const { name, entity } = decisions.diff;
    const sheet = entity === null ? undefined : findReturnedSheet(located, name, entity);
    if (sheet === undefined || decisions.plan.changes.length === 0) continue;
    const { rows, whole, tied, where } = sheetRows(decisions, notApplied);
    const validation = validateSheetRows(sheet, whole, { year: options.year });
    toPlan.push({ sheet, rows, validation, tied, where });
  }
  const plans = planWorkbookImport(toPlan, existing, {
    policy: { global: 'overwrite' },
    today: options.today,
    newId: options.newId,
    year: options.year,
  });
  plans.forEach((plan, index) => {
    const sheet = toPlan[index];
    if (sheet === undefined) return;
    const validated = new Map(sheet.validation.rows.map((row) => [row.rowNumber, row]));
    for (const row of plan.rows) {
      const where = sheet.where.get(row.rowNumber) ?? String(row.rowNumber);
      if (row.status === 'unmatched') {
        notApplied.push({
          sheetName: plan.sheetName,
          where,
          rowNumber: row.rowNumber,
          reason: 'not-matched',
          ...(row.note === undefined ? {} : { note: row.note }),
        });
      } else if (row.status === 'blocked') {
        const error = validated
          .get(row.rowNumber)
          ?.issues.find((issue) => issue.severity === 'error');
        notApplied.push({
          sheetName: plan.sheetName,
          where,
          rowNumber: row.rowNumber,
          reason: 'invalid',
          ...(error === undefined ? {} : { note: error.message }),
        });
      }
    }
  });
  return { plans, notApplied };
}
