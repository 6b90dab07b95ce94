/**
 * The calendar days a cumulative period spans. Scope membership is decided on the period's last
 * day, and dated records (events, financings) count when they fall between its first and last.
 */
import { daysInMonth, makeIsoDate, type IsoDate } from '../dates/iso-date';
import { parsePeriod, type Period } from '../periods/period';

function partsOf(period: Period): { year: number; month: number } {
  const parts = parsePeriod(period);
  if (parts === null) throw new RangeError(`Not a reporting period: ${period}`);
  return parts;
}

/** 1 January of the period's year: where every 1–N月 figure starts. */
export function periodStartDate(period: Period): IsoDate {
  return makeIsoDate(partsOf(period).year, 1, 1);
}

/** The last day of month N: the 期末 of a 1–N月 period. */
export function periodEndDate(period: Period): IsoDate {
  const { year, month } = partsOf(period);
  return makeIsoDate(year, month, daysInMonth(year, month));
}

/** The first and last day of a period, worked out once for testing many dates. */
export interface PeriodDays {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

export function periodDays(period: Period): PeriodDays {
  return { first: periodStartDate(period), last: periodEndDate(period) };
}

export function isWithinDays(date: string, days: PeriodDays): boolean {
  return date >= days.first && date <= days.last;
}

/** Whether a YYYY-MM-DD date falls in the period's months (1 January to the end of month N). */
export function isWithinPeriod(date: string, period: Period): boolean {
  return isWithinDays(date, periodDays(period));
}
