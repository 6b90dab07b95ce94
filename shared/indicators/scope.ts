/**
 * Which parks and enterprises an indicator counts. Enterprises belong to a park, street or the
 * 实验区 through their tenancies on the period's last day: an enterprise that moved is counted
 * where it was then, so last year's figures do not change when it moves this year, and the whole
 * 1–N月 figure goes to where it was at the end of the period.
 */
import type { Enterprise } from '../enterprises/enterprise';
import type { IsoDate } from '../dates/iso-date';
import type { Park } from '../parks/park';
import { isTenantOn, type Tenancy } from '../tenancies/tenancy';
import type { LiveRecords } from './indicator-input';

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

/** The live tenancies of the scope's parks current on a date. */
export function tenanciesInScopeOn(
  scope: IndicatorScope,
  records: Pick<LiveRecords, 'parks' | 'tenancies'>,
  date: IsoDate,
): readonly Tenancy[] {
  const parkIds = new Set(parksInScope(scope, records.parks).map((park) => park.id));
  return records.tenancies.filter(
    (tenancy) => parkIds.has(tenancy.parkId) && isTenantOn(tenancy, date),
  );
}

/**
 * The enterprises a scope counts on a date, each once even if it rents in two parks.
 *
 * The district is every park's tenants plus the enterprises with no tenancy at all: those the
 * office registered outside any park still belong to the district, though to no street, park or
 * the 实验区. An enterprise whose tenancies have all ended, or not begun, is not counted.
 */
export function enterprisesInScopeOn(
  scope: IndicatorScope,
  records: Pick<LiveRecords, 'parks' | 'tenancies' | 'enterprises'>,
  date: IsoDate,
): readonly Enterprise[] {
  if (scope.kind === 'enterprises') {
    const ids = new Set(scope.ids);
    return records.enterprises.filter((enterprise) => ids.has(enterprise.id));
  }
  const housedIds = new Set(
    tenanciesInScopeOn(scope, records, date).map((tenancy) => tenancy.enterpriseId),
  );
  if (scope.kind === 'district') {
    const everHousedIds = new Set(records.tenancies.map((tenancy) => tenancy.enterpriseId));
    return records.enterprises.filter(
      (enterprise) => housedIds.has(enterprise.id) || !everHousedIds.has(enterprise.id),
    );
  }
  return records.enterprises.filter((enterprise) => housedIds.has(enterprise.id));
}
