import { describe, expect, it } from 'vitest';
import type { Period } from '../../periods/period';
import type { RevenueReport } from '../../reports/revenue-report';
import {
  aFinancing,
  aPark,
  aPlan,
  aReport,
  aTenancy,
  anEnterprise,
  anEvent,
  validCreditCodes,
} from '../../test-support/builders';
import { exchangeContent, type ExchangeRecords } from './exchange-records';

function registry(reports: readonly RevenueReport[] = []): ExchangeRecords {
  const parkA = aPark({
    name: '甲园区',
    streetCode: '110105004',
    certifications: [
      { year: 2019, tier: 'municipal' },
      { year: 2021, tier: 'municipal-demonstration' },
    ],
    themes: ['影视', '设计'],
    cultivationTier: 'key',
  });
  const parkB = aPark({ name: '乙园区' });
  const tenantA = anEnterprise({
    name: '北京甲文化有限公司',
    creditCode: validCreditCodes[0],
    aboveScaleByYear: { '2023': false, '2024': true },
    notes: '第一行\n第二行',
  });
  const tenantB = anEnterprise({ name: '北京乙文化有限公司', creditCode: validCreditCodes[1] });
  return {
    parks: [parkA, parkB],
    enterprises: [tenantA, tenantB],
    tenancies: [
      aTenancy({ enterpriseId: tenantA.id, parkId: parkA.id, room: '305' }),
      aTenancy({ enterpriseId: tenantB.id, parkId: parkB.id }),
    ],
    plans: [
      aPlan({
        parkId: parkA.id,
        version: 3,
        milestones: [
          {
            id: 'ms-1',
            title: '引入头部企业',
            dueOn: '2025-06-30',
            status: 'done',
            doneOn: '2025-05-20',
          },
          { id: 'ms-2', title: '营收过50亿', dueOn: '2026-12-31', status: 'planned' },
        ],
      }),
      aPlan({ parkId: parkB.id }),
    ],
    events: [anEvent({ parkId: parkB.id })],
    financings: [aFinancing({ enterpriseId: tenantA.id, amountYuan: 1_234_567 })],
    reportOf: (enterpriseId: string, period: Period) =>
      reports.find((report) => report.enterpriseId === enterpriseId && report.period === period),
  };
}

function sheetOf(content: ReturnType<typeof exchangeContent>, entity: string) {
  const sheet = content.find((candidate) => candidate.definition.entity === entity);
  if (sheet === undefined) throw new Error(`no ${entity} sheet`);
  return sheet;
}

const base = { exportedAt: '2024-11-05T06:30:00.000Z', period: '2024-10' as Period };

describe('exchangeContent', () => {
  it('shows a park’s latest certification, the earlier ones, street code and themes', () => {
    const content = exchangeContent(registry(), { ...base, scope: { kind: 'registry' } });
    const [park] = sheetOf(content, 'parks').rows;
    expect(park?.values).toMatchObject({
      parkName: '甲园区',
      street: '110105004',
      certificationTier: 'municipal-demonstration',
      certificationYear: 2021,
      earlierCertifications: ['2019:municipal'],
      themes: ['影视', '设计'],
      cultivationTier: 'key',
    });
  });

  it('gives each milestone of a plan its row, stamped with its id and the plan’s version', () => {
    const content = exchangeContent(registry(), { ...base, scope: { kind: 'registry' } });
    expect(
      sheetOf(content, 'milestones').rows.map(({ recordId, version, values }) => ({
        recordId,
        version,
        values,
      })),
    ).toEqual([
      {
        recordId: 'ms-1',
        version: 3,
        values: {
          parkName: '甲园区',
          milestoneTitle: '引入头部企业',
          milestoneDueOn: '2025-06-30',
          milestoneStatus: 'done',
          milestoneDoneOn: '2025-05-20',
        },
      },
      {
        recordId: 'ms-2',
        version: 3,
        values: {
          parkName: '甲园区',
          milestoneTitle: '营收过50亿',
          milestoneDueOn: '2026-12-31',
          milestoneStatus: 'planned',
          milestoneDoneOn: null,
        },
      },
    ]);
  });

  it('writes a version-1 layout without the sheets and columns added since', () => {
    const content = exchangeContent(registry(), {
      ...base,
      scope: { kind: 'registry' },
      formatVersion: 1,
    });
    expect(content.map((sheet) => sheet.definition.entity)).not.toContain('milestones');
    expect(sheetOf(content, 'parks').rows[0]?.values).not.toHaveProperty('earlierCertifications');
  });

  it('shows 规上 for the period’s year, in that year’s header', () => {
    const content = exchangeContent(registry(), { ...base, scope: { kind: 'registry' } });
    const enterprises = sheetOf(content, 'enterprises');
    expect(enterprises.rows[0]?.values.aboveScale).toBe(true);
    expect(enterprises.definition.columns.map((column) => column.header)).toContain(
      '是否规上（2024年）',
    );
    const earlier = exchangeContent(registry(), {
      ...base,
      period: '2023-12',
      scope: { kind: 'registry' },
    });
    expect(sheetOf(earlier, 'enterprises').rows[0]?.values.aboveScale).toBe(false);
  });

  it('holds text as the import will read it back (a note with its line break)', () => {
    const content = exchangeContent(registry(), { ...base, scope: { kind: 'registry' } });
    expect(sheetOf(content, 'enterprises').rows[0]?.values.notes).toBe('第一行\n第二行');
  });

  it('lists the period’s reports with their ids, versions and figures', () => {
    const records = registry();
    const [first] = records.enterprises;
    if (first === undefined) throw new Error('no enterprise');
    const report = aReport({ enterpriseId: first.id, period: '2024-10', revenueYuan: 98_765_432 });
    const withReport = { ...records, reportOf: registry([report]).reportOf };
    const content = exchangeContent(withReport, { ...base, scope: { kind: 'registry' } });
    const revenue = sheetOf(content, 'revenue');
    expect(revenue.rows).toHaveLength(1);
    expect(revenue.rows[0]).toMatchObject({
      recordId: report.id,
      version: report.version,
      values: { period: '2024-10', revenueYuan: 98_765_432, creditCode: first.creditCode },
    });
  });

  it('gives a revenue form a row per enterprise, blank and without id where none is reported', () => {
    const content = exchangeContent(registry(), {
      ...base,
      scope: { kind: 'registry' },
      revenueForm: true,
    });
    const rows = sheetOf(content, 'revenue').rows;
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.recordId === null && row.values.revenueYuan === null)).toBe(
      true,
    );
  });

  it('holds only the sheets asked for, in workbook order', () => {
    const content = exchangeContent(registry(), {
      ...base,
      scope: { kind: 'registry' },
      entities: ['revenue', 'parks'],
    });
    expect(content.map((sheet) => sheet.definition.name)).toEqual(['园区', '营收']);
  });

  it('limits a park’s export to its tenants and theirs', () => {
    const records = registry();
    const [parkA] = records.parks;
    if (parkA === undefined) throw new Error('no park');
    const content = exchangeContent(records, {
      ...base,
      scope: { kind: 'parks', parkIds: [parkA.id] },
    });
    const counts = Object.fromEntries(
      content.map((sheet) => [sheet.definition.entity, sheet.rows.length]),
    );
    expect(counts).toEqual({
      parks: 1,
      enterprises: 1,
      tenancies: 1,
      revenue: 0,
      cultivation: 1,
      milestones: 2,
      events: 0,
      financing: 1,
    });
    expect(sheetOf(content, 'tenancies').rows[0]?.values).toMatchObject({
      enterpriseName: '北京甲文化有限公司',
      parkName: '甲园区',
      room: '305',
    });
  });

  it('leaves deleted records out', () => {
    const records = registry();
    const deleted = {
      ...records,
      parks: records.parks.map((park) => ({ ...park, deletedAt: '2024-11-01T00:00:00.000Z' })),
    };
    const content = exchangeContent(deleted, { ...base, scope: { kind: 'registry' } });
    expect(sheetOf(content, 'parks').rows).toHaveLength(0);
  });
});
