/**
 * The rows of 营收填报: a park's tenants on the period's last day (where the whole 1–N月 figure
 * is counted), each with its report for the period, what it reported a month before and a year
 * before, and the anomalies of what is stored now.
 */
import type { Enterprise } from '../../shared/enterprises/enterprise';
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

export interface TenantReports {
  readonly enterprise: Enterprise;
  readonly report: RevenueReport | undefined;
  readonly previous: RevenueReport | undefined;
  readonly lastYear: RevenueReport | undefined;
}

export function revenueEntryRow({
  enterprise,
  report,
  previous,
  lastYear,
}: TenantReports): RevenueEntryRow {
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
        : findReportAnomalies(report, { previousPeriod: previous, samePeriodLastYear: lastYear }),
  };
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
