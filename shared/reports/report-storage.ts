/**
 * How reports are stored: one record per enterprise and year holding its cumulative months.
 * Chromium writes only a few thousand IndexedDB records a second, and the district's ~400,000
 * monthly reports fit in ~34,000 such records. Everything outside storage sees one
 * RevenueReport per period; these functions convert between the two without loss, each report
 * keeping its own id, version, timestamps and tombstone.
 */
import { z } from 'zod';
import {
  firstReportMonth,
  makePeriod,
  periodMonth,
  periodYear,
  type Period,
} from '../periods/period';
import { isLive } from '../records/record-meta';
import { revenueReportSchema, type RevenueReport } from './revenue-report';

/** A report inside its year record: the enterprise and period are the record's and the key's. */
export const monthReportSchema = revenueReportSchema.omit({ enterpriseId: true, period: true });
export type MonthReport = z.infer<typeof monthReportSchema>;

/** Months are keyed "2".."12", the N of 1–N月. */
const monthKeySchema = z.string().refine((key) => {
  const month = Number(key);
  return (
    Number.isInteger(month) && String(month) === key && month >= firstReportMonth && month <= 12
  );
}, '月份键应为 2–12 / month keys run 2–12');

export const reportYearSchema = z
  .object({
    id: z.string().min(1),
    enterpriseId: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    months: z.record(monthKeySchema, monthReportSchema),
  })
  .refine((record) => record.id === reportYearId(record.enterpriseId, record.year), {
    error: '报表年度记录的 id 应为「企业id/年份」/ a report year id must be "enterpriseId/year"',
    path: ['id'],
  });

export type ReportYear = z.infer<typeof reportYearSchema>;

/** The stored id of an enterprise's year; the year is last and four digits, so it is unique. */
export function reportYearId(enterpriseId: string, year: number): string {
  return `${enterpriseId}/${year}`;
}

/**
 * Bounds between which the ids of all of an enterprise's year records sort: how the registry
 * finds them without an index. Ids of an enterprise whose own id extends this one's with a "/"
 * sort there too, so a caller keeps only the records whose enterpriseId is the one sought.
 */
export function reportYearIdBounds(enterpriseId: string): [string, string] {
  return [`${enterpriseId}/`, `${enterpriseId}/\uffff`];
}

/** Year and month key of each period seen: packing meets the same 22 periods 400,000 times. */
const periodKeys = new Map<string, { year: number; monthKey: string }>();

function periodKey(period: Period): { year: number; monthKey: string } {
  let known = periodKeys.get(period);
  if (known === undefined) {
    known = { year: periodYear(period), monthKey: String(periodMonth(period)) };
    periodKeys.set(period, known);
  }
  return known;
}

/** The year record a report is stored in, and the month key inside it. */
export function reportLocation(
  enterpriseId: string,
  period: Period,
): { id: string; year: number; monthKey: string } {
  const { year, monthKey } = periodKey(period);
  return { id: reportYearId(enterpriseId, year), year, monthKey };
}

/** A report (or an edit of one) without the enterprise and period its year record implies. */
export function toMonthReport<T extends Pick<RevenueReport, 'enterpriseId' | 'period'>>(
  report: T,
): Omit<T, 'enterpriseId' | 'period'> {
  const month: Record<string, unknown> = {};
  // A copy loop rather than rest destructuring: packing runs over ~400,000 demo reports.
  for (const key in report) {
    if (key !== 'enterpriseId' && key !== 'period') month[key] = report[key];
  }
  return month as Omit<T, 'enterpriseId' | 'period'>;
}

/** The report of one month of a year record as the rest of the app sees it. */
export function monthToReport(year: ReportYear, monthKey: string): RevenueReport | undefined {
  const month = year.months[monthKey];
  if (month === undefined) return undefined;
  return Object.assign(
    { enterpriseId: year.enterpriseId, period: makePeriod(year.year, Number(monthKey)) },
    month,
  );
}

/**
 * Which of two reports for one enterprise and period to keep when both exist (only a v1
 * registry could hold two): a live one over a tombstone, then the newer, then the higher
 * version.
 */
function preferred(a: MonthReport, b: MonthReport): MonthReport {
  if (isLive(a) !== isLive(b)) return isLive(a) ? a : b;
  if (a.updatedAt !== b.updatedAt) return Date.parse(a.updatedAt) > Date.parse(b.updatedAt) ? a : b;
  return a.version >= b.version ? a : b;
}

/** Groups per-period reports into year records, one per enterprise and year. */
export function packReports(reports: Iterable<RevenueReport>): ReportYear[] {
  // Nested maps rather than one keyed by a built id string: no string per report.
  const byEnterprise = new Map<string, Map<number, ReportYear>>();
  const packed: ReportYear[] = [];
  for (const report of reports) {
    const { year, monthKey } = periodKey(report.period);
    let years = byEnterprise.get(report.enterpriseId);
    if (years === undefined) {
      years = new Map();
      byEnterprise.set(report.enterpriseId, years);
    }
    let record = years.get(year);
    if (record === undefined) {
      const id = reportYearId(report.enterpriseId, year);
      record = { id, enterpriseId: report.enterpriseId, year, months: {} };
      years.set(year, record);
      packed.push(record);
    }
    const month = toMonthReport(report);
    const existing = record.months[monthKey];
    record.months[monthKey] = existing === undefined ? month : preferred(existing, month);
  }
  return packed;
}

/** Every report the year records hold, tombstones included, in period order per record. */
export function unpackReports(years: Iterable<ReportYear>): RevenueReport[] {
  const reports: RevenueReport[] = [];
  for (const year of years) {
    for (const monthKey of sortedMonthKeys(year)) {
      const report = monthToReport(year, monthKey);
      if (report !== undefined) reports.push(report);
    }
  }
  return reports;
}

export function sortedMonthKeys(year: Pick<ReportYear, 'months'>): string[] {
  return Object.keys(year.months).sort((a, b) => Number(a) - Number(b));
}

/** The report for a period from its year record (tombstones included), if any. */
export function reportInYear(
  year: ReportYear | undefined,
  period: Period,
): RevenueReport | undefined {
  if (year === undefined) return undefined;
  return monthToReport(year, String(periodMonth(period)));
}

/**
 * The year record with one month replaced: `current` (or a new record) holding `report`, or
 * without that month when `report` is undefined. Never mutates `current`.
 */
export function withMonth(
  current: ReportYear | undefined,
  enterpriseId: string,
  period: Period,
  report: MonthReport | undefined,
): ReportYear {
  const { id, year, monthKey } = reportLocation(enterpriseId, period);
  const months = Object.fromEntries(
    Object.entries(current?.months ?? {}).filter(([key]) => key !== monthKey),
  );
  if (report !== undefined) months[monthKey] = report;
  return { id, enterpriseId, year, months };
}

/** Whether any report of the year record is part of the demo registry. */
export function isDemoYear(year: ReportYear): boolean {
  return Object.values(year.months).some((month) => month.demo === true);
}
