/**
 * Every enterprise's report for a period as one array by position (enterprise-index.ts): the
 * district, its trend and its parks read the same reports many times over, and an array read
 * costs no lookup.
 */
import type { Enterprise } from '../enterprises/enterprise';
import { periodsOfYear, periodYear, type Period } from '../periods/period';
import {
  dependentIndex,
  emptySlots,
  enterpriseIndexOf,
  rememberDependentIndex,
  type DependentCache,
  type EnterpriseIndex,
} from './enterprise-index';
import type { LiveRecords, ReportFigures } from './indicator-input';

/** By position: the figures of the enterprise's report for one period, or undefined. */
export type ReportsByPosition = readonly (ReportFigures | undefined)[];

type ReportOf = LiveRecords['reportOf'];

const reportIndexes: DependentCache<ReportOf, Map<Period, ReportsByPosition>> = new WeakMap();

/** Every enterprise's report for a period, looked up once per period and set of records. */
export function reportsByPositionOf(
  records: Pick<LiveRecords, 'enterprises' | 'reportOf' | 'forEachReportInYear'>,
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
  if (reports !== undefined) return reports;
  if (records.forEachReportInYear === undefined) {
    reports = records.enterprises.map((enterprise) => records.reportOf(enterprise.id, period));
    byPeriod.set(period, reports);
    return reports;
  }
  const year = listReportsOfYear(records.forEachReportInYear, enterprises, periodYear(period));
  for (const [yearPeriod, yearReports] of year) byPeriod.set(yearPeriod, yearReports);
  return year.get(period) ?? emptySlots(records.enterprises.length);
}

/**
 * Every period of a year at once: a trend asks for them all, and records that keep a year's
 * months together are read once rather than once per month.
 */
function listReportsOfYear(
  forEachReportInYear: NonNullable<LiveRecords['forEachReportInYear']>,
  enterprises: EnterpriseIndex,
  year: number,
): Map<Period, ReportsByPosition> {
  const count = enterprises.enterprises.length;
  const byPeriod = new Map<Period, (ReportFigures | undefined)[]>(
    periodsOfYear(year).map((period) => [period, emptySlots<ReportFigures>(count)]),
  );
  // Visits come enterprise by enterprise, so the position just found is usually the next one.
  let lastEnterpriseId: string | undefined;
  let position: number | undefined;
  forEachReportInYear(year, (enterpriseId, period, figures) => {
    if (enterpriseId !== lastEnterpriseId) {
      lastEnterpriseId = enterpriseId;
      position = enterprises.positionOf.get(enterpriseId);
    }
    const reports = byPeriod.get(period);
    if (position !== undefined && reports !== undefined) reports[position] = figures;
  });
  return byPeriod;
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
