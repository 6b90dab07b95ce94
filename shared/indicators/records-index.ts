/**
 * Indexes over the live records that every indicator needs, built once per set of records and
 * kept beside it, so that a screen computing the district, a trend and a hundred parks does not
 * rebuild Sets and Maps over ~17,000 enterprises and ~20,000 tenancies on every call.
 *
 * Enterprises are referred to by their position in `records.enterprises`. A scope's members are
 * positions in ascending order, which is the order the records came in, so every sum adds the
 * same numbers in the same order as a filter over the enterprises would, to the last bit.
 *
 * Each index is cached by the identity of the arrays it reads: LiveRecords are immutable, and a
 * changed registry gives new arrays and so new indexes. Any object holding the same arrays
 * (a `Pick` of LiveRecords, say) finds the same index.
 */
import type { IsoDate } from '../dates/iso-date';
import type { Enterprise } from '../enterprises/enterprise';
import { isAboveScaleIn } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import type { Period } from '../periods/period';
import {
  cultureCategories,
  cultureSubcategories,
  type CultureCategory,
} from '../reference/culture-classification';
import type { RevenueReport } from '../reports/revenue-report';
import type { Tenancy } from '../tenancies/tenancy';
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
 * An array of `count` undefined entries to fill by position. Filled rather than left sparse:
 * engines store a sparse array of thousands as a dictionary, and read it far more slowly.
 */
export function emptySlots<T>(count: number): (T | undefined)[] {
  const slots: (T | undefined)[] = [];
  for (let i = 0; i < count; i += 1) slots.push(undefined);
  return slots;
}

/** Positions that a mark array flags, ascending. */
export function markedPositions(marks: Uint8Array): MemberPositions {
  let count = 0;
  for (const mark of marks) count += mark;
  const positions = new Int32Array(count);
  let next = 0;
  for (let position = 0; position < marks.length; position += 1) {
    if (marks[position] === 1) {
      positions[next] = position;
      next += 1;
    }
  }
  return positions;
}

/**
 * A date as the number YYYYMMDD, which orders as the YYYY-MM-DD string does (records hold only
 * valid dates, isoDateSchema): comparing numbers spares a string comparison per tenancy and day.
 */
export function dayNumber(date: IsoDate): number {
  // Digit by digit: splitting the string would allocate twice per tenancy.
  let number = 0;
  for (const i of dayNumberDigits) number = number * 10 + date.charCodeAt(i) - zeroCharCode;
  return number;
}

/** Where the digits of YYYY-MM-DD are. */
const dayNumberDigits = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const zeroCharCode = 48;

/** Stand-ins for a stay with no 入驻日期 (always begun) or no 迁出日期 (not ended). */
const beforeAnyDay = 0;
const afterEveryDay = 99_999_999;

/** One park's live tenancies in record order, with each tenant's position and stay. */
export interface ParkTenancies {
  readonly tenancies: readonly Tenancy[];
  /** Parallel to `tenancies`: the tenant's position, -1 when the enterprise is not live. */
  readonly positions: Int32Array;
  /** Parallel to `tenancies`: 入驻 and 迁出 as day numbers. */
  readonly movedInDays: Int32Array;
  readonly movedOutDays: Int32Array;
}

/** isTenantOn for the i-th tenancy of a park, on a day number. */
export function isTenantOnDay(park: ParkTenancies, i: number, day: number): boolean {
  return (
    (park.movedInDays[i] ?? afterEveryDay) <= day && (park.movedOutDays[i] ?? beforeAnyDay) > day
  );
}

const noTenancies: ParkTenancies = {
  tenancies: [],
  positions: new Int32Array(0),
  movedInDays: new Int32Array(0),
  movedOutDays: new Int32Array(0),
};

/** A park's live tenancies; none for a park without any. */
export function tenanciesOfPark(index: TenancyIndex, parkId: string): ParkTenancies {
  return index.byPark.get(parkId) ?? noTenancies;
}

export interface TenancyIndex {
  readonly byPark: ReadonlyMap<string, ParkTenancies>;
  /**
   * By position: 1 when the enterprise has any live tenancy, in a live park or not; the district
   * counts an enterprise that never had one as registered outside the parks (scope.ts).
   */
  readonly everHoused: Uint8Array;
}

function buildTenancyIndex(
  tenancies: readonly Tenancy[],
  enterprises: EnterpriseIndex,
): TenancyIndex {
  const grouped = new Map<string, { tenancies: Tenancy[]; positions: number[] }>();
  const everHoused = new Uint8Array(enterprises.enterprises.length);
  for (const tenancy of tenancies) {
    const position = enterprises.positionOf.get(tenancy.enterpriseId) ?? -1;
    if (position >= 0) everHoused[position] = 1;
    let park = grouped.get(tenancy.parkId);
    if (park === undefined) {
      park = { tenancies: [], positions: [] };
      grouped.set(tenancy.parkId, park);
    }
    park.tenancies.push(tenancy);
    park.positions.push(position);
  }
  const byPark = new Map<string, ParkTenancies>();
  for (const [parkId, park] of grouped) {
    const count = park.tenancies.length;
    const movedInDays = new Int32Array(count);
    const movedOutDays = new Int32Array(count);
    for (const [i, tenancy] of park.tenancies.entries()) {
      movedInDays[i] =
        tenancy.movedInOn === undefined ? beforeAnyDay : dayNumber(tenancy.movedInOn);
      movedOutDays[i] =
        tenancy.movedOutOn === undefined ? afterEveryDay : dayNumber(tenancy.movedOutOn);
    }
    byPark.set(parkId, {
      tenancies: park.tenancies,
      positions: new Int32Array(park.positions),
      movedInDays,
      movedOutDays,
    });
  }
  return { byPark, everHoused };
}

/** An index over one array that also depends on the enterprises it was built against. */
interface Dependent<T> {
  readonly enterprises: EnterpriseIndex;
  readonly index: T;
}

function dependentIndex<K extends object, T>(
  cache: WeakMap<K, Dependent<T>>,
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

const tenancyIndexes = new WeakMap<readonly Tenancy[], Dependent<TenancyIndex>>();

export function tenancyIndexOf(records: {
  readonly tenancies: readonly Tenancy[];
  readonly enterprises: readonly Enterprise[];
}): TenancyIndex {
  const enterprises = enterpriseIndexOf(records.enterprises);
  return dependentIndex(tenancyIndexes, records.tenancies, enterprises, () =>
    buildTenancyIndex(records.tenancies, enterprises),
  );
}

/** By position: the enterprise's financings in record order, or undefined for none. */
export type FinancingsByPosition = readonly (readonly Financing[] | undefined)[];

const financingIndexes = new WeakMap<readonly Financing[], Dependent<FinancingsByPosition>>();

export function financingsByPositionOf(records: {
  readonly financings: readonly Financing[];
  readonly enterprises: readonly Enterprise[];
}): FinancingsByPosition {
  const enterprises = enterpriseIndexOf(records.enterprises);
  return dependentIndex(financingIndexes, records.financings, enterprises, () => {
    const byPosition = emptySlots<Financing[]>(enterprises.enterprises.length);
    for (const financing of records.financings) {
      const position = enterprises.positionOf.get(financing.enterpriseId);
      if (position === undefined) continue;
      (byPosition[position] ??= []).push(financing);
    }
    return byPosition;
  });
}

/** By position: the enterprise's report for one period, or undefined. */
export type ReportsByPosition = readonly (RevenueReport | undefined)[];

/** LiveRecords' report lookup. */
export type ReportOf = (enterpriseId: string, period: Period) => RevenueReport | undefined;

const reportIndexes = new WeakMap<ReportOf, Dependent<Map<Period, ReportsByPosition>>>();

/**
 * Every enterprise's report for a period, looked up once per period and set of records: the
 * district, its trend and its parks read the same reports many times over.
 */
export function reportsByPositionOf(
  records: { readonly enterprises: readonly Enterprise[]; readonly reportOf: ReportOf },
  period: Period,
): ReportsByPosition {
  const enterprises = enterpriseIndexOf(records.enterprises);
  const byPeriod = dependentIndex(
    reportIndexes,
    records.reportOf,
    enterprises,
    () => new Map<Period, ReportsByPosition>(),
  );
  let reports = byPeriod.get(period);
  if (reports === undefined) {
    reports = records.enterprises.map((enterprise) => records.reportOf(enterprise.id, period));
    byPeriod.set(period, reports);
  }
  return reports;
}

/**
 * Takes the per-period arrays that liveRecords builds anyway, so they are not looked up again.
 * Entries past the last enterprise (reports of enterprises not live) are never read.
 */
export function adoptReportsByPosition(
  reportOf: ReportOf,
  enterprises: readonly Enterprise[],
  reportsByPeriod: ReadonlyMap<Period, ReportsByPosition>,
): void {
  reportIndexes.set(reportOf, {
    enterprises: enterpriseIndexOf(enterprises),
    index: new Map(reportsByPeriod),
  });
}

const eventIndexes = new WeakMap<readonly ParkEvent[], ReadonlyMap<string, readonly ParkEvent[]>>();

/** Events by park id, in record order: a park's figures need not look at every park's events. */
export function eventsByParkOf(
  events: readonly ParkEvent[],
): ReadonlyMap<string, readonly ParkEvent[]> {
  let byPark = eventIndexes.get(events);
  if (byPark === undefined) {
    const grouped = new Map<string, ParkEvent[]>();
    for (const event of events) {
      const ofPark = grouped.get(event.parkId);
      if (ofPark === undefined) grouped.set(event.parkId, [event]);
      else ofPark.push(event);
    }
    byPark = grouped;
    eventIndexes.set(events, byPark);
  }
  return byPark;
}
