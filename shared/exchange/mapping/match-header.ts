/**
 * Which field a header names: by a synonym of the dictionary (exact), else by the closest
 * synonym (fuzzy: one contains the other, or a typo or two apart), with the 上年同期 and 同比
 * qualifiers leading to the figure's last-year and growth fields.
 */
import { readHeader, headerKey } from './header-text';
import type { ImportEntity } from './import-entity';
import {
  entityScopedSynonyms,
  importField,
  importFields,
  type ImportFieldId,
  type ImportFieldSpec,
} from './import-fields';

export type MatchConfidence = 'exact' | 'fuzzy';

export interface HeaderMatch {
  readonly field: ImportFieldId;
  readonly confidence: MatchConfidence;
  /** 1 for an exact synonym, lower the further the header is from the nearest synonym. */
  readonly score: number;
}

/** Below this a fuzzy match is more likely wrong than right, and the column stays unmapped. */
const minimumFuzzyScore = 0.35;

function synonymKey(synonym: string): string {
  return readHeader(synonym).base;
}

const fieldBySynonym = new Map<string, ImportFieldId>();
for (const field of importFields) {
  for (const synonym of field.synonyms) fieldBySynonym.set(synonymKey(synonym), field.id);
}
const synonymEntries = [...fieldBySynonym.entries()];

/** Every key the dictionary knows for a field, for tests and the mapping editor's search. */
export function synonymKeysOf(field: ImportFieldId): readonly string[] {
  return synonymEntries.filter(([, id]) => id === field).map(([key]) => key);
}

/** Edit distance, for headers with a typo: 统一社会信用代玛. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A lower bound of the edit distance from `a` to `b`, counted up to just past `limit`: each
 * character of `a` that `b` lacks takes an edit of its own. Most cells scanned for the header
 * row (names, codes, dates) share almost no characters with a synonym, so this settles them
 * without the distance table.
 */
function charactersMissing(a: string, b: string, limit: number): number {
  let missing = 0;
  for (const character of a) {
    if (!b.includes(character)) {
      missing += 1;
      if (missing > limit) break;
    }
  }
  return missing;
}

/** How close a header key is to a synonym key, 0 when not close at all. */
function closeness(key: string, synonym: string): number {
  if (synonym.length >= 2 && key.includes(synonym)) return (0.9 * synonym.length) / key.length;
  // A short header inside a long synonym says too little: 名称 is not 曾用名.
  if (key.length >= 3 && synonym.includes(key)) return (0.8 * key.length) / synonym.length;
  const longest = Math.max(key.length, synonym.length);
  if (Math.min(key.length, synonym.length) < 3) return 0;
  const allowed = longest >= 6 ? 2 : 1;
  // The distance is at least the difference in length: most pairs need not be compared.
  if (Math.abs(key.length - synonym.length) > allowed) return 0;
  if (charactersMissing(key, synonym, allowed) > allowed) return 0;
  const distance = editDistance(key, synonym);
  return distance <= allowed ? 0.8 * (1 - distance / longest) : 0;
}

function fuzzyMatch(key: string): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (const [synonym, field] of synonymEntries) {
    const score = closeness(key, synonym);
    if (score >= minimumFuzzyScore && (best === null || score > best.score)) {
      best = { field, confidence: 'fuzzy', score };
    }
  }
  return best;
}

function matchBase(base: string, entity: ImportEntity | null): HeaderMatch | null {
  if (base === '') return null;
  const exact = fieldBySynonym.get(base);
  if (exact !== undefined) return { field: exact, confidence: 'exact', score: 1 };
  const scoped = entity === null ? undefined : entityScopedSynonyms[entity][base];
  if (scoped !== undefined) return { field: scoped, confidence: 'exact', score: 1 };
  return fuzzyMatch(base);
}

function excluded(spec: ImportFieldSpec, key: string): boolean {
  return (spec.excludes ?? []).some((word) => key.includes(word));
}

/**
 * The field a header names, or null. `entity`, once known, lets general words (名称, 日期)
 * name that kind of record's field. A 上年同期 or 同比 header of a figure without such a field
 * (纳税总额上年同期) names nothing rather than the figure itself.
 */
export function matchHeader(
  header: string,
  entity: ImportEntity | null = null,
): HeaderMatch | null {
  const reading = readHeader(header);
  if (reading.growth || reading.priorYear) {
    // A bare 上年同期 or 同比 column sits next to the revenue it qualifies.
    const figure =
      reading.base === ''
        ? ({ field: 'revenueYuan', confidence: 'exact', score: 1 } as const)
        : matchBase(reading.base, entity);
    if (figure === null) return null;
    const qualified = reading.growth
      ? importField(figure.field).growth
      : importField(figure.field).priorYear;
    return qualified === undefined ? null : { ...figure, field: qualified };
  }
  const match = matchBase(reading.base, entity);
  if (match === null || excluded(importField(match.field), headerKey(header))) return null;
  return match;
}
