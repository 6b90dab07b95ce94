/**
 * The user's decisions over a comparison, turned into a plain plan of record changes: which
 * fields of which records take the returned value, which records are created, and what is
 * left for review. A change there is taken unless the user keeps theirs; a conflict needs a
 * decision, per cell, per field or for all at once; a change here is already in the registry.
 */
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';
import type { FieldValues } from './field-values';
import type { RecordComparison } from './compare-records';

/** take theirs (the returned workbook's value) or keep mine (the registry's). */
export type Side = 'theirs' | 'mine';

export interface Resolutions {
  /** For every conflict no narrower decision covers. */
  readonly all?: Side;
  /** For every changed or conflicting cell of a field. */
  readonly byField?: Partial<Readonly<Record<ImportFieldId, Side>>>;
  /** For one cell, keyed by `cellKey`. */
  readonly byCell?: ReadonlyMap<string, Side>;
}

export function cellKey(recordId: string, field: ImportFieldId): string {
  return `${recordId}\u001f${field}`;
}

export interface FieldChange {
  readonly field: ImportFieldId;
  readonly from: NormalisedValue | null;
  readonly to: NormalisedValue | null;
}

export type PlannedChange =
  | {
      readonly kind: 'update';
      readonly recordId: string;
      /** The version the decisions were made on; a record changed since must be compared again. */
      readonly expectedVersion: number;
      readonly changes: readonly FieldChange[];
    }
  | { readonly kind: 'create'; readonly rowNumber: number; readonly values: FieldValues };

export interface UnresolvedConflict {
  readonly recordId: string;
  readonly rowNumber: number;
  readonly field: ImportFieldId;
}

export interface RoundTripPlan {
  readonly changes: readonly PlannedChange[];
  /** Conflicts still without a decision: the plan is not to be committed while any remain. */
  readonly unresolved: readonly UnresolvedConflict[];
  /** Rows deleted there or here, and rows given twice: shown to the user, never acted on. */
  readonly review: readonly Exclude<RecordComparison, { kind: 'matched' | 'added-there' }>[];
}

export function planRoundTrip(
  comparisons: readonly RecordComparison[],
  resolutions: Resolutions = {},
): RoundTripPlan {
  const changes: PlannedChange[] = [];
  const unresolved: UnresolvedConflict[] = [];
  const review: RoundTripPlan['review'][number][] = [];
  for (const comparison of comparisons) {
    if (comparison.kind === 'added-there') {
      changes.push({ kind: 'create', rowNumber: comparison.rowNumber, values: comparison.values });
      continue;
    }
    if (comparison.kind !== 'matched') {
      review.push(comparison);
      continue;
    }
    const { recordId } = comparison;
    const taken: FieldChange[] = [];
    for (const cell of comparison.cells) {
      // A change here is in the registry already; an unreadable cell is fixed in the file first.
      if (cell.status !== 'changed-there' && cell.status !== 'conflict') continue;
      const side =
        resolutions.byCell?.get(cellKey(recordId, cell.field)) ??
        resolutions.byField?.[cell.field] ??
        (cell.status === 'changed-there' ? 'theirs' : resolutions.all);
      if (side === undefined) {
        unresolved.push({ recordId, rowNumber: comparison.rowNumber, field: cell.field });
      } else if (side === 'theirs') {
        taken.push({ field: cell.field, from: cell.mine, to: cell.theirs });
      }
    }
    if (taken.length > 0) {
      changes.push({
        kind: 'update',
        recordId,
        expectedVersion: comparison.version,
        changes: taken,
      });
    }
  }
  return { changes, unresolved, review };
}
