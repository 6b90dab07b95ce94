import { describe, expect, it } from 'vitest';
import type { Period } from '../periods/period';
import type { RevenueReport } from '../reports/revenue-report';
import { aPark, aReport, aTenant, registryOf } from '../test-support/builders';
import type { IndicatorInput } from './indicator-input';
import { computeIndicators } from './indicators';

const period: Period = '2024-10';
const lastYear: Period = '2023-10';
const park = aPark();
const aboveScale = { '2023': true, '2024': true };

function tenant(
  report: Partial<RevenueReport>,
  enterprise: Parameters<typeof aTenant>[0]['enterprise'] = {},
) {
  return aTenant({
    parkId: park.id,
    enterprise: { aboveScaleByYear: aboveScale, subcategoryCode: '031', ...enterprise },
    report: { period, ...report },
  });
}

function revenueOf(input: IndicatorInput, population: 'above-scale' | 'all' = 'above-scale') {
  return computeIndicators(input, { kind: 'park', parkId: park.id }, period, { population })
    .revenue;
}

describe('revenue totals', () => {
  it('add the 1–N月 revenue in integer yuan and count who did not report it', () => {
    const input = registryOf(
      [
        tenant({ revenueYuan: 100_000_001 }),
        tenant({ revenueYuan: 200_000_002 }),
        tenant({ taxYuan: 5 }),
      ],
      { parks: [park] },
    );
    const { revenue } = revenueOf(input);
    expect(revenue).toMatchObject({
      value: 300_000_003,
      unit: 'yuan',
      basis: 'cumulative',
      period,
      missing: 1,
      missingOf: 'enterprises',
    });
    expect(revenue.label.zh).toBe('营业收入');
  });

  it('count an enterprise with no report at all as missing', () => {
    const noReport = aTenant({
      parkId: park.id,
      enterprise: { aboveScaleByYear: aboveScale },
    });
    const input = registryOf([tenant({ revenueYuan: 10 }), noReport], { parks: [park] });
    expect(revenueOf(input).revenue).toMatchObject({ value: 10, missing: 1 });
  });

  it('are null with a reason when nobody reported, and 0 over nobody', () => {
    const blank = revenueOf(registryOf([tenant({})], { parks: [park] })).revenue;
    expect(blank.value).toBeNull();
    expect(blank.unavailableReason?.zh).toContain('没有企业填报');
    expect(revenueOf(registryOf([], { parks: [park] })).revenue).toMatchObject({
      value: 0,
      missing: 0,
    });
  });

  it('count 规上 enterprises by default and every tenant on request', () => {
    const input = registryOf(
      [
        tenant({ revenueYuan: 100 }),
        tenant({ revenueYuan: 7 }, { aboveScaleByYear: { '2024': false } }),
        tenant({ revenueYuan: 1 }, { aboveScaleByYear: {} }),
      ],
      { parks: [park] },
    );
    expect(revenueOf(input).revenue.value).toBe(100);
    expect(revenueOf(input, 'all').revenue.value).toBe(108);
  });

  it('ignore reports of other periods and let the newer of two duplicates win', () => {
    const subject = tenant({ revenueYuan: 50 });
    const input = registryOf([subject], {
      parks: [park],
      reports: [
        aReport({ enterpriseId: subject.enterprise.id, period: '2024-09', revenueYuan: 40 }),
        aReport({
          enterpriseId: subject.enterprise.id,
          period,
          revenueYuan: 55,
          updatedAt: '2024-11-20T08:00:00.000+08:00',
        }),
      ],
    });
    expect(revenueOf(input).revenue.value).toBe(55);
  });
});

describe('year-on-year growth', () => {
  it('aggregates reported rates weighted by prior-year revenue (comparable basis)', () => {
    const input = registryOf(
      [
        tenant({ revenueYuan: 110, priorYearRevenueYuan: 900, yoyGrowthReportedPercent: 10 }),
        tenant({ revenueYuan: 90, priorYearRevenueYuan: 100, yoyGrowthReportedPercent: -10 }),
        tenant({ revenueYuan: 30 }),
      ],
      { parks: [park] },
    );
    const { yoyReportedComparable } = revenueOf(input);
    // (900 × 10 + 100 × −10) ÷ 1000
    expect(yoyReportedComparable.value).toBeCloseTo(8, 10);
    expect(yoyReportedComparable.missing).toBe(1);
    expect(yoyReportedComparable.label.zh).toContain('可比口径');
  });

  it('recomputes the naive rate from this and last year’s totals, labelled as such', () => {
    const steady = tenant({
      revenueYuan: 120,
      priorYearRevenueYuan: 100,
      yoyGrowthReportedPercent: 20,
    });
    // Was 规上 last year, dropped out this year: it lowers the naive rate only.
    const dropped = tenant({}, { aboveScaleByYear: { '2023': true, '2024': false } });
    const input = registryOf([steady, dropped], {
      parks: [park],
      reports: [
        aReport({ enterpriseId: steady.enterprise.id, period: lastYear, revenueYuan: 100 }),
        aReport({ enterpriseId: dropped.enterprise.id, period: lastYear, revenueYuan: 100 }),
      ],
    });
    const revenue = revenueOf(input);
    expect(revenue.revenueSamePeriodLastYear).toMatchObject({ value: 200, period: lastYear });
    expect(revenue.yoyRecomputedFromTotals.value).toBeCloseTo(-40, 10);
    expect(revenue.yoyReportedComparable.value).toBeCloseTo(20, 10);
    expect(revenue.yoyRecomputedFromTotals.label.zh).toContain('非可比口径');
  });

  it('is null with a reason when last year’s total is zero or unknown', () => {
    const input = registryOf([tenant({ revenueYuan: 120 })], { parks: [park] });
    const { yoyRecomputedFromTotals, yoyReportedComparable } = revenueOf(input);
    expect(yoyRecomputedFromTotals.value).toBeNull();
    expect(yoyRecomputedFromTotals.unavailableReason).toBeDefined();
    expect(yoyReportedComparable.value).toBeNull();
    expect(yoyReportedComparable.missing).toBe(1);

    const zeroPrior = registryOf(
      [tenant({ revenueYuan: 5, priorYearRevenueYuan: 0, yoyGrowthReportedPercent: 0 })],
      { parks: [park] },
    );
    expect(revenueOf(zeroPrior).yoyReportedComparable.unavailableReason?.en).toContain('is 0');
  });
});

describe('profit, tax, staff and ratios', () => {
  const input = registryOf(
    [
      tenant({ revenueYuan: 1_000, profitYuan: -300, taxYuan: 40, employeesAtPeriodEnd: 10 }),
      tenant({ revenueYuan: 3_000, profitYuan: 500, employeesAtPeriodEnd: 20 }),
      tenant({ revenueYuan: 2_000 }),
      tenant({ employeesAtPeriodEnd: 5 }),
    ],
    { parks: [park] },
  );
  const revenue = revenueOf(input);

  it('sum profit (losses included), tax and period-end staff with their missing counts', () => {
    expect(revenue.profit).toMatchObject({ value: 200, unit: 'yuan', missing: 2 });
    expect(revenue.tax).toMatchObject({ value: 40, missing: 3 });
    expect(revenue.employees).toMatchObject({ value: 35, unit: 'people', basis: 'period-end' });
  });

  it('divide revenue by the enterprises that reported it', () => {
    expect(revenue.revenuePerEnterprise).toMatchObject({
      value: 2_000,
      unit: 'yuan-per-enterprise',
      missing: 1,
    });
  });

  it('divide revenue by staff over enterprises that reported both', () => {
    expect(revenue.revenuePerEmployee).toMatchObject({
      value: 4_000 / 30,
      unit: 'yuan-per-person',
      missing: 2,
    });
  });

  it('are null with a reason when nobody has staff or revenue', () => {
    const empty = revenueOf(
      registryOf([tenant({ revenueYuan: 10, employeesAtPeriodEnd: 0 })], { parks: [park] }),
    );
    expect(empty.revenuePerEmployee.value).toBeNull();
    expect(empty.revenuePerEmployee.unavailableReason?.zh).toContain('期末从业人员');
    expect(revenueOf(registryOf([], { parks: [park] })).revenuePerEnterprise.value).toBeNull();
  });
});

describe('revenue splits', () => {
  const input = registryOf(
    [
      tenant({ revenueYuan: 600 }, { subcategoryCode: '024', digitalCulture: true }),
      tenant({ revenueYuan: 200 }, { subcategoryCode: '032' }),
      tenant({ revenueYuan: 150 }, { subcategoryCode: '086' }),
      tenant({ revenueYuan: 50 }, { subcategoryCode: undefined }),
    ],
    { parks: [park] },
  );
  const revenue = revenueOf(input);

  it('split 核心 / 相关 by the 中类’s 大类, with what has no 中类 apart', () => {
    expect(revenue.core.revenue.value).toBe(800);
    expect(revenue.related.revenue.value).toBe(150);
    expect(revenue.unclassified.revenue.value).toBe(50);
    expect(revenue.culture.revenue.value).toBe(950);
    expect(revenue.core.share.value).toBeCloseTo(80, 10);
    expect(revenue.core.revenue.label.zh).toBe('核心领域营业收入');
  });

  it('split by 大类 in code order', () => {
    const byCode = Object.fromEntries(
      revenue.byCategory.map((slice) => [slice.category.code, slice.revenue.value]),
    );
    expect(byCode).toMatchObject({ '02': 600, '03': 200, '08': 150, '01': 0 });
    expect(revenue.byCategory.map((slice) => slice.category.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
    ]);
  });

  it('give 数字文化 revenue and its share of all revenue', () => {
    expect(revenue.digitalCulture.revenue.value).toBe(600);
    expect(revenue.digitalCulture.share).toMatchObject({ value: 60, unit: 'percent' });
  });
});
