import { describe, expect, it } from 'vitest';
import { liveRecords } from '../../shared/indicators/indicator-input';
import {
  aPark,
  aReport,
  aTenancy,
  anEnterprise,
  anIndicatorInput,
} from '../../shared/test-support/builders';
import { parkRows } from './park-rows';

describe('park grid rows', () => {
  const park = aPark({
    name: '莱锦文化创意产业园',
    streetCode: '110105022',
    rentableAreaSqm: 1000,
    certifications: [{ year: 2020, tier: 'municipal-demonstration' }],
    cultivationTier: 'key',
  });
  const culture = anEnterprise({ subcategoryCode: '022', aboveScaleByYear: { '2024': true } });
  const other = anEnterprise({ creditCode: '91110000802100433B' });
  const records = liveRecords(
    anIndicatorInput({
      parks: [park],
      enterprises: [culture, other],
      tenancies: [
        aTenancy({ enterpriseId: culture.id, parkId: park.id, leasedAreaSqm: 600 }),
        aTenancy({ enterpriseId: other.id, parkId: park.id, leasedAreaSqm: 200 }),
      ],
      reports: [
        aReport({ enterpriseId: culture.id, period: '2024-10', revenueYuan: 3_000_000 }),
        aReport({ enterpriseId: other.id, period: '2024-10', revenueYuan: 1_000_000 }),
      ],
    }),
  );

  it('computes each park figure by the indicators for the park, all tenants counted', () => {
    expect(parkRows(records, '2024-10', 2024)[0]).toMatchObject({
      name: '莱锦文化创意产业园',
      streetName: '高碑店地区',
      tier: 'municipal-demonstration',
      tenants: 2,
      aboveScale: 1,
      revenueYuan: 4_000_000,
      occupancyPercent: 80,
      cultivationTier: 'key',
    });
  });

  it('leaves figures empty when there is no period yet', () => {
    expect(parkRows(records, undefined, 2024)[0]).toMatchObject({
      tenants: null,
      revenueYuan: null,
    });
  });
});
