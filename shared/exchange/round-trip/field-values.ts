/**
 * A record's values by import field, as the import reads a row and as an export writes one:
 * the common ground on which the round trip and the consolidation compare records.
 */
import type { FieldValues } from '../exchange-format/content-hash';
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';

export type { FieldValues };

/** A field's value, a missing field read as blank: a blank cell and an absent column agree. */
export function valueOf(values: FieldValues, field: ImportFieldId): NormalisedValue | null {
  return values[field] ?? null;
}
