import { describe, expect, it } from 'vitest';
import { packReports } from '../reports/report-storage';
import type { IsoDate } from '../dates/iso-date';
import { aReport, aTenancy } from '../test-support/builders';
import { present } from '../test-support/present';
import { addTotals, computeTotals, emptyTotals, totalsDifference } from './report-totals';

const inPark = (enterpriseId: string, parkId: string, movedOutOn?: IsoDate) =>
  aTenancy({
    enterpriseId,
    parkId,
    movedInOn: '2020-01-01',
    ...(movedOutOn ? { movedOutOn } : {}),
  });

describe('report totals', () => {
  it("sum each park's tenants on the period's last day and count who gave each figure", () => {
    const reports = [
      aReport({ enterpriseId: 'a', period: '2024-10', revenueYuan: 100, taxYuan: 5 }),
      aReport({ enterpriseId: 'b', period: '2024-10', revenueYuan: 50 }),
      aReport({ enterpriseId: 'c', period: '2024-10', revenueYuan: 7 }),
    ];
    const tenancies = [inPark('a', 'p1'), inPark('b', 'p1'), inPark('c', 'p2', '2024-09-01')];
    const totals = computeTotals(tenancies, packReports(reports));
    expect(totals.parks).toEqual([
      expect.objectContaining({
        parkId: 'p1',
        period: '2024-10',
        reports: 2,
        revenueYuan: 150,
        revenueReports: 2,
        taxYuan: 5,
        taxReports: 1,
      }),
    ]);
    // c left its park before October ended and has no other: counted nowhere, as the indicators do.
    expect(totals.district).toEqual([
      expect.objectContaining({ period: '2024-10', reports: 2, revenueYuan: 150 }),
    ]);
  });

  it('count an enterprise with no tenancy in the district, and one in two parks once', () => {
    const reports = [
      aReport({ enterpriseId: 'free', period: '2024-02', revenueYuan: 1 }),
      aReport({ enterpriseId: 'twice', period: '2024-02', revenueYuan: 10 }),
    ];
    const totals = computeTotals(
      [inPark('twice', 'p1'), inPark('twice', 'p2')],
      packReports(reports),
    );
    expect(totals.parks.map((row) => [row.parkId, row.revenueYuan])).toEqual([
      ['p1', 10],
      ['p2', 10],
    ]);
    expect(totals.district).toEqual([expect.objectContaining({ reports: 2, revenueYuan: 11 })]);
  });

  it('ignore deleted reports and tenancies', () => {
    const gone = '2024-11-01T00:00:00Z';
    const totals = computeTotals(
      [{ ...inPark('a', 'p1'), deletedAt: gone }],
      packReports([
        aReport({ enterpriseId: 'a', period: '2024-03', revenueYuan: 1, deletedAt: gone }),
      ]),
    );
    expect(totals).toEqual({ parks: [], district: [] });
  });

  it('change by the difference, and a change and its reverse cancel to nothing', () => {
    const before = {
      tenancies: [inPark('a', 'p1')],
      reportYears: packReports([
        aReport({ enterpriseId: 'a', period: '2024-05', revenueYuan: 10 }),
      ]),
    };
    const after = {
      tenancies: [inPark('a', 'p2')],
      reportYears: packReports([
        aReport({ enterpriseId: 'a', period: '2024-05', revenueYuan: 12 }),
      ]),
    };
    const difference = totalsDifference([before], [after]);
    const byPark = new Map(
      [...difference.parks()].map((entry) => [entry.parkId, entry.totals.revenueYuan]),
    );
    expect(byPark).toEqual(
      new Map([
        ['p1', -10],
        ['p2', 12],
      ]),
    );
    expect(difference.district.get('2024-05')?.revenueYuan).toBe(2);

    const stored = addTotals(
      undefined,
      { ...emptyTotals(), reports: 1, revenueYuan: 10, revenueReports: 1 },
      { period: '2024-05' },
    );
    const removal = totalsDifference([before], []).district.get('2024-05');
    expect(addTotals(stored ?? undefined, present(removal), { period: '2024-05' })).toBeNull();
  });
});
