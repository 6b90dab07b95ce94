/**
 * Every enterprise's report for a period as one array by position (enterprise-index.ts): the
 * district, its trend and its parks read the same reports many times over, and an array read
 * costs no lookup.
 */
import type { Enterprise } from '../enterprises/enterprise';
import type { Period } from '../periods/period';
import type { RevenueReport } from '../reports/revenue-report';
import {
  dependentIndex,
  enterpriseIndexOf,
  rememberDependentIndex,
  type DependentCache,
} from './enterprise-index';

/** By position: the enterprise's report for one period, or undefined. */
export type ReportsByPosition = readonly (RevenueReport | undefined)[];

/** LiveRecords' report lookup. */
export type ReportOf = (enterpriseId: string, period: Period) => RevenueReport | undefined;

const reportIndexes: DependentCache<ReportOf, Map<Period, ReportsByPosition>> = new WeakMap();

/** Every enterprise's report for a period, looked up once per period and set of records. */
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
  rememberDependentIndex(
    reportIndexes,
    reportOf,
    enterpriseIndexOf(enterprises),
    new Map(reportsByPeriod),
  );
}
