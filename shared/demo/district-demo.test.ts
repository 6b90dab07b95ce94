/**
 * The demo at district scale against the seed article's 2024年1–10月 figures, computed by the
 * app's own indicators. Generating ~17,000 enterprises and ~350,000 reports takes seconds, so
 * this is the one test that does it.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../indicators/figure';
import { computeIndicators } from '../indicators/indicators';
import { certificationInYear, isMunicipalTier } from '../parks/park';
import { municipalParkShare } from './demo-parks';
import { generateDemoRegistry } from './generate-demo';
import { parkEvents2024, publishedFigures2024JanOct as published } from './published-figures';

/** How close the demo's revenue totals come to the published ones: rounding to the 元 only. */
const revenueTolerance = 1e-6;
/** 同比 is reported to one decimal per firm, so the weighted rate is off by a few hundredths. */
const yoyTolerancePercent = 0.05;

function valueOf(figure: Figure): number {
  if (figure.value === null) throw new Error(figure.unavailableReason.en);
  return figure.value;
}

function expectNear(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(revenueTolerance);
}

describe('the district-scale demo', () => {
  it('matches the published 2024年1–10月 figures, events, 市级 parks and registry size', () => {
    const demo = generateDemoRegistry();
    expect(demo.parks).toHaveLength(100);
    expect(demo.enterprises).toHaveLength(17_000);
    expect(demo.reports.length).toBeGreaterThan(330_000);

    const district = computeIndicators(demo, { kind: 'district' }, published.period);
    const zone = computeIndicators(demo, { kind: 'zone' }, published.period);
    expect(valueOf(district.enterprises.aboveScale)).toBe(published.aboveScaleFirms);
    expectNear(valueOf(district.revenue.revenue), published.revenueYuan);
    expectNear(valueOf(district.revenue.core.revenue), published.coreDomainRevenueYuan);
    expect(
      Math.abs(
        valueOf(district.revenue.core.yoyReportedComparable) - published.coreDomainYoyPercent,
      ),
    ).toBeLessThan(yoyTolerancePercent);
    expectNear(
      valueOf(district.revenue.digitalCulture.revenue),
      published.digitalCultureRevenueYuan,
    );
    expect(valueOf(zone.enterprises.aboveScale)).toBe(published.experimentalZoneFirms);
    expectNear(valueOf(zone.revenue.revenue), published.experimentalZoneRevenueYuan);

    const year = computeIndicators(demo, { kind: 'district' }, '2024-12');
    expect(valueOf(year.events.count)).toBe(parkEvents2024.events);
    expect(valueOf(year.events.visitors)).toBe(parkEvents2024.visitors);
    const municipal = demo.parks.filter((park) => isMunicipalTier(certificationInYear(park, 2024)));
    expect(municipal).toHaveLength(Math.round(municipalParkShare * 100));
  }, 120_000);
});
