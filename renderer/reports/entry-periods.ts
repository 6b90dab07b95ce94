/**
 * The periods 营收填报 offers: those the registry has reports for, the month after the latest of
 * them (the next one to fill), and this year's periods up to last month; latest first.
 */
import { isoDateParts, type IsoDate } from '../../shared/dates/iso-date';
import {
  comparePeriods,
  firstReportMonth,
  makePeriod,
  periodMonth,
  periodYear,
  type Period,
} from '../../shared/periods/period';

/** The latest period complete by `today`: 1–(M−1)月, or last year's full year early in a year. */
export function latestClosedPeriod(today: IsoDate): Period {
  const { year, month } = isoDateParts(today);
  return month - 1 >= firstReportMonth ? makePeriod(year, month - 1) : makePeriod(year - 1, 12);
}

function nextPeriod(period: Period): Period {
  const month = periodMonth(period);
  return month < 12
    ? makePeriod(periodYear(period), month + 1)
    : makePeriod(periodYear(period) + 1, firstReportMonth);
}

export function entryPeriods(withReports: readonly Period[], today: IsoDate): Period[] {
  const periods = new Set<Period>(withReports);
  const latest = [...withReports].sort(comparePeriods).at(-1);
  const closed = latestClosedPeriod(today);
  if (latest !== undefined && comparePeriods(nextPeriod(latest), closed) <= 0) {
    periods.add(nextPeriod(latest));
  }
  for (let month = firstReportMonth; month <= periodMonth(closed); month += 1) {
    periods.add(makePeriod(periodYear(closed), month));
  }
  return [...periods].sort((a, b) => comparePeriods(b, a));
}

/** The latest period with reports, or the latest closed one when there are none. */
export function defaultEntryPeriod(withReports: readonly Period[], today: IsoDate): Period {
  return [...withReports].sort(comparePeriods).at(-1) ?? latestClosedPeriod(today);
}
