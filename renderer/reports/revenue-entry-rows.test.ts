import { describe, expect, it } from 'vitest';
import { aReport, anEnterprise } from '../../shared/test-support/builders';
import { reportingProgress, revenueEntryRow } from './revenue-entry-rows';

const enterprise = anEnterprise({ name: '乙文化' });

describe('revenueEntryRow', () => {
  it('lists the anomalies of the stored report against last month and last year', () => {
    const row = revenueEntryRow({
      enterprise,
      report: aReport({ enterpriseId: enterprise.id, period: '2024-10', revenueYuan: 9_000_000 }),
      previous: aReport({ enterpriseId: enterprise.id, period: '2024-09', revenueYuan: 9_500_000 }),
      lastYear: aReport({ enterpriseId: enterprise.id, period: '2023-10', revenueYuan: 8_000_000 }),
    });
    expect(row.name).toBe('乙文化');
    expect(row.anomalies.map((anomaly) => anomaly.kind)).toEqual(['cumulative-decrease']);
  });

  it('has no anomalies before anything is reported', () => {
    const row = revenueEntryRow({
      enterprise,
      report: undefined,
      previous: aReport({ enterpriseId: enterprise.id, period: '2024-09', revenueYuan: 9_500_000 }),
      lastYear: undefined,
    });
    expect(row.anomalies).toEqual([]);
  });
});

describe('reportingProgress', () => {
  it('counts tenants with a revenue figure for the period, not any report', () => {
    const rows = [
      revenueEntryRow({
        enterprise,
        report: aReport({ enterpriseId: enterprise.id, period: '2024-10', revenueYuan: 1 }),
        previous: undefined,
        lastYear: undefined,
      }),
      revenueEntryRow({
        enterprise,
        report: aReport({ enterpriseId: enterprise.id, period: '2024-10', taxYuan: 1 }),
        previous: undefined,
        lastYear: undefined,
      }),
      revenueEntryRow({ enterprise, report: undefined, previous: undefined, lastYear: undefined }),
    ];
    expect(reportingProgress(rows)).toEqual({ reported: 1, total: 3 });
  });
});
