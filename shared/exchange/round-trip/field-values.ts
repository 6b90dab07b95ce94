/**
 * A record's values by import field, as the import reads a row and as an export writes one:
 * the common ground on which the round trip and the consolidation compare records.
 */
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';
import type { NormalisedRow } from '../values/normalise-row';

export type FieldValues = NormalisedRow['values'];

/** A field's value, a missing field read as blank: a blank cell and an absent column agree. */
export function valueOf(values: FieldValues, field: ImportFieldId): NormalisedValue | null {
  return values[field] ?? null;
}

/** Equal values: lists (曾用名, 特色方向) item by item, everything else as is. */
export function sameValue(
  a: NormalisedValue | null | undefined,
  b: NormalisedValue | null | undefined,
): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  return left === right;
}
