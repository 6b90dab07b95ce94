/**
 * The live enterprises indexed once per set of records, so that a screen computing the district,
 * a trend and a hundred parks does not rebuild Sets and Maps over ~17,000 enterprises on every
 * call. The other indexes (tenancy-index.ts, report-index.ts, activity-index.ts) refer to
 * enterprises the same way.
 *
 * Enterprises are referred to by their position in `records.enterprises`. A scope's members are
 * positions in ascending order, which is the order the records came in, so every sum adds the
 * same numbers in the same order as a filter over the enterprises would, to the last bit.
 *
 * Each index is cached by the identity of the arrays it reads: LiveRecords are immutable, and a
 * changed registry gives new arrays and so new indexes. Any object holding the same arrays
 * (a `Pick` of LiveRecords, say) finds the same index.
 */
import type { Enterprise } from '../enterprises/enterprise';
import { isAboveScaleIn } from '../enterprises/enterprise';
import {
  cultureCategories,
  cultureSubcategories,
  type CultureCategory,
} from '../reference/culture-classification';
import { isCultureEnterprise } from './culture-membership';

/** A scope's enterprises as ascending positions in `records.enterprises`. */
export type MemberPositions = Int32Array;

/** `categorySlot` of an enterprise without a 中类. */
export const noCategory = -1;
/**
 * `categorySlot` of a 中类 code the 2018 分类 does not have: only records that skipped
 * validation carry one, and the revenue split says so when it meets one (see its use).
 */
export const unknownCategory = -2;

export interface EnterpriseIndex {
  readonly enterprises: readonly Enterprise[];
  readonly positionOf: ReadonlyMap<string, number>;
  /** By position: 1 for a culture enterprise (culture-membership.ts), else 0. */
  readonly isCulture: Uint8Array;
  /** By position: the index of the 中类's 大类 in `cultureCategories`, or a marker above. */
  readonly categorySlot: Int8Array;
  /** By position: 1 when counted in 数字文化. */
  readonly isDigital: Uint8Array;
  /** By position, the 规上 status for a year: 1 规上, 0 not, -1 not recorded. */
  aboveScaleIn(year: number): Int8Array;
}

const categorySlotByCode = new Map<string, number>(
  cultureCategories.map((category, slot) => [category.code, slot]),
);
const categorySlotBySubcategory = new Map<string, number>(
  cultureSubcategories.map((subcategory) => [
    subcategory.code,
    categorySlotByCode.get(subcategory.category) ?? unknownCategory,
  ]),
);

/** The 大类 in a slot; only called with slots taken from `categorySlot`. */
export function categoryInSlot(slot: number): CultureCategory {
  const category = cultureCategories[slot];
  if (category === undefined) throw new RangeError(`No 大类 in slot ${slot}`);
  return category;
}

function buildEnterpriseIndex(enterprises: readonly Enterprise[]): EnterpriseIndex {
  const count = enterprises.length;
  const positionOf = new Map<string, number>();
  const isCulture = new Uint8Array(count);
  const categorySlot = new Int8Array(count);
  const isDigital = new Uint8Array(count);
  for (const [position, enterprise] of enterprises.entries()) {
    positionOf.set(enterprise.id, position);
    isCulture[position] = isCultureEnterprise(enterprise) ? 1 : 0;
    const code = enterprise.subcategoryCode;
    categorySlot[position] =
      code === undefined ? noCategory : (categorySlotBySubcategory.get(code) ?? unknownCategory);
    isDigital[position] = enterprise.digitalCulture ? 1 : 0;
  }
  const aboveScaleByYear = new Map<number, Int8Array>();
  return {
    enterprises,
    positionOf,
    isCulture,
    categorySlot,
    isDigital,
    aboveScaleIn(year) {
      let statuses = aboveScaleByYear.get(year);
      if (statuses === undefined) {
        statuses = new Int8Array(count);
        for (const [position, enterprise] of enterprises.entries()) {
          const status = isAboveScaleIn(enterprise, year);
          statuses[position] = status === undefined ? -1 : status ? 1 : 0;
        }
        aboveScaleByYear.set(year, statuses);
      }
      return statuses;
    },
  };
}

const enterpriseIndexes = new WeakMap<readonly Enterprise[], EnterpriseIndex>();

export function enterpriseIndexOf(enterprises: readonly Enterprise[]): EnterpriseIndex {
  let index = enterpriseIndexes.get(enterprises);
  if (index === undefined) {
    index = buildEnterpriseIndex(enterprises);
    enterpriseIndexes.set(enterprises, index);
  }
  return index;
}

/** The enterprise at a position the index handed out. */
export function enterpriseAt(index: EnterpriseIndex, position: number): Enterprise {
  const enterprise = index.enterprises[position];
  if (enterprise === undefined) throw new RangeError(`No enterprise at position ${position}`);
  return enterprise;
}

export function enterprisesAt(
  index: EnterpriseIndex,
  positions: MemberPositions,
): readonly Enterprise[] {
  return Array.from(positions, (position) => enterpriseAt(index, position));
}

/**
 * An array of `count` undefined entries to fill by position. Allocated and filled at once:
 * assigning positions into an empty array would leave it sparse, which engines store as a
 * dictionary and read far more slowly.
 */
export function emptySlots<T>(count: number): (T | undefined)[] {
  return new Array<T | undefined>(count).fill(undefined);
}

/** Positions that a mark array flags, ascending. */
export function markedPositions(marks: Uint8Array): MemberPositions {
  // Room for every position, then a view of the part filled: one pass, not a count first.
  const positions = new Int32Array(marks.length);
  let count = 0;
  for (let position = 0; position < marks.length; position += 1) {
    if (marks[position] === 1) {
      positions[count] = position;
      count += 1;
    }
  }
  return positions.subarray(0, count);
}

/** An index over one array that also depends on the enterprises it was built against. */
interface Dependent<T> {
  readonly enterprises: EnterpriseIndex;
  readonly index: T;
}

/** A cache of indexes over other records, each valid for the enterprises it was built against. */
export type DependentCache<K extends object, T> = WeakMap<K, Dependent<T>>;

export function dependentIndex<K extends object, T>(
  cache: DependentCache<K, T>,
  key: K,
  enterprises: EnterpriseIndex,
  build: () => T,
): T {
  const cached = cache.get(key);
  if (cached?.enterprises === enterprises) return cached.index;
  const index = build();
  cache.set(key, { enterprises, index });
  return index;
}

/** Stores an index built elsewhere, as dependentIndex would have. */
export function rememberDependentIndex<K extends object, T>(
  cache: DependentCache<K, T>,
  key: K,
  enterprises: EnterpriseIndex,
  index: T,
): void {
  cache.set(key, { enterprises, index });
}
