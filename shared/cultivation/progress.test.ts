import { describe, expect, it } from 'vitest';
import { toYuan } from '../money/money';
import { unavailableFigure } from '../indicators/figure';
import { aPlan, aRevenueFigure } from '../test-support/builders';
import { cultivationProgress } from './progress';

function yi(amount: number): number {
  const yuan = toYuan(amount, 'yi-yuan');
  if (yuan === null) throw new Error(`not an amount: ${amount}`);
  return yuan;
}

/** Target 100亿 in 2027 from 50亿 in 2023, unless a test says otherwise. */
const plan = aPlan({ parkId: 'park-1', baselineYear: 2023, baselineYuan: yi(50) });

describe('百亿 progress status', () => {
  it('is 已达标 once a full year reaches the target', () => {
    const progress = cultivationProgress(plan, [aRevenueFigure('2025-12', yi(105))]);
    expect(progress.status).toBe('reached');
    expect(progress.latestAnnualRevenue).toMatchObject({ value: yi(105), basis: 'annual' });
    expect(progress.shareOfTarget.value).toBeCloseTo(105, 10);
    expect(progress.requiredGrowth.value).toBe(0);
    expect(progress.statusReason.zh).toContain('已达到目标');
  });

  it('stays 已达标 when the target year has passed after reaching it', () => {
    expect(cultivationProgress(plan, [aRevenueFigure('2028-12', yi(120))]).status).toBe('reached');
  });

  it('is 按计划 when growth achieved since the baseline is at least the growth still needed', () => {
    // 50 → 60亿 in a year: 20%; 60 → 100亿 in three years needs (100/60)^(1/3) − 1 ≈ 18.6%.
    const progress = cultivationProgress(plan, [aRevenueFigure('2024-12', yi(60))]);
    expect(progress.achievedGrowth.value).toBeCloseTo(20, 10);
    expect(progress.requiredGrowth.value).toBeCloseTo(((100 / 60) ** (1 / 3) - 1) * 100, 10);
    expect(progress.status).toBe('on-track');
    expect(progress.statusReason.zh).toContain('20.0%');
  });

  it('is 滞后 when growth achieved falls short of the growth needed', () => {
    // 50 → 55亿: 10% achieved; ≈ 22.1% needed.
    const progress = cultivationProgress(plan, [aRevenueFigure('2024-12', yi(55))]);
    expect(progress.status).toBe('behind');
    expect(progress.statusReason.en).toContain('10.0% a year');
  });

  it('is 滞后 when the target year has come without the target', () => {
    const progress = cultivationProgress(plan, [aRevenueFigure('2027-12', yi(90))]);
    expect(progress.status).toBe('behind');
    expect(progress.requiredGrowth.value).toBeNull();
    expect(progress.requiredGrowth.unavailableReason?.zh).toContain('目标年份（2027年）已到');
  });

  it('is 数据不足 without any figure, saying why', () => {
    const progress = cultivationProgress(plan, []);
    expect(progress.status).toBe('insufficient-data');
    expect(progress.latestAnnualRevenue.value).toBeNull();
    expect(progress.latestYear).toBeNull();
    expect(progress.statusReason.zh).toContain('2023');
  });

  it('is 数据不足 from a baseline of 0, where no growth rate exists', () => {
    const fromZero = aPlan({ parkId: 'park-1', baselineYear: 2023, baselineYuan: 0 });
    const progress = cultivationProgress(fromZero, [aRevenueFigure('2024-12', yi(30))]);
    expect(progress.status).toBe('insufficient-data');
    expect(progress.achievedGrowth.value).toBeNull();
    expect(progress.statusReason.zh).toContain('基准值为0');
    expect(progress.shareOfTarget.value).toBeCloseTo(30, 10);
  });

  it('is 数据不足 with nothing after the baseline year, unless already reached', () => {
    expect(cultivationProgress(plan, [aRevenueFigure('2023-12', yi(50))]).status).toBe(
      'insufficient-data',
    );
    expect(cultivationProgress(plan, [aRevenueFigure('2023-12', yi(101))]).status).toBe('reached');
  });

  it('passes on why the revenue figures are unknown', () => {
    const reason = { zh: '口径为产值', en: 'counts output value' };
    const progress = cultivationProgress(plan, [
      unavailableFigure(aRevenueFigure('2024-12', 0), reason),
    ]);
    expect(progress.status).toBe('insufficient-data');
    expect(progress.statusReason).toEqual(reason);
  });
});

describe('the latest annual revenue', () => {
  it('annualises the latest year’s 1–N月 figure ×12/N and labels it an estimate', () => {
    const progress = cultivationProgress(plan, [
      aRevenueFigure('2024-12', yi(60)),
      aRevenueFigure('2025-03', yi(15)),
      aRevenueFigure('2025-06', yi(33), { missing: 2 }),
    ]);
    expect(progress.latestYear).toBe(2025);
    expect(progress.isEstimate).toBe(true);
    expect(progress.latestAnnualRevenue).toMatchObject({
      value: yi(66),
      basis: 'annualised-estimate',
      period: '2025-06',
      missing: 2,
    });
    // 50 → 66亿 over two years.
    expect(progress.achievedGrowth.value).toBeCloseTo(((66 / 50) ** (1 / 2) - 1) * 100, 10);
  });

  it('prefers the full year to earlier periods of the same year', () => {
    const progress = cultivationProgress(plan, [
      aRevenueFigure('2024-10', yi(10)),
      aRevenueFigure('2024-12', yi(60)),
    ]);
    expect(progress.isEstimate).toBe(false);
    expect(progress.latestAnnualRevenue.value).toBe(yi(60));
  });

  it('never counts an estimate as reaching the target', () => {
    const progress = cultivationProgress(plan, [aRevenueFigure('2025-06', yi(55))]);
    expect(progress.latestAnnualRevenue.value).toBe(yi(110));
    expect(progress.status).toBe('on-track');
    expect(progress.statusReason.zh).toContain('估计');
  });

  it('ignores figures from before the baseline year and figures without a value', () => {
    const progress = cultivationProgress(plan, [
      aRevenueFigure('2022-12', yi(200)),
      aRevenueFigure('2024-12', yi(60)),
      unavailableFigure(aRevenueFigure('2025-06', 0), { zh: '无', en: 'none' }),
    ]);
    expect(progress.latestYear).toBe(2024);
  });
});

describe('the forecast series', () => {
  const progress = cultivationProgress(plan, [aRevenueFigure('2024-12', yi(60))]);

  it('runs from the baseline year to the target year with what is known', () => {
    expect(progress.forecast.map((point) => point.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(progress.forecast[0]).toMatchObject({ actualYuan: yi(50), projectedYuan: null });
    expect(progress.forecast[1]?.actualYuan).toBe(yi(60));
    expect(progress.forecast[2]?.actualYuan).toBeNull();
  });

  it('projects at the growth achieved and follows the required path to the target', () => {
    const last = progress.forecast.at(-1);
    // 60亿 × 1.2³
    expect(last?.projectedYuan).toBe(Math.round(yi(60) * 1.2 ** 3));
    expect(Math.abs((last?.requiredYuan ?? 0) - plan.targetYuan)).toBeLessThanOrEqual(1);
    expect(progress.forecast[1]?.requiredYuan).toBe(yi(60));
  });

  it('marks the estimated year and extends past the target year when data does', () => {
    const late = cultivationProgress(plan, [aRevenueFigure('2028-06', yi(40))]);
    expect(late.forecast.at(-1)).toMatchObject({
      year: 2028,
      estimateYuan: yi(80),
      requiredYuan: null,
    });
    expect(late.status).toBe('behind');
  });
});
