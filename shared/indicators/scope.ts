/**
 * Which parks and enterprises an indicator counts. Enterprises belong to a park, street or the
 * 实验区 through their tenancies on the period's last day: an enterprise that moved is counted
 * where it was then, so last year's figures do not change when it moves this year, and the whole
 * 1–N月 figure goes to where it was at the end of the period.
 */
import type { IsoDate } from '../dates/iso-date';
import type { Enterprise } from '../enterprises/enterprise';
import type { Park } from '../parks/park';
import {
  enterpriseIndexOf,
  enterprisesAt,
  markedPositions,
  type MemberPositions,
} from './enterprise-index';
import type { LiveRecords } from './indicator-input';
import {
  dayNumber,
  isTenantOnDay,
  tenanciesOfPark,
  tenancyIndexOf,
  type TenancyIndex,
} from './tenancy-index';

export type IndicatorScope =
  | { readonly kind: 'district' }
  | { readonly kind: 'street'; readonly streetCode: string }
  | { readonly kind: 'park'; readonly parkId: string }
  /** The parks inside the 国家文创实验区 (`inExperimentalZone`). */
  | { readonly kind: 'zone' }
  /** A chosen set of enterprises, wherever they are housed. */
  | { readonly kind: 'enterprises'; readonly ids: readonly string[] };

/** The parks whose tenants a scope counts; none for a set of enterprises. */
export function parksInScope(scope: IndicatorScope, parks: readonly Park[]): readonly Park[] {
  switch (scope.kind) {
    case 'district':
      return parks;
    case 'street':
      return parks.filter((park) => park.streetCode === scope.streetCode);
    case 'park':
      return parks.filter((park) => park.id === scope.parkId);
    case 'zone':
      return parks.filter((park) => park.inExperimentalZone);
    case 'enterprises':
      return [];
  }
}

/** Marks by position the live tenants of some parks on a date. */
function markTenantsOn(
  parks: readonly Park[],
  tenancies: TenancyIndex,
  date: IsoDate,
  marks: Uint8Array,
): void {
  const day = dayNumber(date);
  for (const park of parks) {
    const tenants = tenanciesOfPark(tenancies, park.id);
    for (let i = 0; i < tenants.positions.length; i += 1) {
      const position = tenants.positions[i] ?? -1;
      if (position >= 0 && isTenantOnDay(tenants, i, day)) marks[position] = 1;
    }
  }
}

/**
 * The enterprises a scope counts on a date, each once even if it rents in two parks, as
 * ascending positions in `records.enterprises` (see enterprise-index.ts).
 *
 * The district is every park's tenants plus the enterprises with no tenancy at all: those the
 * office registered outside any park still belong to the district, though to no street, park or
 * the 实验区. An enterprise whose tenancies have all ended, or not begun, is not counted.
 */
export function memberPositionsOn(
  scope: IndicatorScope,
  records: Pick<LiveRecords, 'parks' | 'tenancies' | 'enterprises'>,
  date: IsoDate,
): MemberPositions {
  const enterprises = enterpriseIndexOf(records.enterprises);
  const marks = new Uint8Array(records.enterprises.length);
  if (scope.kind === 'enterprises') {
    for (const id of scope.ids) {
      const position = enterprises.positionOf.get(id);
      if (position !== undefined) marks[position] = 1;
    }
    return markedPositions(marks);
  }
  const tenancies = tenancyIndexOf(records);
  markTenantsOn(parksInScope(scope, records.parks), tenancies, date, marks);
  if (scope.kind === 'district') {
    for (const position of tenancies.neverHoused) marks[position] = 1;
  }
  return markedPositions(marks);
}

/** The enterprises a scope counts on a date, in record order (see memberPositionsOn). */
export function enterprisesInScopeOn(
  scope: IndicatorScope,
  records: Pick<LiveRecords, 'parks' | 'tenancies' | 'enterprises'>,
  date: IsoDate,
): readonly Enterprise[] {
  return enterprisesAt(
    enterpriseIndexOf(records.enterprises),
    memberPositionsOn(scope, records, date),
  );
}
