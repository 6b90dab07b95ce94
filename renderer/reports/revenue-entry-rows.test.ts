import { describe, expect, it } from 'vitest';
import { liveRecords } from '../../shared/indicators/indicator-input';
import {
  aPark,
  aReport,
  aTenancy,
  anEnterprise,
  validCreditCodes,
} from '../../shared/test-support/builders';
import { reportingProgress, revenueEntryRows } from './revenue-entry-rows';

function registry() {
  const park = aPark({ name: '测试园' });
  const other = aPark({ name: '别的园' });
  const stays = anEnterprise({ name: '乙文化', creditCode: validCreditCodes[1] });
  const arrivedLate = anEnterprise({ name: '丙传媒', creditCode: validCreditCodes[2] });
  const left = anEnterprise({ name: '甲设计', creditCode: validCreditCodes[3] });
  const elsewhere = anEnterprise({ name: '丁游戏', creditCode: validCreditCodes[4] });
  const tenancies = [
    aTenancy({ enterpriseId: stays.id, parkId: park.id, movedInOn: '2020-01-01' }),
    aTenancy({ enterpriseId: arrivedLate.id, parkId: park.id, movedInOn: '2024-11-15' }),
    aTenancy({
      enterpriseId: left.id,
      parkId: park.id,
      movedInOn: '2020-01-01',
      movedOutOn: '2024-10-15',
    }),
    aTenancy({ enterpriseId: elsewhere.id, parkId: other.id, movedInOn: '2020-01-01' }),
  ];
  const reports = [
    aReport({ enterpriseId: stays.id, period: '2024-10', revenueYuan: 9_000_000 }),
    aReport({ enterpriseId: stays.id, period: '2024-09', revenueYuan: 9_500_000 }),
    aReport({ enterpriseId: stays.id, period: '2023-10', revenueYuan: 8_000_000 }),
  ];
  const records = liveRecords({
    parks: [park, other],
    enterprises: [stays, arrivedLate, left, elsewhere],
    tenancies,
    reports,
    events: [],
    financings: [],
  });
  return { records, park, stays };
}

describe('revenueEntryRows', () => {
  it('lists the park’s tenants on the period’s last day, by name', () => {
    const { records, park } = registry();
    expect(revenueEntryRows(records, park.id, '2024-10').map((row) => row.name)).toEqual([
      '乙文化',
    ]);
    expect(revenueEntryRows(records, park.id, '2024-12').map((row) => row.name)).toEqual([
      '丙传媒',
      '乙文化',
    ]);
    expect(revenueEntryRows(records, park.id, '2024-09').map((row) => row.name)).toEqual([
      '甲设计',
      '乙文化',
    ]);
  });

  it('joins the period’s report with last month and last year, and the anomalies of what is stored', () => {
    const { records, park } = registry();
    const [row] = revenueEntryRows(records, park.id, '2024-10');
    expect(row?.report?.revenueYuan).toBe(9_000_000);
    expect(row?.previous?.revenueYuan).toBe(9_500_000);
    expect(row?.lastYear?.revenueYuan).toBe(8_000_000);
    expect(row?.anomalies.map((anomaly) => anomaly.kind)).toEqual(['cumulative-decrease']);
  });

  it('has no previous report for 1–2月', () => {
    const { records, park } = registry();
    expect(revenueEntryRows(records, park.id, '2024-02')[0]?.previous).toBeUndefined();
  });
});

describe('reportingProgress', () => {
  it('counts tenants with a revenue figure for the period', () => {
    const { records, park } = registry();
    expect(reportingProgress(revenueEntryRows(records, park.id, '2024-12'))).toEqual({
      reported: 0,
      total: 2,
    });
    expect(reportingProgress(revenueEntryRows(records, park.id, '2024-10'))).toEqual({
      reported: 1,
      total: 1,
    });
  });
});
