/**
 * The rows of 营收填报: a park's tenants on the period's last day (where the whole 1–N月 figure
 * is counted), each with its report for the period, what it reported a month before and a year
 * before, and the anomalies of what is stored now.
 */
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import { periodEndDate } from '../../shared/indicators/period-dates';
import { enterprisesInScopeOn } from '../../shared/indicators/scope';
import { previousPeriodInYear, samePeriodLastYear, type Period } from '../../shared/periods/period';
import { findReportAnomalies, type ReportAnomaly } from '../../shared/reports/report-anomalies';
import type { RevenueReport } from '../../shared/reports/revenue-report';

export interface RevenueEntryRow {
  readonly enterpriseId: string;
  readonly name: string;
  readonly creditCode: string;
  readonly demo: boolean;
  readonly report: RevenueReport | undefined;
  /** The report for 1–(N−1)月, none for 1–2月. */
  readonly previous: RevenueReport | undefined;
  readonly lastYear: RevenueReport | undefined;
  readonly anomalies: readonly ReportAnomaly[];
}

export function revenueEntryRows(
  records: LiveRecords,
  parkId: string,
  period: Period,
): RevenueEntryRow[] {
  const previousPeriod = previousPeriodInYear(period);
  const lastYearPeriod = samePeriodLastYear(period);
  const tenants = enterprisesInScopeOn({ kind: 'park', parkId }, records, periodEndDate(period));
  return [...tenants]
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
    .map((enterprise) => {
      const report = records.reportOf(enterprise.id, period);
      const previous =
        previousPeriod === null ? undefined : records.reportOf(enterprise.id, previousPeriod);
      const lastYear = records.reportOf(enterprise.id, lastYearPeriod);
      return {
        enterpriseId: enterprise.id,
        name: enterprise.name,
        creditCode: enterprise.creditCode,
        demo: enterprise.demo === true,
        report,
        previous,
        lastYear,
        anomalies:
          report === undefined
            ? []
            : findReportAnomalies(report, {
                previousPeriod: previous,
                samePeriodLastYear: lastYear,
              }),
      };
    });
}

/** Tenants that have reported the period's revenue, of all tenants. */
export function reportingProgress(rows: readonly RevenueEntryRow[]): {
  reported: number;
  total: number;
} {
  return {
    reported: rows.filter((row) => row.report?.revenueYuan !== undefined).length,
    total: rows.length,
  };
}
