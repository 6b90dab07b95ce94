/**
 * Monthly cumulative revenue reports from the demo's profiles: one per firm and period it
 * traded in (1–2月 … 1–12月 of 2023 and 2024), with 上年同期, the reported 同比, profit, tax and
 * period-end staff. Cumulative figures come from one non-decreasing share curve per firm and
 * year, so they never fall within a year; 2024's 上年同期 is the firm's own 2023 figure.
 */
import { firstReportMonth, periodsOfYear, type Period } from '../periods/period';
import type { RevenueReport } from '../reports/revenue-report';
import { demoRecord } from './demo-meta';
import { demoReportYears, type EnterpriseProfile, type YearFigures } from './enterprise-profiles';
import type { Random } from './random';

/** The last month of `year` the firm reports: the month before it left, else December. */
function lastReportedMonth(profile: EnterpriseProfile, year: number): number {
  const left = profile.movedOutOn;
  if (left === undefined) return 12;
  const leftYear = Number(left.slice(0, 4));
  if (leftYear > year) return 12;
  return leftYear === year ? Number(left.slice(5, 7)) - 1 : 0;
}

function firstReportedMonth(figures: YearFigures): number {
  const firstTrading = figures.cumulativeShare.findIndex((share) => share > 0);
  // Monthly statistics skip January: 1–2月 is the first period.
  return Math.max(firstReportMonth, firstTrading);
}

function cumulative(figures: YearFigures | undefined, month: number): number | undefined {
  if (figures === undefined) return undefined;
  const share = figures.cumulativeShare[month] ?? 0;
  return share > 0 ? Math.round(figures.revenueYuan * share) : undefined;
}

/** 同比 as a statistics office prints it: a percentage to one decimal. */
function reportedGrowth(revenueYuan: number, priorYuan: number | undefined): number | undefined {
  if (priorYuan === undefined || priorYuan <= 0) return undefined;
  const percent = Math.round((revenueYuan / priorYuan - 1) * 1000) / 10;
  return Math.min(100_000, Math.max(-100, percent));
}

const periodsByYear = {
  2023: periodsOfYear(2023),
  2024: periodsOfYear(2024),
} as const satisfies Record<(typeof demoReportYears)[number], readonly Period[]>;

export function generateReports(
  random: Random,
  profiles: readonly EnterpriseProfile[],
  enterpriseIds: readonly string[],
): RevenueReport[] {
  const reports: RevenueReport[] = [];
  for (const profile of profiles) {
    const enterpriseId = enterpriseIds[profile.index] ?? '';
    const idStem = enterpriseId.replace('demo-ent-', 'rep-');
    for (const year of demoReportYears) {
      const periods = periodsByYear[year];
      const figures = profile.years[year];
      if (figures === undefined) continue;
      const prior = profile.years[year === 2024 ? 2023 : 2022];
      const startEmployees =
        prior?.employeesAtYearEnd ?? Math.max(1, Math.round(figures.employeesAtYearEnd * 0.5));
      const lastMonth = lastReportedMonth(profile, year);
      for (let month = firstReportedMonth(figures); month <= lastMonth; month += 1) {
        const period = periods[month - firstReportMonth];
        if (period === undefined) throw new RangeError(`No reporting period for month ${month}`);
        const revenueYuan = cumulative(figures, month) ?? 0;
        const priorYearRevenueYuan = cumulative(prior, month);
        const yoy = reportedGrowth(revenueYuan, priorYearRevenueYuan);
        const staff = startEmployees + ((figures.employeesAtYearEnd - startEmployees) * month) / 12;
        // Optional figures are set one by one: spreads would make throwaway objects for each
        // of ~400,000 reports, and garbage collection already takes much of the time.
        const report: RevenueReport = demoRecord(`${idStem}-${period}`, {
          enterpriseId,
          period,
          revenueYuan,
        });
        if (priorYearRevenueYuan !== undefined) report.priorYearRevenueYuan = priorYearRevenueYuan;
        if (yoy !== undefined) report.yoyGrowthReportedPercent = yoy;
        if (!profile.omitsProfit) {
          report.profitYuan = Math.round(revenueYuan * figures.profitMargin);
        }
        if (!profile.omitsTax) report.taxYuan = Math.round(revenueYuan * profile.taxRate);
        report.employeesAtPeriodEnd = Math.max(1, Math.round(staff * (1 + 0.01 * random.normal())));
        reports.push(report);
      }
    }
  }
  return reports;
}
