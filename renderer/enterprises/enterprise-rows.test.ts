import { describe, expect, it } from 'vitest';
import { liveRecords } from '../../shared/indicators/indicator-input';
import {
  aPark,
  aReport,
  aTenancy,
  anEnterprise,
  anIndicatorInput,
} from '../../shared/test-support/builders';
import { enterpriseRows, keptEnterpriseRows } from './enterprise-rows';

describe('enterprise grid rows', () => {
  const park798 = aPark({ name: '798艺术区', streetCode: '110105011' });
  const parkLangyuan = aPark({ name: '郎园Station' });
  const mover = anEnterprise({
    name: '北京星河影视有限公司',
    subcategoryCode: '022',
    aboveScaleByYear: { '2024': true },
  });
  const unhoused = anEnterprise({
    name: '北京无园区文化有限公司',
    creditCode: '91110000802100433B',
  });
  const records = liveRecords(
    anIndicatorInput({
      parks: [park798, parkLangyuan],
      enterprises: [mover, unhoused],
      tenancies: [
        aTenancy({
          enterpriseId: mover.id,
          parkId: park798.id,
          movedInOn: '2020-01-01',
          movedOutOn: '2024-03-01',
        }),
        aTenancy({ enterpriseId: mover.id, parkId: parkLangyuan.id, movedInOn: '2024-03-01' }),
      ],
      reports: [
        aReport({
          enterpriseId: mover.id,
          period: '2024-10',
          revenueYuan: 12_345_678,
          yoyGrowthReportedPercent: 5.2,
        }),
      ],
    }),
  );
  const rows = enterpriseRows(records, '2024-10', '2024-11-27', 'zh');

  it('shows where an enterprise is housed today, not where it was', () => {
    expect(rows[0]).toMatchObject({ parkName: '郎园Station', parkId: parkLangyuan.id });
    expect(rows[1]).toMatchObject({ parkName: '', parkId: null, streetName: '' });
  });

  it('derives 大类 and 核心/相关 from the 中类 and reads the latest report', () => {
    expect(rows[0]).toMatchObject({
      categoryName: '内容创作生产',
      domain: '核心领域',
      aboveScale: true,
      revenueYuan: 12_345_678,
      yoyReportedPercent: 5.2,
    });
    expect(rows[1]).toMatchObject({ categoryName: '', aboveScale: null, revenueYuan: null });
  });

  it('names the street of the park', () => {
    const at798 = enterpriseRows(records, '2024-10', '2023-06-01', 'en');
    expect(at798[0]).toMatchObject({
      parkName: '798艺术区',
      streetName: '酒仙桥街道',
      domain: 'Core domain',
    });
  });

  it('keeps the rows while the registry, period, day and language stay the same', () => {
    const kept = keptEnterpriseRows(records, '2024-10', '2024-11-27', 'zh');
    expect(kept).toEqual(rows);
    expect(keptEnterpriseRows(records, '2024-10', '2024-11-27', 'zh')).toBe(kept);
    expect(keptEnterpriseRows(records, '2024-10', '2024-11-28', 'zh')).not.toBe(kept);
    expect(keptEnterpriseRows(records, '2024-10', '2024-11-28', 'en')[0]?.domain).toBe(
      'Core domain',
    );
  });
});
