/**
 * Where an enterprise is housed, and moving it: an enterprise keeps its one identity when it
 * changes park; its open tenancy gets a 迁出日期 and a new tenancy starts in the new park on the
 * same day (a tenant is counted in a park up to, not on, its move-out date).
 */
import type { IsoDate } from '../dates/iso-date';
import { isLive } from '../records/record-meta';
import { localized, type LocalizedText } from '../text/localized-text';
import { isTenantOn, type Tenancy } from './tenancy';

/** The live tenancies housing the enterprise on `date`, latest move-in first. */
export function tenanciesHousingOn(
  tenancies: readonly Tenancy[],
  enterpriseId: string,
  date: IsoDate,
): Tenancy[] {
  return tenancies
    .filter((tenancy) => tenancy.enterpriseId === enterpriseId && isLive(tenancy))
    .filter((tenancy) => isTenantOn(tenancy, date))
    .sort((a, b) => (b.movedInOn ?? '').localeCompare(a.movedInOn ?? ''));
}

/** The tenancy fields a new stay in a park is given. */
export type NewTenancy = Omit<Tenancy, 'id' | 'version' | 'updatedAt' | 'deletedAt' | 'demo'>;

export type TenancyMove =
  | {
      readonly kind: 'move';
      /** The open tenancies elsewhere, closed with 迁出日期 = the move-in date. */
      readonly closed: readonly Tenancy[];
      readonly opened: NewTenancy;
    }
  | { readonly kind: 'already-here'; readonly tenancy: Tenancy }
  | { readonly kind: 'refused'; readonly message: LocalizedText };

/**
 * Plans moving an enterprise into `opened.parkId` on `opened.movedInOn`: refused when it already
 * lives there, or when a tenancy elsewhere began after that date (closing it would end it before
 * it started).
 */
export function planTenancyMove(
  tenancies: readonly Tenancy[],
  opened: NewTenancy & { readonly movedInOn: IsoDate },
): TenancyMove {
  const housing = tenanciesHousingOn(tenancies, opened.enterpriseId, opened.movedInOn);
  const here = housing.find((tenancy) => tenancy.parkId === opened.parkId);
  if (here !== undefined) return { kind: 'already-here', tenancy: here };
  const open = tenancies.filter(
    (tenancy) =>
      tenancy.enterpriseId === opened.enterpriseId &&
      isLive(tenancy) &&
      (tenancy.movedOutOn === undefined || tenancy.movedOutOn > opened.movedInOn),
  );
  const later = open.find(
    (tenancy) => tenancy.movedInOn !== undefined && tenancy.movedInOn > opened.movedInOn,
  );
  if (later?.movedInOn !== undefined) {
    return {
      kind: 'refused',
      message: localized(
        `该企业 ${later.movedInOn} 才入驻现所在园区，迁入日期 ${opened.movedInOn} 早于此；请把入驻日期改为 ${later.movedInOn} 或之后`,
        `The enterprise moved into its current park on ${later.movedInOn}, after the move-in date ${opened.movedInOn}; use ${later.movedInOn} or later`,
      ),
    };
  }
  return {
    kind: 'move',
    closed: open.map((tenancy) => ({ ...tenancy, movedOutOn: opened.movedInOn })),
    opened,
  };
}
