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
import type { ReportFigureField, RevenueReport } from '../reports/revenue-report';
import type { Tenancy } from '../tenancies/tenancy';
import { emptySlots, enterpriseIndexOf } from './enterprise-index';
import { adoptReportsByPosition } from './report-index';

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

/**
 * The live records of an input, with reports looked up by enterprise and period. They are never
 * changed once made: indicators keep indexes over them by identity (enterprise-index.ts), and a
 * changed registry makes new LiveRecords.
 */
export interface LiveRecords {
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
  readonly tenancies: readonly Tenancy[];
  readonly events: readonly ParkEvent[];
  readonly financings: readonly Financing[];
  readonly reportOf: (enterpriseId: string, period: Period) => RevenueReport | undefined;
  /** Every period an enterprise has a live report for. */
  readonly reportedPeriods: (enterpriseId: string) => readonly Period[];
  /**
   * Visits every live report of a calendar year with its enterprise id and period: what
   * reportOf would give for each enterprise and period of the year, listed at once. Optional;
   * records that can list them faster than one reportOf per enterprise and period (stored ones
   * need not unpack them) provide it, and the indicators use it when present (report-index.ts).
   */
  readonly forEachReportInYear?: (
    year: number,
    visit: (enterpriseId: string, period: Period, figures: ReportFigures) => void,
  ) => void;
}

/** The figures of a report, all an indicator reads of it. */
export type ReportFigures = Pick<RevenueReport, ReportFigureField>;

export function liveRecords(input: IndicatorInput): LiveRecords {
  const enterprises = input.enterprises.filter(isLive);
  const { positionOf } = enterpriseIndexOf(enterprises);
  // Each enterprise id has a slot: a live enterprise its position in `enterprises`, any other id
  // (the reports of a deleted enterprise can still be looked up) one after those. Reports sit in
  // one array per period, by slot, so reading a report costs no key string and no large Map, and
  // the indicators read the arrays as they are (report-index.ts).
  const otherSlots = new Map<string, number>();
  const slotOf = (enterpriseId: string) =>
    positionOf.get(enterpriseId) ?? otherSlots.get(enterpriseId);
  const reportsByPeriod = new Map<Period, (RevenueReport | undefined)[]>();
  const periodsBySlot = emptySlots<Period[]>(enterprises.length);
  for (const report of input.reports) {
    if (!isLive(report)) continue;
    let slot = slotOf(report.enterpriseId);
    if (slot === undefined) {
      slot = enterprises.length + otherSlots.size;
      otherSlots.set(report.enterpriseId, slot);
    }
    let reports = reportsByPeriod.get(report.period);
    if (reports === undefined) {
      reports = emptySlots<RevenueReport>(enterprises.length);
      reportsByPeriod.set(report.period, reports);
    }
    const previous = reports[slot];
    // One report per enterprise and period is the rule; if an import left two, the newer wins.
    if (previous === undefined || Date.parse(report.updatedAt) > Date.parse(previous.updatedAt)) {
      reports[slot] = report;
    }
    if (previous === undefined) (periodsBySlot[slot] ??= []).push(report.period);
  }
  const reportOf = (enterpriseId: string, period: Period) => {
    const slot = slotOf(enterpriseId);
    return slot === undefined ? undefined : reportsByPeriod.get(period)?.[slot];
  };
  adoptReportsByPosition(reportOf, enterprises, reportsByPeriod);
  return {
    parks: input.parks.filter(isLive),
    enterprises,
    tenancies: input.tenancies.filter(isLive),
    events: input.events.filter(isLive),
    financings: input.financings.filter(isLive),
    reportOf,
    reportedPeriods: (enterpriseId) => {
      const slot = slotOf(enterpriseId);
      return (slot === undefined ? undefined : periodsBySlot[slot]) ?? [];
    },
  };
}
