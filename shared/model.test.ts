import { describe, expect, it } from 'vitest';
import { cultivationPlanSchema } from './cultivation/cultivation-plan';
import { enterpriseSchema, isAboveScaleIn } from './enterprises/enterprise';
import { parkEventSchema } from './events/park-event';
import { financingSchema } from './financing/financing';
import { certificationInYear, isMunicipalTier, parkSchema } from './parks/park';
import { revenueReportSchema } from './reports/revenue-report';
import { isTenantOn, tenancySchema } from './tenancies/tenancy';
import {
  aFinancing,
  aPark,
  aPlan,
  aReport,
  aTenancy,
  anEnterprise,
  anEvent,
} from './test-support/builders';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues.map((issue) => issue.message).join('\n') ?? '';
}

describe('the model schemas', () => {
  it('accept what the builders make', () => {
    const park = aPark();
    const enterprise = anEnterprise();
    expect(parkSchema.parse(park)).toEqual(park);
    expect(enterpriseSchema.parse(enterprise)).toEqual(enterprise);
    for (const [schema, value] of [
      [tenancySchema, aTenancy({ enterpriseId: 'e', parkId: 'p', movedInOn: '2023-01-01' })],
      [revenueReportSchema, aReport({ enterpriseId: 'e', period: '2024-10', revenueYuan: 1 })],
      [cultivationPlanSchema, aPlan({ parkId: 'p' })],
      [parkEventSchema, anEvent({ parkId: 'p' })],
      [financingSchema, aFinancing({ enterpriseId: 'e' })],
    ] as const) {
      expect(schema.safeParse(value).success).toBe(true);
    }
  });

  it('fill defaults for optional lists and enumerations', () => {
    const parsed = parkSchema.parse({
      id: 'p',
      version: 1,
      updatedAt: '2024-01-01T00:00:00Z',
      name: '园',
    });
    expect(parsed).toMatchObject({ aliases: [], certifications: [], cultivationTier: 'none' });
  });

  it('explain what is wrong in Chinese and English', () => {
    expect(messages(parkSchema.safeParse(aPark({ name: '  ' })))).toMatch(
      /园区名称不能为空.*park name/,
    );
    expect(
      messages(enterpriseSchema.safeParse(anEnterprise({ subcategoryCode: '31' as never }))),
    ).toMatch(/三位中类代码/);
    expect(
      messages(revenueReportSchema.safeParse(aReport({ enterpriseId: 'e', period: '2024-01' }))),
    ).toMatch(/1–N月累计/);
    expect(
      messages(
        tenancySchema.safeParse(
          aTenancy({
            enterpriseId: 'e',
            parkId: 'p',
            movedInOn: '2024-05-01',
            movedOutOn: '2024-04-30',
          }),
        ),
      ),
    ).toMatch(/迁出日期早于入驻日期/);
    expect(
      messages(cultivationPlanSchema.safeParse(aPlan({ parkId: 'p', targetYear: 2023 }))),
    ).toMatch(/目标年份应晚于基准年份/);
    expect(
      messages(
        tenancySchema.safeParse(
          aTenancy({ enterpriseId: 'e', parkId: 'p', movedInOn: '2023-02-30' }),
        ),
      ),
    ).toMatch(/YYYY-MM-DD/);
  });

  it('check codes against the reference data, not only their shape', () => {
    expect(
      enterpriseSchema.safeParse(anEnterprise({ subcategoryCode: '019' as never })).success,
    ).toBe(false);
    expect(enterpriseSchema.safeParse(anEnterprise({ subcategoryCode: '031' })).success).toBe(true);
    expect(
      messages(enterpriseSchema.safeParse(anEnterprise({ creditCode: '91110108717809965C' }))),
    ).toMatch(/统一社会信用代码无效/);
    expect(
      enterpriseSchema.safeParse(anEnterprise({ digitalCultureClassId: 17 as never })).success,
    ).toBe(false);
    expect(parkSchema.safeParse(aPark({ streetCode: '110105020' as never })).success).toBe(false);
    expect(parkSchema.safeParse(aPark({ streetCode: '110105400' })).success).toBe(true);
  });

  it('refuse money that is not integer yuan', () => {
    expect(
      revenueReportSchema.safeParse(
        aReport({ enterpriseId: 'e', period: '2024-10', revenueYuan: 1.5 }),
      ).success,
    ).toBe(false);
    expect(
      financingSchema.safeParse(aFinancing({ enterpriseId: 'e', amountYuan: 0 })).success,
    ).toBe(false);
  });
});

describe('park certification by year', () => {
  const park = aPark({
    certifications: [
      { year: 2018, tier: 'municipal' },
      { year: 2020, tier: 'municipal-demonstration' },
    ],
  });

  it('takes the latest certification awarded by that year', () => {
    expect(certificationInYear(park, 2017)).toBe('none');
    expect(certificationInYear(park, 2019)).toBe('municipal');
    expect(certificationInYear(park, 2024)).toBe('municipal-demonstration');
  });

  it('counts the three municipal tiers as 市级', () => {
    expect(isMunicipalTier('municipal-demonstration-nominated')).toBe(true);
    expect(isMunicipalTier('district')).toBe(false);
  });
});

describe('tenancy and status', () => {
  it('knows whether an enterprise was a tenant on a date', () => {
    const tenancy = { movedInOn: '2023-03-01', movedOutOn: '2024-06-30' } as const;
    expect(isTenantOn(tenancy, '2023-02-28')).toBe(false);
    expect(isTenantOn(tenancy, '2023-03-01')).toBe(true);
    expect(isTenantOn(tenancy, '2024-06-30')).toBe(false);
    expect(isTenantOn({}, '2024-06-30')).toBe(true);
  });

  it('reads the 规上 status the statistics office set for a year', () => {
    const enterprise = anEnterprise({ aboveScaleByYear: { '2024': true } });
    expect(isAboveScaleIn(enterprise, 2024)).toBe(true);
    expect(isAboveScaleIn(enterprise, 2023)).toBeUndefined();
  });
});
