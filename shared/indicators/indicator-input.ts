/**
 * What indicators are computed from: the registry's records as plain data. Deleted records
 * (tombstones) may be passed in; they are ignored.
 */
import type { Enterprise } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import type { Park } from '../parks/park';
import type { Period } from '../periods/period';
import { isLive } from '../records/record-meta';
import type { RevenueReport } from '../reports/revenue-report';
import type { Tenancy } from '../tenancies/tenancy';

export interface IndicatorInput {
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
  readonly tenancies: readonly Tenancy[];
  /**
   * Reports of any periods: those of the period asked for and of the same period last year are
   * used, so one input serves every period of a time series.
   */
  readonly reports: readonly RevenueReport[];
  readonly events: readonly ParkEvent[];
  readonly financings: readonly Financing[];
}

/** The live records of an input, with reports looked up by enterprise and period. */
export interface LiveRecords {
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
  readonly tenancies: readonly Tenancy[];
  readonly events: readonly ParkEvent[];
  readonly financings: readonly Financing[];
  readonly reportOf: (enterpriseId: string, period: Period) => RevenueReport | undefined;
  /** Every period an enterprise has a live report for. */
  readonly reportedPeriods: (enterpriseId: string) => readonly Period[];
}

function reportKey(enterpriseId: string, period: string): string {
  return `${enterpriseId}\u0000${period}`;
}

export function liveRecords(input: IndicatorInput): LiveRecords {
  const reports = new Map<string, RevenueReport>();
  const periodsByEnterprise = new Map<string, Period[]>();
  for (const report of input.reports) {
    if (!isLive(report)) continue;
    const key = reportKey(report.enterpriseId, report.period);
    const previous = reports.get(key);
    // One report per enterprise and period is the rule; if an import left two, the newer wins.
    if (previous === undefined || Date.parse(report.updatedAt) > Date.parse(previous.updatedAt)) {
      reports.set(key, report);
    }
    if (previous === undefined) {
      const periods = periodsByEnterprise.get(report.enterpriseId);
      if (periods === undefined) periodsByEnterprise.set(report.enterpriseId, [report.period]);
      else periods.push(report.period);
    }
  }
  return {
    parks: input.parks.filter(isLive),
    enterprises: input.enterprises.filter(isLive),
    tenancies: input.tenancies.filter(isLive),
    events: input.events.filter(isLive),
    financings: input.financings.filter(isLive),
    reportOf: (enterpriseId, period) => reports.get(reportKey(enterpriseId, period)),
    reportedPeriods: (enterpriseId) => periodsByEnterprise.get(enterpriseId) ?? [],
  };
}
