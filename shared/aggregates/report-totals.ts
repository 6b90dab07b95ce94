/**
 * Report totals per park and period and per period for the district, kept beside the reports
 * so a dashboard reads ~100 rows instead of scanning ~400,000 reports. They are maintained by
 * difference: a change set computes what its enterprises contributed before and after and adds
 * the difference, so totals stay exact (integer 元) and a change and its undo cancel out.
 *
 * Attribution follows the indicators (indicators/scope): an enterprise's 1–N月 figure goes to
 * the parks it was a tenant of on the period's last day; the district counts each enterprise
 * once if it was housed in a park then or has no tenancy at all.
 */
import type { IsoDate } from '../dates/iso-date';
import { periodEndDate } from '../indicators/period-dates';
import { makePeriod, type Period } from '../periods/period';
import { isLive } from '../records/record-meta';
import type { ReportYear } from '../reports/report-storage';
import type { RevenueReport } from '../reports/revenue-report';
import { isTenantOn, type Tenancy } from '../tenancies/tenancy';

/** Sums of the figures reported for one period, with how many reports gave each. */
export interface ReportTotals {
  /** Live reports counted. */
  readonly reports: number;
  readonly revenueYuan: number;
  readonly revenueReports: number;
  readonly priorYearRevenueYuan: number;
  readonly priorYearRevenueReports: number;
  readonly profitYuan: number;
  readonly profitReports: number;
  readonly taxYuan: number;
  readonly taxReports: number;
  readonly employeesAtPeriodEnd: number;
  readonly employeesReports: number;
}

export interface ParkPeriodTotals extends ReportTotals {
  readonly parkId: string;
  readonly period: Period;
}

export interface DistrictPeriodTotals extends ReportTotals {
  readonly period: Period;
}

type MutableTotals = { -readonly [K in keyof ReportTotals]: number };

const totalFields = [
  'reports',
  'revenueYuan',
  'revenueReports',
  'priorYearRevenueYuan',
  'priorYearRevenueReports',
  'profitYuan',
  'profitReports',
  'taxYuan',
  'taxReports',
  'employeesAtPeriodEnd',
  'employeesReports',
] as const satisfies readonly (keyof ReportTotals)[];

export function emptyTotals(): MutableTotals {
  return {
    reports: 0,
    revenueYuan: 0,
    revenueReports: 0,
    priorYearRevenueYuan: 0,
    priorYearRevenueReports: 0,
    profitYuan: 0,
    profitReports: 0,
    taxYuan: 0,
    taxReports: 0,
    employeesAtPeriodEnd: 0,
    employeesReports: 0,
  };
}

function addFigure(
  totals: MutableTotals,
  value: number | undefined,
  sum: 'revenueYuan' | 'priorYearRevenueYuan' | 'profitYuan' | 'taxYuan' | 'employeesAtPeriodEnd',
  count:
    | 'revenueReports'
    | 'priorYearRevenueReports'
    | 'profitReports'
    | 'taxReports'
    | 'employeesReports',
  sign: number,
): void {
  if (value === undefined) return;
  totals[sum] += sign * value;
  totals[count] += sign;
}

type ReportFigures = Pick<
  RevenueReport,
  'revenueYuan' | 'priorYearRevenueYuan' | 'profitYuan' | 'taxYuan' | 'employeesAtPeriodEnd'
>;

function addReport(totals: MutableTotals, report: ReportFigures, sign: number): void {
  totals.reports += sign;
  addFigure(totals, report.revenueYuan, 'revenueYuan', 'revenueReports', sign);
  addFigure(
    totals,
    report.priorYearRevenueYuan,
    'priorYearRevenueYuan',
    'priorYearRevenueReports',
    sign,
  );
  addFigure(totals, report.profitYuan, 'profitYuan', 'profitReports', sign);
  addFigure(totals, report.taxYuan, 'taxYuan', 'taxReports', sign);
  addFigure(totals, report.employeesAtPeriodEnd, 'employeesAtPeriodEnd', 'employeesReports', sign);
}

/** One enterprise's records that its contribution to the totals depends on. */
export interface EnterpriseReporting {
  readonly tenancies: readonly Tenancy[];
  readonly reportYears: readonly ReportYear[];
}

export interface ParkTotalsEntry {
  readonly parkId: string;
  readonly period: Period;
  readonly totals: MutableTotals;
}

interface MonthPeriod {
  readonly period: Period;
  readonly lastDay: IsoDate;
}

/**
 * A year record's month key as a period and its last day. The demo's ~400,000 reports fall in
 * 22 periods, so each is worked out once instead of per report.
 */
const monthPeriods = new Map<string, MonthPeriod>();

function monthPeriod(year: number, monthKey: string): MonthPeriod {
  const key = `${year}-${monthKey}`;
  let known = monthPeriods.get(key);
  if (known === undefined) {
    const period = makePeriod(year, Number(monthKey));
    known = { period, lastDay: periodEndDate(period) };
    monthPeriods.set(key, known);
  }
  return known;
}

/** Totals being summed or differenced, keyed by park and period and by period. */
export class TotalsAccumulator {
  private readonly byPark = new Map<string, Map<Period, ParkTotalsEntry>>();
  readonly district = new Map<Period, MutableTotals>();

  /** Every park and period summed, in no particular order. */
  *parks(): Generator<ParkTotalsEntry> {
    for (const periods of this.byPark.values()) yield* periods.values();
  }

  /** Adds (sign 1) or removes (sign -1) what one enterprise contributes. */
  addEnterprise(reporting: EnterpriseReporting, sign: 1 | -1): void {
    const tenancies = reporting.tenancies.filter(isLive);
    const counted: string[] = [];
    for (const year of reporting.reportYears) {
      for (const monthKey in year.months) {
        const month = year.months[monthKey];
        if (month === undefined || !isLive(month)) continue;
        const { period, lastDay } = monthPeriod(year.year, monthKey);
        counted.length = 0;
        for (const tenancy of tenancies) {
          // Two tenancies in one park (two buildings) count the enterprise there once.
          if (!isTenantOn(tenancy, lastDay) || counted.includes(tenancy.parkId)) continue;
          counted.push(tenancy.parkId);
          addReport(this.parkTotals(tenancy.parkId, period), month, sign);
        }
        if (counted.length > 0 || tenancies.length === 0) {
          addReport(this.districtTotals(period), month, sign);
        }
      }
    }
  }

  private parkTotals(parkId: string, period: Period): MutableTotals {
    let periods = this.byPark.get(parkId);
    if (periods === undefined) {
      periods = new Map();
      this.byPark.set(parkId, periods);
    }
    let entry = periods.get(period);
    if (entry === undefined) {
      entry = { parkId, period, totals: emptyTotals() };
      periods.set(period, entry);
    }
    return entry.totals;
  }

  private districtTotals(period: Period): MutableTotals {
    let totals = this.district.get(period);
    if (totals === undefined) {
      totals = emptyTotals();
      this.district.set(period, totals);
    }
    return totals;
  }
}

/** What changing enterprises from their `before` to their `after` records adds to the totals. */
export function totalsDifference(
  before: Iterable<EnterpriseReporting>,
  after: Iterable<EnterpriseReporting>,
): TotalsAccumulator {
  const difference = new TotalsAccumulator();
  for (const reporting of before) difference.addEnterprise(reporting, -1);
  for (const reporting of after) difference.addEnterprise(reporting, 1);
  return difference;
}

/** Whether totals count nothing: such a row is removed rather than kept at zero. */
export function isEmptyTotals(totals: ReportTotals): boolean {
  return totalFields.every((field) => totals[field] === 0);
}

/** Stored totals plus a difference; null when nothing remains counted. */
export function addTotals<T extends ReportTotals>(
  stored: T | undefined,
  difference: ReportTotals,
  identity: Omit<T, keyof ReportTotals>,
): T | null {
  const sum = emptyTotals();
  for (const field of totalFields) sum[field] = (stored?.[field] ?? 0) + difference[field];
  if (isEmptyTotals(sum)) return null;
  return { ...identity, ...sum } as T;
}

/** Totals over whole tables: a rebuild after a restore or a schema upgrade. */
export function computeTotals(
  tenancies: readonly Tenancy[],
  reportYears: readonly ReportYear[],
): { parks: ParkPeriodTotals[]; district: DistrictPeriodTotals[] } {
  const byEnterprise = new Map<string, { tenancies: Tenancy[]; reportYears: ReportYear[] }>();
  const reportingOf = (enterpriseId: string) => {
    let reporting = byEnterprise.get(enterpriseId);
    if (reporting === undefined) {
      reporting = { tenancies: [], reportYears: [] };
      byEnterprise.set(enterpriseId, reporting);
    }
    return reporting;
  };
  for (const tenancy of tenancies) reportingOf(tenancy.enterpriseId).tenancies.push(tenancy);
  for (const year of reportYears) reportingOf(year.enterpriseId).reportYears.push(year);
  const sums = totalsDifference([], byEnterprise.values());
  return {
    parks: [...sums.parks()]
      .filter((entry) => !isEmptyTotals(entry.totals))
      .map((entry) => ({ parkId: entry.parkId, period: entry.period, ...entry.totals })),
    district: [...sums.district]
      .filter(([, totals]) => !isEmptyTotals(totals))
      .map(([period, totals]) => ({ period, ...totals })),
  };
}
