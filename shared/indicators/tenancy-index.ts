/**
 * The live tenancies by park, with each tenant's position (enterprise-index.ts) and its stay as
 * day numbers, built once per set of records: scope membership and occupancy test every tenancy
 * of the scope's parks on a date, and a district's trend does so for every month.
 */
import type { IsoDate } from '../dates/iso-date';
import type { Enterprise } from '../enterprises/enterprise';
import type { Tenancy } from '../tenancies/tenancy';
import {
  dependentIndex,
  enterpriseIndexOf,
  markedPositions,
  type DependentCache,
  type EnterpriseIndex,
  type MemberPositions,
} from './enterprise-index';

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
   * The enterprises with no live tenancy at all, in a live park or not, as positions: the
   * district counts them as registered outside the parks (scope.ts).
   */
  readonly neverHoused: MemberPositions;
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
  const neverHoused = new Uint8Array(everHoused.length);
  for (let position = 0; position < everHoused.length; position += 1) {
    neverHoused[position] = everHoused[position] === 1 ? 0 : 1;
  }
  return { byPark, neverHoused: markedPositions(neverHoused) };
}

const tenancyIndexes: DependentCache<readonly Tenancy[], TenancyIndex> = new WeakMap();

export function tenancyIndexOf(records: {
  readonly tenancies: readonly Tenancy[];
  readonly enterprises: readonly Enterprise[];
}): TenancyIndex {
  const enterprises = enterpriseIndexOf(records.enterprises);
  return dependentIndex(tenancyIndexes, records.tenancies, enterprises, () =>
    buildTenancyIndex(records.tenancies, enterprises),
  );
}
