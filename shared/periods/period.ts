/**
 * A reporting period "YYYY-MM" means the cumulative figure for months 1 to MM of that year
 * (1–N月累计). Monthly statistics skip January, so the first period of a year is "YYYY-02" (1–2月).
 * Month 12 is the full year.
 */
import type { LocalizedText } from '../text/localized-text';

export type Period = `${number}-${string}`;

export const firstReportMonth = 2;

export interface PeriodParts {
  readonly year: number;
  /** The last month the cumulative figure covers, 2..12. */
  readonly month: number;
}

const periodPattern = /^(\d{4})-(\d{2})$/;

export function parsePeriod(text: string): PeriodParts | null {
  const match = periodPattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1990 || year > 2100 || month < firstReportMonth || month > 12) return null;
  return { year, month };
}

export function isPeriod(text: string): text is Period {
  return parsePeriod(text) !== null;
}

export function makePeriod(year: number, month: number): Period {
  const period = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Period;
  if (!isPeriod(period)) {
    throw new RangeError(
      `Not a reporting period: ${year}-${month} (months run 2..12: 1–2月 … 1–12月)`,
    );
  }
  return period;
}

function parts(period: Period): PeriodParts {
  const parsed = parsePeriod(period);
  if (parsed === null) throw new RangeError(`Not a reporting period: ${period}`);
  return parsed;
}

export function periodYear(period: Period): number {
  return parts(period).year;
}

export function periodMonth(period: Period): number {
  return parts(period).month;
}

/** "2024年1-10月" / "Jan–Oct 2024"; the full year reads "2024年" / "2024". */
export function periodLabel(period: Period): LocalizedText {
  const { year, month } = parts(period);
  if (month === 12) return { zh: `${year}年`, en: `${year}` };
  const monthNames = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return { zh: `${year}年1-${month}月`, en: `Jan–${monthNames[month - 1] ?? ''} ${year}` };
}

/** The same months one year earlier: the 上年同期 a YoY rate compares with. */
export function samePeriodLastYear(period: Period): Period {
  const { year, month } = parts(period);
  return makePeriod(year - 1, month);
}

/** The period before in the same year, or null for 1–2月 (nothing cumulative precedes it). */
export function previousPeriodInYear(period: Period): Period | null {
  const { year, month } = parts(period);
  return month > firstReportMonth ? makePeriod(year, month - 1) : null;
}

/** Every period of a year, 1–2月 through 1–12月. */
export function periodsOfYear(year: number): Period[] {
  const periods: Period[] = [];
  for (let month = firstReportMonth; month <= 12; month += 1) periods.push(makePeriod(year, month));
  return periods;
}

export function isFullYear(period: Period): boolean {
  return parts(period).month === 12;
}

/** Orders periods in time; "YYYY-MM" strings already sort that way, this says so by name. */
export function comparePeriods(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
