/**
 * LiveRecords straight from the registry's stored tables, where reports are packed one record
 * per enterprise and year: reports are unpacked only when a figure asks for them, and each at
 * most once, so a screen holding the whole district does not hold ~400,000 report objects.
 */
import { isLive } from '../records/record-meta';
import {
  monthToReport,
  reportYearId,
  sortedMonthKeys,
  type ReportYear,
} from '../reports/report-storage';
import type { RevenueReport } from '../reports/revenue-report';
import { makePeriod, periodMonth, periodsOfYear, periodYear, type Period } from '../periods/period';
import type { StoredTables } from '../registry/registry-tables';
import type { LiveRecords } from './indicator-input';

export type StoredTablesForIndicators = Pick<
  StoredTables,
  'parks' | 'enterprises' | 'tenancies' | 'reportYears' | 'parkEvents' | 'financings'
>;

export function liveRecordsFromStorage(tables: StoredTablesForIndicators): LiveRecords {
  const years = new Map<string, ReportYear>();
  const yearsByEnterprise = new Map<string, ReportYear[]>();
  for (const year of tables.reportYears) {
    years.set(year.id, year);
    const list = yearsByEnterprise.get(year.enterpriseId);
    if (list === undefined) yearsByEnterprise.set(year.enterpriseId, [year]);
    else list.push(year);
  }
  // The records reportOf reads (the last of any duplicated id), by calendar year.
  const recordsOfYear = new Map<number, ReportYear[]>();
  for (const year of years.values()) {
    const ofYear = recordsOfYear.get(year.year);
    if (ofYear === undefined) recordsOfYear.set(year.year, [year]);
    else ofYear.push(year);
  }
  const unpacked = new Map<string, RevenueReport | null>();

  const reportOf = (enterpriseId: string, period: Period): RevenueReport | undefined => {
    const yearId = reportYearId(enterpriseId, periodYear(period));
    const key = `${yearId}/${periodMonth(period)}`;
    let report = unpacked.get(key);
    if (report === undefined) {
      const year = years.get(yearId);
      const candidate =
        year === undefined ? undefined : monthToReport(year, String(periodMonth(period)));
      report = candidate !== undefined && isLive(candidate) ? candidate : null;
      unpacked.set(key, report);
    }
    return report ?? undefined;
  };

  return {
    parks: tables.parks.filter(isLive),
    enterprises: tables.enterprises.filter(isLive),
    tenancies: tables.tenancies.filter(isLive),
    events: tables.parkEvents.filter(isLive),
    financings: tables.financings.filter(isLive),
    reportOf,
    // A month's stored figures are the report's, so the indicators read them without
    // unpacking ~17,000 reports per period, and each year record once for all its months.
    forEachReportInYear: (calendarYear, visit) => {
      const months = periodsOfYear(calendarYear).map(
        (period) => [String(periodMonth(period)), period] as const,
      );
      for (const year of recordsOfYear.get(calendarYear) ?? []) {
        for (const [monthKey, period] of months) {
          const month = year.months[monthKey];
          if (month !== undefined && isLive(month)) visit(year.enterpriseId, period, month);
        }
      }
    },
    reportedPeriods: (enterpriseId) =>
      (yearsByEnterprise.get(enterpriseId) ?? [])
        .flatMap((year) =>
          sortedMonthKeys(year)
            .filter((key) => {
              const month = year.months[key];
              return month !== undefined && isLive(month);
            })
            .map((key) => makePeriod(year.year, Number(key))),
        )
        .sort(),
  };
}

/** Every period with at least one live report, latest first: what a period picker offers. */
export function reportedPeriodsLatestFirst(reportYears: readonly ReportYear[]): Period[] {
  const periods = new Set<Period>();
  for (const year of reportYears) {
    for (const key of Object.keys(year.months)) {
      const month = year.months[key];
      if (month !== undefined && isLive(month)) periods.add(makePeriod(year.year, Number(key)));
    }
  }
  return [...periods].sort().reverse();
}
