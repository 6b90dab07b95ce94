/**
 * The three-way comparison of a returned exchange workbook, one sheet at a time: each record
 * as exported (its baseline: id, version, content hash, and its values when the exported file
 * itself is at hand), as it is here now, and as it came back. Every cell is unchanged, changed
 * there, changed here since the export, or in conflict. Rows added there are new records; a
 * record whose row is gone is flagged for review, never deleted; a row whose id was altered or
 * cleared is matched again by its enterprise's credit code.
 */
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';
import { matchesFieldHash, splitFieldHashes } from '../exchange-format/content-hash';
import { sameValue } from '../matching/field-policy';
import { valueOf, type FieldValues } from './field-values';

/** What the export wrote down about a record: its identity and a hash of its values. */
export interface BaselineRecord {
  readonly recordId: string;
  readonly version: number;
  readonly contentHash: string;
  /** A short hash per field as exported (recordFieldHashes), in the sheet's field order. */
  readonly fieldHashes?: string;
  /** The values as exported, when the exported workbook is read too (`diff`); else hashes only. */
  readonly values?: FieldValues;
}

/** A record of the registry now, in the same values an export would write for it. */
export interface CurrentRecord {
  readonly recordId: string;
  readonly version: number;
  readonly values: FieldValues;
}

/** A row of the returned workbook, as the import read it. */
export interface ReturnedRow {
  readonly rowNumber: number;
  /** The row's 记录ID cell; null when blank (a row added there). */
  readonly recordId: string | null;
  readonly values: FieldValues;
  /** Fields whose cells could not be read: neither a change nor a blank, but a problem to fix. */
  readonly unreadable?: readonly ImportFieldId[];
}

type Value = NormalisedValue | null;

export type CellStatus = 'unchanged' | 'changed-there' | 'changed-here' | 'conflict' | 'unreadable';

export interface CellComparison {
  readonly field: ImportFieldId;
  readonly status: CellStatus;
  /** The value here now. */
  readonly mine: NormalisedValue | null;
  /** The value in the returned row. */
  readonly theirs: NormalisedValue | null;
  /** The value as exported, when known. */
  readonly baseline?: NormalisedValue | null;
}

/** How a returned row was tied to its record. */
export type MatchedBy = 'id' | 'credit-code';

export type RecordComparison =
  | {
      readonly kind: 'matched';
      readonly recordId: string;
      readonly rowNumber: number;
      readonly matchedBy: MatchedBy;
      /** The record's version here now: a plan built on it refuses a record changed since. */
      readonly version: number;
      readonly cells: readonly CellComparison[];
    }
  /** A row with no record behind it: a new record, to be created. */
  | {
      readonly kind: 'added-there';
      readonly rowNumber: number;
      /** The id the row carried when it matched nothing (altered, or from another file). */
      readonly unknownId: string | null;
      readonly values: FieldValues;
    }
  /** An exported record whose row is gone: for the user to review, never deleted by itself. */
  | { readonly kind: 'deleted-there'; readonly recordId: string }
  /** A returned row whose record was deleted here since the export. */
  | { readonly kind: 'deleted-here'; readonly recordId: string; readonly rowNumber: number }
  /** A second row for a record already matched: which one counts is for the user to say. */
  | { readonly kind: 'duplicate-row'; readonly recordId: string; readonly rowNumber: number };

export interface SheetComparisonInput {
  /** The sheet's fields, in column order: what is compared and hashed. */
  readonly fields: readonly ImportFieldId[];
  /** The export's content hash over `fields` (exchange-format's recordContentHash). */
  readonly hashOf: (values: FieldValues) => string;
  readonly baseline: readonly BaselineRecord[];
  readonly current: readonly CurrentRecord[];
  readonly returned: readonly ReturnedRow[];
}

/**
 * The fields that tell apart records of one enterprise on a sheet: the credit code, with the
 * period (营收) and the park (入驻) where the sheet has them.
 */
const creditCodeKeyFields: readonly ImportFieldId[] = ['creditCode', 'period', 'parkName'];

/** The credit-code key of a row, or null on a sheet or a row without a credit code. */
export function creditCodeKey(
  fields: readonly ImportFieldId[],
  values: FieldValues,
): string | null {
  if (valueOf(values, 'creditCode') === null) return null;
  return creditCodeKeyFields
    .filter((field) => fields.includes(field))
    .map((field) => String(valueOf(values, field) ?? ''))
    .join('|');
}

function compareCells(
  input: SheetComparisonInput,
  baseline: BaselineRecord,
  current: CurrentRecord,
  returned: ReturnedRow,
): CellComparison[] {
  const unreadable = new Set(returned.unreadable);
  // An unreadable cell counts as unchanged for the hash, so it does not turn others into conflicts.
  const readable: Partial<Record<ImportFieldId, NormalisedValue | null>> = { ...returned.values };
  for (const field of unreadable)
    readable[field] = valueOf(baseline.values ?? current.values, field);
  const changedThere = input.hashOf(readable) !== baseline.contentHash;
  const changedHere = input.hashOf(current.values) !== baseline.contentHash;
  const fieldHashes =
    baseline.fieldHashes === undefined
      ? null
      : splitFieldHashes(input.fields, baseline.fieldHashes);
  const sides = (there: boolean, here: boolean, mine: Value, theirs: Value): CellStatus => {
    // Both changed alike is agreement: nothing to do.
    if (there && here) return sameValue(mine, theirs) ? 'unchanged' : 'conflict';
    if (there) return 'changed-there';
    return here ? 'changed-here' : 'unchanged';
  };
  return input.fields.map((field): CellComparison => {
    const mine = valueOf(current.values, field);
    const theirs = valueOf(returned.values, field);
    if (unreadable.has(field)) return { field, status: 'unreadable', mine, theirs };
    if (baseline.values !== undefined) {
      const base = valueOf(baseline.values, field);
      const status = sides(!sameValue(theirs, base), !sameValue(mine, base), mine, theirs);
      return { field, status, mine, theirs, baseline: base };
    }
    const baseHash = fieldHashes?.get(field);
    if (baseHash !== undefined) {
      const there = changedThere && !matchesFieldHash(field, returned.values, baseHash);
      const here = changedHere && !matchesFieldHash(field, current.values, baseHash);
      return { field, status: sides(there, here, mine, theirs), mine, theirs };
    }
    // With only the hash, a record changed on one side has the baseline's values on the other,
    // so the side of each differing cell is known; changed on both, it is not: a conflict.
    let status: CellStatus = 'unchanged';
    if (!sameValue(mine, theirs)) {
      if (!changedThere) status = 'changed-here';
      else status = changedHere ? 'conflict' : 'changed-there';
    }
    return { field, status, mine, theirs };
  });
}

export function compareSheet(input: SheetComparisonInput): RecordComparison[] {
  const baselineById = new Map(input.baseline.map((record) => [record.recordId, record]));
  const currentById = new Map(input.current.map((record) => [record.recordId, record]));
  const exportedByKey = new Map<string, string>();
  for (const record of input.current) {
    if (!baselineById.has(record.recordId)) continue;
    const key = creditCodeKey(input.fields, record.values);
    if (key !== null) exportedByKey.set(key, record.recordId);
  }
  const seen = new Set<string>();
  const comparisons: RecordComparison[] = [];
  for (const row of input.returned) {
    let recordId = row.recordId !== null && baselineById.has(row.recordId) ? row.recordId : null;
    let matchedBy: MatchedBy = 'id';
    if (recordId === null) {
      const key = creditCodeKey(input.fields, row.values);
      recordId = key === null ? null : (exportedByKey.get(key) ?? null);
      matchedBy = 'credit-code';
    }
    const baseline = recordId === null ? undefined : baselineById.get(recordId);
    if (recordId === null || baseline === undefined) {
      comparisons.push({
        kind: 'added-there',
        rowNumber: row.rowNumber,
        unknownId: row.recordId,
        values: row.values,
      });
      continue;
    }
    if (seen.has(recordId)) {
      comparisons.push({ kind: 'duplicate-row', recordId, rowNumber: row.rowNumber });
      continue;
    }
    seen.add(recordId);
    const current = currentById.get(recordId);
    if (current === undefined) {
      comparisons.push({ kind: 'deleted-here', recordId, rowNumber: row.rowNumber });
      continue;
    }
    comparisons.push({
      kind: 'matched',
      recordId,
      rowNumber: row.rowNumber,
      matchedBy,
      version: current.version,
      cells: compareCells(input, baseline, current, row),
    });
  }
  for (const record of input.baseline) {
    if (!seen.has(record.recordId) && currentById.has(record.recordId)) {
      comparisons.push({ kind: 'deleted-there', recordId: record.recordId });
    }
  }
  return comparisons;
}
