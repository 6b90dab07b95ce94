/**
 * The content hash of an exported record: the baseline a returned workbook is compared with, so
 * a row nobody touched is known unchanged without comparing field by field. It hashes the
 * record's values as the import reads them back (ImportFieldId → normalised value), not the
 * cells' bytes: a value Excel re-saved in another form (a date typed as text, a number with a
 * new format) still hashes the same. 64-bit FNV-1a over UTF-16 code units, in pure JS so the
 * renderer, a Worker and the CLI compute the same hex string.
 */
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';

/** A record's values by field: what `normaliseRow` gives back for the row. */
export type FieldValues = Partial<Readonly<Record<ImportFieldId, NormalisedValue | null>>>;

// 64-bit arithmetic in four 16-bit limbs: exact in doubles, no BigInt per character.
const offsetBasis: readonly [number, number, number, number] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

/** FNV-1a, 64 bits, over each UTF-16 code unit as two bytes (low, high); 16 hex digits. */
export function fnv1a64(text: string): string {
  let [h0, h1, h2, h3] = offsetBasis;
  const mix = (byte: number) => {
    h0 ^= byte;
    // × 0x100000001b3: limb 0 is 0x1b3, limb 2 is 0x100.
    const r0 = h0 * 0x1b3;
    const r1 = h1 * 0x1b3 + (r0 >>> 16);
    const r2 = h2 * 0x1b3 + h0 * 0x100 + (r1 >>> 16);
    const r3 = h3 * 0x1b3 + h1 * 0x100 + (r2 >>> 16);
    h0 = r0 & 0xffff;
    h1 = r1 & 0xffff;
    h2 = r2 & 0xffff;
    h3 = r3 & 0xffff;
  };
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    mix(unit & 0xff);
    mix(unit >>> 8);
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

const fieldSeparator = '\u001e';
const itemSeparator = '\u001f';

function canonical(value: NormalisedValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.join(itemSeparator);
}

/**
 * The hash of a record's values over the given fields, in that order; a blank and a missing
 * field hash alike, so a round trip that drops an empty cell changes nothing.
 */
export function recordContentHash(fields: readonly ImportFieldId[], values: FieldValues): string {
  return fnv1a64(
    fields.map((field) => `${field}=${canonical(values[field])}`).join(fieldSeparator),
  );
}

/** Hex digits kept per field: enough that two values of one cell rarely hash alike. */
export const fieldHashDigits = 6;

function fieldHash(field: ImportFieldId, values: FieldValues): string {
  return fnv1a64(`${field}=${canonical(values[field])}`).slice(-fieldHashDigits);
}

/**
 * A short hash of each field's value, in the fields' order, run together: with these the
 * baseline tells which side changed which cell, where the record's hash tells only that a record
 * changed. Compact, since the export writes one per record.
 */
export function recordFieldHashes(fields: readonly ImportFieldId[], values: FieldValues): string {
  return fields.map((field) => fieldHash(field, values)).join('');
}

/** The field hashes read back by field; null when they were not written for these fields. */
export function splitFieldHashes(
  fields: readonly ImportFieldId[],
  hashes: string,
): ReadonlyMap<ImportFieldId, string> | null {
  if (hashes.length !== fields.length * fieldHashDigits) return null;
  return new Map(
    fields.map((field, index) => [
      field,
      hashes.slice(index * fieldHashDigits, (index + 1) * fieldHashDigits),
    ]),
  );
}

/** Whether a value hashes as the baseline's field hash: unchanged since the export. */
export function matchesFieldHash(
  field: ImportFieldId,
  values: FieldValues,
  baselineHash: string,
): boolean {
  return fieldHash(field, values) === baselineHash;
}
