import { describe, expect, it } from 'vitest';
import { aReport, anIndicatorInput } from '../test-support/builders';
import { liveRecords } from './indicator-input';

describe('live records', () => {
  it('indexes reports by enterprise and period, newest first, tombstones left out', () => {
    const records = liveRecords(
      anIndicatorInput({
        reports: [
          aReport({
            enterpriseId: 'e1',
            period: '2024-02',
            revenueYuan: 1,
            updatedAt: '2024-03-01T00:00:00Z',
          }),
          aReport({
            enterpriseId: 'e1',
            period: '2024-02',
            revenueYuan: 2,
            updatedAt: '2024-04-01T00:00:00Z',
          }),
          aReport({ enterpriseId: 'e1', period: '2024-03', revenueYuan: 3 }),
          aReport({
            enterpriseId: 'e2',
            period: '2024-03',
            revenueYuan: 4,
            deletedAt: '2024-05-01T00:00:00Z',
          }),
        ],
      }),
    );
    expect(records.reportOf('e1', '2024-02')?.revenueYuan).toBe(2);
    expect(records.reportedPeriods('e1')).toEqual(['2024-02', '2024-03']);
    expect(records.reportOf('e2', '2024-03')).toBeUndefined();
    expect(records.reportedPeriods('e2')).toEqual([]);
  });
});
