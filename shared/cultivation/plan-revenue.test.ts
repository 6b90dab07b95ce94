import { liveRecords } from '../indicators/indicator-input';
import { describe, expect, it } from 'vitest';
import { aPark, aPlan, aReport, aTenant, registryOf } from '../test-support/builders';
import { planRevenueFigures } from './plan-revenue';
import { cultivationProgress } from './progress';

const park = aPark();
const otherPark = aPark();
const culture = aTenant({
  parkId: park.id,
  enterprise: { subcategoryCode: '032', aboveScaleByYear: { '2024': true } },
  report: { period: '2024-12', revenueYuan: 6_000 },
});
// Not 规上 and not culture: counted on the all-tenants base all the same.
const nonCulture = aTenant({
  parkId: park.id,
  report: { period: '2024-12', revenueYuan: 1_000 },
});
const elsewhere = aTenant({
  parkId: otherPark.id,
  report: { period: '2025-06', revenueYuan: 99_999 },
});
const input = registryOf([culture, nonCulture, elsewhere], {
  parks: [park, otherPark],
  reports: [
    aReport({ enterpriseId: culture.enterprise.id, period: '2022-12', revenueYuan: 1 }),
    aReport({ enterpriseId: culture.enterprise.id, period: '2025-03', revenueYuan: 2_000 }),
  ],
});

describe('a plan’s revenue figures', () => {
  it('are the park’s indicator totals on the plan’s base, for the periods its tenants reported', () => {
    const plan = aPlan({ parkId: park.id, baselineYear: 2023, baselineYuan: 5_000 });
    const figures = planRevenueFigures(plan, liveRecords(input));
    expect(figures.map((figure) => [figure.period, figure.value])).toEqual([
      ['2024-12', 7_000],
      ['2025-03', 2_000],
    ]);
    expect(figures[0]?.population).toBe('all');
  });

  it('count only culture tenants on that base', () => {
    const plan = aPlan({ parkId: park.id, baselineYear: 2023, revenueBase: 'culture-tenants' });
    expect(planRevenueFigures(plan, liveRecords(input))[0]?.value).toBe(6_000);
  });

  it('are unknown on the 产值 and other bases, and progress says why', () => {
    const plan = aPlan({ parkId: park.id, baselineYear: 2023, revenueBase: 'output-value' });
    const figures = planRevenueFigures(plan, liveRecords(input));
    expect(figures.every((figure) => figure.value === null)).toBe(true);
    const progress = cultivationProgress(plan, figures);
    expect(progress.status).toBe('insufficient-data');
    expect(progress.statusReason.zh).toContain('产值');
  });

  it('feed progress: 1–3月 2025 annualised to 8,000 from a 5,000 baseline', () => {
    const plan = aPlan({
      parkId: park.id,
      baselineYear: 2023,
      baselineYuan: 5_000,
      targetYuan: 100_000,
    });
    const progress = cultivationProgress(plan, planRevenueFigures(plan, liveRecords(input)));
    expect(progress.latestAnnualRevenue).toMatchObject({
      value: 8_000,
      basis: 'annualised-estimate',
    });
  });
});
