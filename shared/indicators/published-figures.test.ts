/**
 * Rebuilds the district's published 2024年1-10月 figures (国家文创实验区, 2025年朝阳区两会) from
 * a generated registry and checks that the indicators give back the totals and derive the shares.
 * The article rounds the 数字文化 share to "40.0%"; 1064.7 ÷ 2633.7 is 40.43%, and the app shows
 * what it computes.
 */
import { describe, expect, it } from 'vitest';
import type { CultureSubcategoryCode } from '../reference/culture-classification';
import { toYuan } from '../money/money';
import type { Period } from '../periods/period';
import { aPark, aTenancy, aTenant, registryOf, splitEvenly } from '../test-support/builders';
import type { Figure } from './figure';
import { shareOf } from './figure';
import { computeIndicators } from './indicators';

const period: Period = '2024-10';

const published = {
  district: { firms: 2762, revenueYi: '2633.7' },
  core: { revenueYi: '2004.4', yoyPercent: 2.7 },
  digital: { revenueYi: '1064.7' },
  zone: { firms: 1533, revenueYi: '1365.6' },
} as const;

function yi(amount: string): number {
  const yuan = toYuan(amount, 'yi-yuan');
  if (yuan === null) throw new Error(`not an amount: ${amount}`);
  return yuan;
}

/**
 * The published totals split into groups that add up to them: zone / elsewhere × 核心 (digital
 * or not) / 相关. Only the sums are published; how they split is invented but consistent.
 */
const groups = [
  { inZone: true, subcategory: '024', digital: true, firms: 600, revenueYi: '600.0' },
  { inZone: true, subcategory: '032', digital: false, firms: 500, revenueYi: '500.0' },
  { inZone: true, subcategory: '074', digital: false, firms: 433, revenueYi: '265.6' },
  { inZone: false, subcategory: '045', digital: true, firms: 400, revenueYi: '464.7' },
  { inZone: false, subcategory: '022', digital: false, firms: 429, revenueYi: '439.7' },
  { inZone: false, subcategory: '086', digital: false, firms: 400, revenueYi: '363.7' },
] as const satisfies readonly {
  inZone: boolean;
  subcategory: CultureSubcategoryCode;
  digital: boolean;
  firms: number;
  revenueYi: string;
}[];

/** Zone core firms report 2.0%; the rest of the core gets the rate that makes the whole 2.7%. */
const zoneCoreRatePercent = 2.0;

function priorYearOf(revenueYuan: number): number {
  return Math.round(revenueYuan / 1.03);
}

function buildRegistry() {
  const zoneParks = Array.from({ length: 5 }, (_, i) =>
    aPark({ name: `实验区园区${i + 1}`, inExperimentalZone: true, streetCode: '110105004' }),
  );
  const otherParks = Array.from({ length: 3 }, (_, i) =>
    aPark({ name: `其他园区${i + 1}`, streetCode: i === 0 ? '110105026' : '110105021' }),
  );
  const isCore = (subcategory: string) => Number(subcategory.slice(0, 2)) <= 6;

  const revenuesOf = (group: (typeof groups)[number]) =>
    splitEvenly(yi(group.revenueYi), group.firms);
  const corePrior = (inZone: boolean) =>
    groups
      .filter((group) => group.inZone === inZone && isCore(group.subcategory))
      .flatMap(revenuesOf)
      .reduce((sum, revenueYuan) => sum + priorYearOf(revenueYuan), 0);
  const zoneCorePrior = corePrior(true);
  const otherCorePrior = corePrior(false);
  // Σ prior × rate ÷ Σ prior = 2.7 across the core.
  const otherCoreRatePercent =
    (published.core.yoyPercent * (zoneCorePrior + otherCorePrior) -
      zoneCoreRatePercent * zoneCorePrior) /
    otherCorePrior;
  const tenants = groups.flatMap((group) => {
    const parks = group.inZone ? zoneParks : otherParks;
    return revenuesOf(group).map((revenueYuan, i) => {
      const park = parks[i % parks.length];
      if (park === undefined) throw new Error('no park');
      return aTenant({
        parkId: park.id,
        enterprise: {
          subcategoryCode: group.subcategory,
          digitalCulture: group.digital,
          aboveScaleByYear: { '2023': true, '2024': true },
        },
        tenancy: { movedInOn: '2020-01-01' },
        report: {
          period,
          revenueYuan,
          priorYearRevenueYuan: isCore(group.subcategory) ? priorYearOf(revenueYuan) : undefined,
          yoyGrowthReportedPercent: isCore(group.subcategory)
            ? group.inZone
              ? zoneCoreRatePercent
              : otherCoreRatePercent
            : undefined,
        },
      });
    });
  });

  // Not counted in the published figures: firms below 规上, and one that left before October's end.
  const belowScale = Array.from({ length: 40 }, (_, i) =>
    aTenant({
      parkId: zoneParks[i % zoneParks.length]?.id ?? '',
      enterprise: { subcategoryCode: '032', aboveScaleByYear: { '2024': false } },
      report: { period, revenueYuan: 3_000_000 },
    }),
  );
  const movedAway = aTenant({
    parkId: zoneParks[0]?.id ?? '',
    enterprise: {
      subcategoryCode: '024',
      digitalCulture: true,
      aboveScaleByYear: { '2024': true },
    },
    tenancy: { movedInOn: '2019-03-01', movedOutOn: '2024-06-30' },
    report: { period, revenueYuan: 9_000_000_000 },
  });
  // One zone firm came from a park outside the zone in May: it counts where it is at the end.
  const mover = tenants[0];
  if (mover === undefined) throw new Error('no tenants');
  const earlierTenancy = aTenancy({
    enterpriseId: mover.enterprise.id,
    parkId: otherParks[0]?.id ?? '',
    movedInOn: '2018-01-01',
    movedOutOn: '2024-05-01',
  });

  return {
    otherCoreRatePercent,
    input: registryOf([...tenants, ...belowScale, movedAway], {
      parks: [...zoneParks, ...otherParks],
      tenancies: [earlierTenancy],
    }),
  };
}

function valueOf(figure: Figure): number {
  if (figure.value === null) throw new Error(`${figure.label.en}: ${figure.unavailableReason.en}`);
  return figure.value;
}

describe('the seed article’s 2024年1-10月 figures', () => {
  const { input, otherCoreRatePercent } = buildRegistry();
  const district = computeIndicators(input, { kind: 'district' }, period);
  const zone = computeIndicators(input, { kind: 'zone' }, period);

  it('count 2762 规上 firms with 2633.7亿元 in the district', () => {
    expect(valueOf(district.enterprises.aboveScale)).toBe(published.district.firms);
    expect(valueOf(district.revenue.revenue)).toBe(yi(published.district.revenueYi));
    expect(district.revenue.revenue.missing).toBe(0);
    expect(district.revenue.revenue.population).toBe('above-scale');
  });

  it('give 核心 2004.4亿元 (+2.7% on the comparable basis) and 数字文化 1064.7亿元', () => {
    expect(valueOf(district.revenue.core.revenue)).toBe(yi(published.core.revenueYi));
    expect(valueOf(district.revenue.core.yoyReportedComparable)).toBeCloseTo(
      published.core.yoyPercent,
      10,
    );
    expect(valueOf(district.revenue.digitalCulture.revenue)).toBe(yi(published.digital.revenueYi));
  });

  it('weights reported rates by prior-year revenue, not by head count', () => {
    const coreFirms = groups.filter((g) => Number(g.subcategory.slice(0, 2)) <= 6);
    const zoneCoreFirms = coreFirms.filter((g) => g.inZone).reduce((n, g) => n + g.firms, 0);
    const otherCoreFirms = coreFirms.filter((g) => !g.inZone).reduce((n, g) => n + g.firms, 0);
    const headCountMean =
      (zoneCoreRatePercent * zoneCoreFirms + otherCoreRatePercent * otherCoreFirms) /
      (zoneCoreFirms + otherCoreFirms);
    expect(Math.abs(headCountMean - published.core.yoyPercent)).toBeGreaterThan(0.01);
  });

  it('shows the computed 数字文化 share, 40.43%, not the article’s rounded 40.0%', () => {
    const share = valueOf(district.revenue.digitalCulture.share);
    expect(Number(share.toFixed(2))).toBe(40.43);
    expect(share).toBeCloseTo(
      (Number(published.digital.revenueYi) / Number(published.district.revenueYi)) * 100,
      10,
    );
  });

  it('splits 核心 and 相关 to the whole, by domain and by 大类', () => {
    const core = valueOf(district.revenue.core.share);
    const related = valueOf(district.revenue.related.share);
    // 2004.4 ÷ 2633.7 and 629.3 ÷ 2633.7
    expect(Number(core.toFixed(2))).toBe(76.11);
    expect(Number(related.toFixed(2))).toBe(23.89);
    expect(core + related).toBeCloseTo(100, 10);
    expect(valueOf(district.revenue.unclassified.revenue)).toBe(0);
    const categoryTotal = district.revenue.byCategory.reduce(
      (sum, slice) => sum + valueOf(slice.revenue),
      0,
    );
    expect(categoryTotal).toBe(yi(published.district.revenueYi));
    const shareTotal = district.revenue.byCategory.reduce(
      (sum, slice) => sum + valueOf(slice.share),
      0,
    );
    expect(shareTotal).toBeCloseTo(100, 10);
  });

  it('count the 实验区’s 1533 firms with 1365.6亿元, 51.9% of the district', () => {
    expect(valueOf(zone.enterprises.aboveScale)).toBe(published.zone.firms);
    expect(valueOf(zone.revenue.revenue)).toBe(yi(published.zone.revenueYi));
    const zoneShare = shareOf(zone.revenue.revenue, district.revenue.revenue, {
      zh: '实验区占全区比重',
      en: 'Zone share of the district',
    });
    expect(zoneShare.unit).toBe('percent');
    expect(valueOf(zoneShare).toFixed(1)).toBe('51.9');
  });

  it('counts every tenant, not only 规上, when asked', () => {
    const all = computeIndicators(input, { kind: 'district' }, period, { population: 'all' });
    expect(valueOf(all.enterprises.all)).toBe(published.district.firms + 40);
    expect(valueOf(all.revenue.revenue)).toBe(yi(published.district.revenueYi) + 40 * 3_000_000);
    expect(all.revenue.revenue.population).toBe('all');
  });

  it('add up the streets and parks to the district', () => {
    const streetRevenue = ['110105004', '110105026', '110105021'].reduce(
      (sum, streetCode) =>
        sum +
        valueOf(computeIndicators(input, { kind: 'street', streetCode }, period).revenue.revenue),
      0,
    );
    expect(streetRevenue).toBe(yi(published.district.revenueYi));
    const parkRevenue = input.parks.reduce(
      (sum, park) =>
        sum +
        valueOf(
          computeIndicators(input, { kind: 'park', parkId: park.id }, period).revenue.revenue,
        ),
      0,
    );
    expect(parkRevenue).toBe(yi(published.district.revenueYi));
  });
});
