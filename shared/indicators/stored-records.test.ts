import { describe, expect, it } from 'vitest';
import { packReports } from '../reports/report-storage';
import { aPark, aReport, aTenancy, anEnterprise } from '../test-support/builders';
import { liveRecords } from './indicator-input';
import { computeIndicatorsFromRecords } from './indicators';
import { liveRecordsFromStorage, reportedPeriodsLatestFirst } from './stored-records';

describe('live records from the stored tables', () => {
  const park = aPark();
  const one = anEnterprise({ aboveScaleByYear: { '2024': true, '2023': true } });
  const two = anEnterprise({
    creditCode: '91110000802100433B',
    aboveScaleByYear: { '2024': true },
  });
  const reports = [
    aReport({ enterpriseId: one.id, period: '2023-10', revenueYuan: 100 }),
    aReport({ enterpriseId: one.id, period: '2024-09', revenueYuan: 90 }),
    aReport({
      enterpriseId: one.id,
      period: '2024-10',
      revenueYuan: 120,
      yoyGrowthReportedPercent: 20,
      priorYearRevenueYuan: 100,
    }),
    aReport({ enterpriseId: two.id, period: '2024-10', revenueYuan: 50 }),
    aReport({
      enterpriseId: two.id,
      period: '2024-11',
      revenueYuan: 60,
      deletedAt: '2024-12-01T00:00:00Z',
    }),
  ];
  const tenancies = [
    aTenancy({ enterpriseId: one.id, parkId: park.id }),
    aTenancy({ enterpriseId: two.id, parkId: park.id }),
  ];
  const stored = liveRecordsFromStorage({
    parks: [park],
    enterprises: [one, two],
    tenancies,
    reportYears: packReports(reports),
    parkEvents: [],
    financings: [],
  });
  const flat = liveRecords({
    parks: [park],
    enterprises: [one, two],
    tenancies,
    reports,
    events: [],
    financings: [],
  });

  it('reads the same reports as the unpacked records, tombstones left out', () => {
    expect(stored.reportOf(one.id, '2024-10')).toEqual(flat.reportOf(one.id, '2024-10'));
    expect(stored.reportOf(two.id, '2024-11')).toBeUndefined();
    expect(stored.reportOf(two.id, '2022-10')).toBeUndefined();
    expect(stored.reportedPeriods(one.id)).toEqual(['2023-10', '2024-09', '2024-10']);
    expect(stored.reportedPeriods(two.id)).toEqual(['2024-10']);
  });

  it('gives the same indicators as the unpacked records', () => {
    const scope = { kind: 'park', parkId: park.id } as const;
    expect(computeIndicatorsFromRecords(stored, scope, '2024-10')).toEqual(
      computeIndicatorsFromRecords(flat, scope, '2024-10'),
    );
  });

  it('lists the reported periods latest first', () => {
    expect(reportedPeriodsLatestFirst(packReports(reports))).toEqual([
      '2024-10',
      '2024-09',
      '2023-10',
    ]);
  });
});
