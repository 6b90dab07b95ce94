import { describe, expect, it } from 'vitest';
import { generateDemoRegistry } from '../demo/generate-demo';
import type { Period } from '../periods/period';
import { periodsOfYear } from '../periods/period';
import { chaoyangStreets } from '../reference/chaoyang-streets';
import { aPark, aReport, aTenancy, aTenant, registryOf } from '../test-support/builders';
import { indicatorBreakdown, revenueTrend } from './breakdown';
import type { IndicatorPopulation } from './figure';
import { liveRecords } from './indicator-input';
import { computeIndicatorsFromRecords } from './indicators';
import type { IndicatorScope } from './scope';

const deletedAt = '2025-01-02T08:00:00.000+08:00';

/** A small generated registry with some records deleted, so tombstones are crossed too. */
function generatedRecords() {
  const demo = generateDemoRegistry({ enterprises: 1_200, parks: 30, seed: 5 });
  return {
    demo,
    records: liveRecords({
      ...demo,
      parks: demo.parks.map((park, i) => (i === 3 ? { ...park, deletedAt } : park)),
      enterprises: demo.enterprises.map((e, i) => (i % 97 === 0 ? { ...e, deletedAt } : e)),
      tenancies: demo.tenancies.map((t, i) => (i % 89 === 0 ? { ...t, deletedAt } : t)),
    }),
  };
}

describe('the revenue breakdown on a generated registry', () => {
  const { demo, records } = generatedRecords();
  const cases: [Period, IndicatorPopulation][] = [
    ['2024-10', 'above-scale'],
    ['2024-10', 'all'],
    ['2023-03', 'above-scale'],
  ];
  const revenueOf = (scope: IndicatorScope, period: Period, population: IndicatorPopulation) =>
    computeIndicatorsFromRecords(records, scope, period, { population }).revenue.revenue;

  it.each(cases)(
    'gives every park and street the indicators’ revenue (%s, %s)',
    (period, population) => {
      const breakdown = indicatorBreakdown(records, period, { population });
      expect(breakdown.revenueByPark.size).toBe(records.parks.length);
      for (const park of records.parks) {
        expect(breakdown.revenueByPark.get(park.id)).toEqual(
          revenueOf({ kind: 'park', parkId: park.id }, period, population),
        );
      }
      for (const street of chaoyangStreets) {
        expect(breakdown.revenueByStreet.get(street.code)).toEqual(
          revenueOf({ kind: 'street', streetCode: street.code }, period, population),
        );
      }
      // The demo's parks do hold revenue, so the comparison is not between empty figures.
      const values = [...breakdown.revenueByPark.values()].map((figure) => figure.value ?? 0);
      expect(Math.max(...values)).toBeGreaterThan(0);
    },
  );

  it('gives a scope’s revenue month by month, as the indicators do for each period', () => {
    const firstParkStreet = demo.parks[0]?.streetCode ?? '';
    const scopes: IndicatorScope[] = [
      { kind: 'district' },
      { kind: 'zone' },
      { kind: 'street', streetCode: firstParkStreet },
    ];
    for (const scope of scopes) {
      const trend = revenueTrend(records, scope, 2024, 10, { population: 'all' });
      expect(trend).toEqual(
        periodsOfYear(2024)
          .slice(0, 9)
          .map((period) => revenueOf(scope, period, 'all')),
      );
    }
  });
});

describe('the revenue breakdown', () => {
  const period: Period = '2024-10';
  const streetCode = '110105004';
  const east = aPark({ streetCode });
  const west = aPark({ streetCode });
  const unplaced = aPark({ streetCode: undefined });
  const twoRooms = aTenant({ parkId: east.id, report: { period, revenueYuan: 100 } });
  const neighbour = aTenant({ parkId: west.id, report: { period, revenueYuan: 30 } });
  const leaver = aTenant({
    parkId: west.id,
    tenancy: { movedOutOn: '2024-10-31' },
    report: { period, revenueYuan: 7 },
  });
  const elsewhere = aTenant({ parkId: unplaced.id, report: { period, revenueYuan: 5 } });
  const records = liveRecords(
    registryOf([twoRooms, neighbour, leaver, elsewhere], {
      parks: [east, west, unplaced],
      tenancies: [aTenancy({ enterpriseId: twoRooms.enterprise.id, parkId: west.id })],
    }),
  );
  const breakdown = indicatorBreakdown(records, period, { population: 'all' });

  it('counts a tenant of two parks in each park and once in their street', () => {
    expect(breakdown.revenueByPark.get(east.id)?.value).toBe(100);
    expect(breakdown.revenueByPark.get(west.id)?.value).toBe(100 + 30);
    expect(breakdown.revenueByStreet.get(streetCode)?.value).toBe(100 + 30);
  });

  it('gives a park without a street its revenue, and a street without parks 0', () => {
    expect(breakdown.revenueByPark.get(unplaced.id)?.value).toBe(5);
    expect(breakdown.revenueByStreet.get('110105001')).toMatchObject({ value: 0, missing: 0 });
    expect([...breakdown.revenueByStreet.keys()]).toEqual(
      chaoyangStreets.map((street) => street.code),
    );
  });

  it('counts 规上 enterprises by default', () => {
    const aboveScale = aTenant({
      parkId: east.id,
      enterprise: { aboveScaleByYear: { '2024': true } },
      report: { period, revenueYuan: 1_000 },
    });
    const mixed = liveRecords(registryOf([twoRooms, aboveScale], { parks: [east] }));
    expect(indicatorBreakdown(mixed, period).revenueByPark.get(east.id)?.value).toBe(1_000);
  });

  it('follows a trend through the periods of a year, the first being 1–2月', () => {
    const growing = aTenant({ parkId: east.id, report: { period: '2024-02', revenueYuan: 10 } });
    const trendRecords = liveRecords(
      registryOf([growing], {
        parks: [east],
        reports: [
          aReport({ enterpriseId: growing.enterprise.id, period: '2024-03', revenueYuan: 25 }),
        ],
      }),
    );
    const trend = revenueTrend(trendRecords, { kind: 'park', parkId: east.id }, 2024, 4, {
      population: 'all',
    });
    expect(trend.map((figure) => [figure.period, figure.value])).toEqual([
      ['2024-02', 10],
      ['2024-03', 25],
      ['2024-04', null],
    ]);
  });
});
