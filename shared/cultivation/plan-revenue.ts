/**
 * A plan's park revenue on the plan's own base, one figure per reported period, taken from the
 * park's indicators so the sum is the one the dashboard shows. Every tenant counts, not only
 * 规上: a 百亿园区's revenue is its tenants' revenue.
 */
import { unavailableFigure, type Figure } from '../indicators/figure';
import type { LiveRecords } from '../indicators/indicator-input';
import { computeIndicatorsFromRecords } from '../indicators/indicators';
import { tenanciesOfPark, tenancyIndexOf } from '../indicators/tenancy-index';
import { periodYear, type Period } from '../periods/period';
import { revenueBaseLabels, type CultivationPlan } from './cultivation-plan';

/** The periods reported by anyone who was ever a tenant of the park, from the baseline year on. */
function reportedPeriods(plan: CultivationPlan, records: LiveRecords): Period[] {
  const periods = new Set<Period>();
  for (const tenancy of tenanciesOfPark(tenancyIndexOf(records), plan.parkId).tenancies) {
    for (const period of records.reportedPeriods(tenancy.enterpriseId)) {
      if (periodYear(period) >= plan.baselineYear) periods.add(period);
    }
  }
  return [...periods].sort();
}

/**
 * The park's 1–N月 revenue on the plan's base for each reported period. 产值 and other bases
 * are not in the revenue reports: their figures are null and say so.
 */
export function planRevenueFigures(plan: CultivationPlan, records: LiveRecords): Figure[] {
  return reportedPeriods(plan, records).map((period) => {
    const { revenue } = computeIndicatorsFromRecords(
      records,
      { kind: 'park', parkId: plan.parkId },
      period,
      {
        population: 'all',
      },
    );
    switch (plan.revenueBase) {
      case 'all-tenants':
        return revenue.revenue;
      case 'culture-tenants':
        return revenue.culture.revenue;
      case 'output-value':
      case 'other': {
        const base = revenueBaseLabels[plan.revenueBase];
        return unavailableFigure(revenue.revenue, {
          zh: `培育计划按“${base.zh}”计，营业收入报表中没有这一口径的数据`,
          en: `The plan counts ${base.en}, which the revenue reports do not contain`,
        });
      }
    }
  });
}
