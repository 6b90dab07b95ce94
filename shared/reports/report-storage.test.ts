import { describe, expect, it } from 'vitest';
import { present } from '../test-support/present';
import { aReport } from '../test-support/builders';
import {
  packReports,
  reportInYear,
  reportYearId,
  reportYearSchema,
  unpackReports,
  withMonth,
} from './report-storage';

describe('packed report storage', () => {
  const reports = [
    aReport({ enterpriseId: 'e1', period: '2024-03', revenueYuan: 3 }),
    aReport({
      enterpriseId: 'e1',
      period: '2024-02',
      revenueYuan: 2,
      deletedAt: '2024-11-01T00:00:00Z',
    }),
    aReport({ enterpriseId: 'e1', period: '2023-12', revenueYuan: 12, demo: true }),
    aReport({ enterpriseId: 'e2', period: '2024-03' }),
  ];

  it('holds one record per enterprise and year and unpacks to the same reports', () => {
    const years = packReports(reports);
    expect(years.map((year) => year.id).sort()).toEqual(['e1/2023', 'e1/2024', 'e2/2024']);
    const sortKey = (r: { enterpriseId: string; period: string }) =>
      `${r.enterpriseId} ${r.period}`;
    expect(unpackReports(years).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...reports].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
    for (const year of years) expect(reportYearSchema.safeParse(year).success).toBe(true);
  });

  it('keeps a live report over a tombstone, then the newer, when a period is given twice', () => {
    const live = aReport({ enterpriseId: 'e', period: '2024-05', revenueYuan: 1 });
    const tombstone = {
      ...live,
      revenueYuan: 2,
      deletedAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    const newer = { ...live, revenueYuan: 3, updatedAt: '2024-12-01T00:00:00.000+08:00' };
    const [year] = packReports([tombstone, live, newer]);
    expect(reportInYear(year, '2024-05')?.revenueYuan).toBe(3);
  });

  it('replaces or removes one month without touching the others', () => {
    const [year] = packReports([aReport({ enterpriseId: 'e', period: '2024-04', revenueYuan: 4 })]);
    const added = withMonth(year, 'e', '2024-05', {
      id: 'r5',
      version: 1,
      updatedAt: '2024-11-01T00:00:00Z',
      revenueYuan: 5,
    });
    expect(Object.keys(added.months)).toEqual(['4', '5']);
    expect(Object.keys(withMonth(added, 'e', '2024-04', undefined).months)).toEqual(['5']);
    expect(Object.keys(present(year).months)).toEqual(['4']);
  });

  it('refuses a year record whose id does not match its enterprise and year', () => {
    const [year] = packReports([aReport({ enterpriseId: 'e', period: '2024-04' })]);
    expect(reportYearSchema.safeParse({ ...year, id: reportYearId('other', 2024) }).success).toBe(
      false,
    );
    expect(
      reportYearSchema.safeParse({ ...year, months: { 1: present(year).months[4] } }).success,
    ).toBe(false);
  });
});
