/**
 * One grid row per enterprise: its profile joined with where it is housed now and its latest
 * cumulative revenue. Built once per registry change from the in-memory records, so filtering,
 * sorting and quick search run on plain rows.
 */
import { isAboveScaleIn, type Enterprise } from '../../shared/enterprises/enterprise';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import { periodYear, type Period } from '../../shared/periods/period';
import {
  categoryOfSubcategory,
  cultureDomainLabels,
  isCultureSubcategoryCode,
} from '../../shared/reference/culture-classification';
import { chaoyangStreets } from '../../shared/reference/chaoyang-streets';
import { isTenantOn } from '../../shared/tenancies/tenancy';
import type { IsoDate } from '../../shared/dates/iso-date';

export interface EnterpriseRow {
  readonly id: string;
  readonly demo: boolean;
  readonly name: string;
  readonly creditCode: string;
  readonly parkId: string | null;
  readonly parkName: string;
  readonly streetName: string;
  readonly subcategoryCode: string;
  readonly categoryName: string;
  readonly domain: string;
  readonly digitalCulture: boolean;
  /** 规上 in the latest period's year: true, false, or null when the office set none. */
  readonly aboveScale: boolean | null;
  readonly status: Enterprise['status'];
  readonly tags: Enterprise['tags'];
  readonly revenueYuan: number | null;
  readonly yoyReportedPercent: number | null;
  readonly employees: number | null;
}

const streetNames = new Map<string, string>(
  chaoyangStreets.map((street) => [street.code, street.name]),
);

export function enterpriseRows(
  records: LiveRecords,
  latestPeriod: Period | undefined,
  today: IsoDate,
  language: 'zh' | 'en',
): EnterpriseRow[] {
  const parks = new Map(records.parks.map((park) => [park.id, park]));
  const currentParkOf = new Map<string, string>();
  for (const tenancy of records.tenancies) {
    if (isTenantOn(tenancy, today)) currentParkOf.set(tenancy.enterpriseId, tenancy.parkId);
  }
  const year = latestPeriod === undefined ? undefined : periodYear(latestPeriod);
  return records.enterprises.map((enterprise) => {
    const park = parks.get(currentParkOf.get(enterprise.id) ?? '');
    const code = enterprise.subcategoryCode;
    const category =
      code !== undefined && isCultureSubcategoryCode(code)
        ? categoryOfSubcategory(code)
        : undefined;
    const report =
      latestPeriod === undefined ? undefined : records.reportOf(enterprise.id, latestPeriod);
    return {
      id: enterprise.id,
      demo: enterprise.demo === true,
      name: enterprise.name,
      creditCode: enterprise.creditCode,
      parkId: park?.id ?? null,
      parkName: park?.name ?? '',
      streetName: streetNames.get(park?.streetCode ?? '') ?? '',
      subcategoryCode: code ?? '',
      categoryName: category?.name ?? '',
      domain: category === undefined ? '' : cultureDomainLabels[category.domain][language],
      digitalCulture: enterprise.digitalCulture,
      aboveScale: year === undefined ? null : (isAboveScaleIn(enterprise, year) ?? null),
      status: enterprise.status,
      tags: enterprise.tags,
      revenueYuan: report?.revenueYuan ?? null,
      yoyReportedPercent: report?.yoyGrowthReportedPercent ?? null,
      employees: report?.employeesAtPeriodEnd ?? null,
    };
  });
}

let kept:
  | {
      readonly records: LiveRecords;
      readonly latestPeriod: Period | undefined;
      readonly today: IsoDate;
      readonly language: 'zh' | 'en';
      readonly rows: EnterpriseRow[];
    }
  | undefined;

/**
 * The rows of the registry as it is now, kept while it does not change: going back to 企业 from
 * another section hands the grid the very same rows instead of building 17,000 again (and the
 * same array lets the grid keep its row nodes).
 */
export function keptEnterpriseRows(
  records: LiveRecords,
  latestPeriod: Period | undefined,
  today: IsoDate,
  language: 'zh' | 'en',
): EnterpriseRow[] {
  if (
    kept?.records !== records ||
    kept.latestPeriod !== latestPeriod ||
    kept.today !== today ||
    kept.language !== language
  ) {
    kept = {
      records,
      latestPeriod,
      today,
      language,
      rows: enterpriseRows(records, latestPeriod, today, language),
    };
  }
  return kept.rows;
}
