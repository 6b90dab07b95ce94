import { describe, expect, it } from 'vitest';
import { aPark, aTenant, registryOf } from '../test-support/builders';
import { dashboardFigures, defaultScopeKey } from './dashboard-figures';
import { liveRecords } from './indicator-input';
import { computeIndicatorsFromRecords } from './indicators';

describe('the dashboard figures', () => {
  const langyuan = aPark({ name: '郎园Station', streetCode: '110105011' });
  const laijin = aPark({ name: '莱锦创意产业园', streetCode: '110105011' });
  const tenants = [
    aTenant({
      parkId: langyuan.id,
      enterprise: { aboveScaleByYear: { '2024': true } },
      report: { period: '2024-03', revenueYuan: 300_000_000 },
    }),
    aTenant({
      parkId: laijin.id,
      enterprise: { aboveScaleByYear: { '2024': true } },
      report: { period: '2024-03', revenueYuan: 100_000_000 },
    }),
  ];
  const records = liveRecords(registryOf(tenants, { parks: [langyuan, laijin] }));
  const figures = dashboardFigures(records, { kind: 'district' }, '2024-03', 'above-scale');

  it('are the published indicators, with each park and street of the scope', () => {
    expect(figures.indicators).toEqual(
      computeIndicatorsFromRecords(records, { kind: 'district' }, '2024-03', {
        population: 'above-scale',
      }),
    );
    expect(figures.parks.map((park) => [park.name, park.revenue?.value])).toEqual([
      ['郎园Station', 300_000_000],
      ['莱锦创意产业园', 100_000_000],
    ]);
    expect(figures.streets.find((street) => street.id === '110105011')?.revenue?.value).toBe(
      400_000_000,
    );
    expect(figures.trend.thisYear.map((figure) => figure.value)).toEqual([null, 400_000_000]);
  });

  it('list no streets for a park', () => {
    const park = dashboardFigures(
      records,
      { kind: 'park', parkId: laijin.id },
      '2024-03',
      'above-scale',
    );
    expect(park.streets).toEqual([]);
    expect(park.parks.map((entry) => entry.name)).toEqual(['莱锦创意产业园']);
  });

  it('are plain data: kept and read back, they are the same figures', () => {
    expect(structuredClone(figures)).toEqual(figures);
  });

  it('open on the manager’s first park, or on the district', () => {
    const parks = [{ id: 'a' }, { id: 'b' }];
    expect(defaultScopeKey(parks, ['b', 'a'])).toBe('park:a');
    expect(defaultScopeKey(parks, ['gone'])).toBe('district');
    expect(defaultScopeKey(parks, [])).toBe('district');
  });
});
