/**
 * What an import does to a value the registry already holds: overwrite it, fill it only where
 * it is empty, or keep it. Chosen once for the import and, where it matters, per field.
 */
import { localized, type LocalizedText } from '../../text/localized-text';
import type { ImportEntity } from '../mapping/import-entity';

export const fieldPolicies = ['overwrite', 'fill-empty', 'keep-mine'] as const;
export type FieldPolicy = (typeof fieldPolicies)[number];

export const fieldPolicyLabels: Readonly<Record<FieldPolicy, LocalizedText>> = {
  overwrite: localized('覆盖', 'Overwrite'),
  'fill-empty': localized('仅填空白', 'Fill empty only'),
  'keep-mine': localized('保留现有', 'Keep mine'),
};

export interface ImportPolicy {
  readonly global: FieldPolicy;
  /** By fieldPolicyKey ("enterprises.name"); fields not listed follow `global`. */
  readonly byField?: Readonly<Record<string, FieldPolicy>>;
}

export const defaultImportPolicy: ImportPolicy = { global: 'overwrite' };

/**
 * A field's policy is its own per kind of record: an enterprise's 状态 and a milestone's are
 * different things, though both are the model field `status`.
 */
export function fieldPolicyKey(entity: ImportEntity, field: string): string {
  return `${entity}.${field}`;
}

export function policyFor(policy: ImportPolicy, entity: ImportEntity, field: string): FieldPolicy {
  return policy.byField?.[fieldPolicyKey(entity, field)] ?? policy.global;
}

/** A blank: nothing stored, an empty text, list or map. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Values compared as stored: key order of maps does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  // The same text, number or list is the same value: 20,000 unchanged rows skip the canonical forms.
  return a === b || canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (isEmptyValue(value)) return '';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${key}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * How a row gives a field: 'part' of it (a year's 规上 flag, the certifications the sheet
 * lists), merged into what is stored; or 'whole' (a round-trip row whose certification cells
 * were taken: the park's certifications are what its three cells say, no more).
 */
export type GivenAs = 'part' | 'whole';

/**
 * What a field holds after the import under `policy`: a map (规上 by year) and the list of
 * certifications given in part are merged entry by entry, so a row for 2024 leaves 2023 as it
 * was. A certification the row gives is merged into the stored one of its year either way,
 * keeping what no sheet carries (its source).
 */
export function mergedValue(
  field: string,
  before: unknown,
  incoming: unknown,
  policy: FieldPolicy,
  givenAs: GivenAs = 'part',
): unknown {
  if (policy === 'keep-mine') return before;
  if (policy === 'fill-empty' && !isEmptyValue(before)) return before;
  if (field === 'certifications' && Array.isArray(incoming)) {
    const stored = (Array.isArray(before) ? before : []) as { year?: unknown }[];
    const byYear = new Map<unknown, object>();
    if (givenAs === 'part') for (const item of stored) byYear.set(item.year, item);
    for (const item of incoming as { year?: unknown }[]) {
      const kept = stored.find((entry) => entry.year === item.year);
      byYear.set(item.year, { ...kept, ...item });
    }
    return [...byYear.values()];
  }
  if (givenAs === 'part' && isPlainMap(before) && isPlainMap(incoming)) {
    return { ...before, ...incoming };
  }
  return incoming;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
