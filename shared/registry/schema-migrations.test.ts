import { describe, expect, it } from 'vitest';
import { unpackReports } from '../reports/report-storage';
import { aPark, aReport, aTenancy, anEnterprise } from '../test-support/builders';
import { migrateV1ToV2 } from './schema-migrations';

describe('migrateV1ToV2', () => {
  it('packs the per-period reports per enterprise and year and keeps the other tables', () => {
    const park = aPark();
    const enterprise = anEnterprise();
    const reports = ['2023-12', '2024-02', '2024-10'].map((period) =>
      aReport({ enterpriseId: enterprise.id, period: period as '2024-02', revenueYuan: 1 }),
    );
    const v1 = {
      parks: [park],
      enterprises: [enterprise],
      tenancies: [aTenancy({ enterpriseId: enterprise.id, parkId: park.id })],
      reports,
      cultivationPlans: [],
      parkEvents: [],
      financings: [],
    };
    const v2 = migrateV1ToV2(v1);
    expect(v2.reportYears.map((year) => year.id)).toEqual([
      `${enterprise.id}/2023`,
      `${enterprise.id}/2024`,
    ]);
    expect(unpackReports(v2.reportYears)).toEqual(reports);
    expect(v2.tenancies).toBe(v1.tenancies);
  });
});
