import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../enterprises/enterprise';
import {
  aFinancing,
  aPark,
  aPlan,
  aReport,
  aTenancy,
  anEnterprise,
  existingRecords,
  anEvent,
  validCreditCodes,
} from '../../test-support/builders';
import { locateSheet } from '../layout/locate-sheet';
import { gridOf, type GridValue } from '../test-support/sheet-grids';
import { normaliseRow } from '../values/normalise-row';
import { validateSheetRows } from '../validation/validate-sheet-rows';
import { fieldPolicyKey, type ImportPolicy } from './field-policy';
import {
  planSheetImport,
  planWorkbookImport,
  plansNoWrites,
  type ExistingRecords,
  type SheetToPlan,
} from './sheet-import-plan';

function prepared(rows: readonly (readonly GridValue[])[], name = 'Sheet1'): SheetToPlan {
  const sheet = locateSheet(gridOf(rows, [], { name }), 0);
  const normalised = sheet.dataRows.map((row) => normaliseRow(sheet, row));
  return { sheet, rows: normalised, validation: validateSheetRows(sheet, normalised) };
}

let idCounter = 0;
function options(policy: ImportPolicy = { global: 'overwrite' }, confirmed: number[] = []) {
  return {
    policy,
    confirmedRows: new Set(confirmed),
    today: '2024-11-01' as const,
    newId: () => `new-${String((idCounter += 1))}`,
  };
}

function plan(
  input: SheetToPlan,
  existing: ExistingRecords,
  policy?: ImportPolicy,
  confirmed?: number[],
) {
  return planSheetImport(
    input.sheet,
    input.rows,
    input.validation,
    existing,
    options(policy, confirmed),
  );
}

const header = ['企业名称', '统一社会信用代码', '所属行业', '联系人', '入驻园区'];
const park = aPark({ id: 'park-a', name: '测试文化创意园' });
const otherPark = aPark({ id: 'park-b', name: '郎园Vintage' });

function stored(overrides: Partial<Enterprise> = {}): Enterprise {
  return anEnterprise({
    id: 'ent-a',
    name: '北京甲文化传媒有限公司',
    creditCode: validCreditCodes[0],
    subcategoryCode: '031',
    contactName: '张三',
    ...overrides,
  });
}

describe('planSheetImport for enterprises', () => {
  it('creates new enterprises with their tenancy and says where each came from', () => {
    const input = prepared(
      [header, ['北京乙设计有限公司', validCreditCodes[1], '032', '李四', '测试文化创意园']],
      '企业',
    );
    const result = plan(input, existingRecords({ parks: [park] }));
    expect(result.counts.new).toBe(1);
    expect(result.writes.map((write) => write.table)).toEqual(['enterprises', 'tenancies']);
    const [enterprise, tenancy] = result.writes;
    expect(enterprise?.draft).toMatchObject({ name: '北京乙设计有限公司', subcategoryCode: '032' });
    expect(tenancy?.draft).toMatchObject({
      enterpriseId: enterprise?.draft.id,
      parkId: 'park-a',
      movedInOn: '2024-11-01',
    });
    expect(enterprise?.origin).toEqual({ sheet: '企业', row: 2 });
  });

  it('plans no writes for a file that says what the registry holds', () => {
    const existing = existingRecords({
      parks: [park],
      enterprises: [stored()],
      tenancies: [aTenancy({ enterpriseId: 'ent-a', parkId: 'park-a', movedInOn: '2020-01-01' })],
    });
    const input = prepared([
      header,
      ['北京甲文化传媒有限公司', validCreditCodes[0], '031', '张三', '测试文化创意园'],
    ]);
    const result = plan(input, existing);
    expect(result.counts.unchanged).toBe(1);
    expect(plansNoWrites([result])).toBe(true);
  });

  it('lists changed cells old → new and writes them under overwrite', () => {
    const input = prepared([
      header,
      ['北京甲文化传媒有限公司', validCreditCodes[0], '032', '王五', null],
    ]);
    const result = plan(input, existingRecords({ enterprises: [stored()] }));
    expect(result.rows[0]?.status).toBe('changed');
    expect(result.rows[0]?.changes).toEqual([
      expect.objectContaining({
        field: 'subcategoryCode',
        before: '031',
        after: '032',
        applied: true,
      }),
      expect.objectContaining({
        field: 'contactName',
        before: '张三',
        after: '王五',
        applied: true,
      }),
    ]);
    expect(result.writes[0]?.draft).toMatchObject({
      id: 'ent-a',
      subcategoryCode: '032',
      contactName: '王五',
    });
    expect(result.writes[0]?.draft).not.toHaveProperty('version');
  });

  it('fills only empty fields, or keeps mine, by policy per field or globally', () => {
    const input = prepared([
      header,
      ['北京甲文化传媒有限公司', validCreditCodes[0], '032', '王五', null],
    ]);
    const existing = existingRecords({ enterprises: [stored({ contactName: undefined })] });
    const fill = plan(input, existing, { global: 'fill-empty' });
    expect(fill.writes[0]?.draft).toMatchObject({ subcategoryCode: '031', contactName: '王五' });
    const keep = plan(input, existing, { global: 'keep-mine' });
    expect(keep.rows[0]?.status).toBe('unchanged');
    expect(keep.writes).toEqual([]);
    const perField = plan(input, existing, {
      global: 'keep-mine',
      byField: { [fieldPolicyKey('enterprises', 'subcategoryCode')]: 'overwrite' },
    });
    expect(perField.writes[0]?.draft).toMatchObject({ subcategoryCode: '032' });
    const written = perField.writes[0]?.draft as { contactName?: string } | undefined;
    expect(written?.contactName).toBeUndefined();
    // Another kind of record's policy for a field of the same name does not apply here.
    const otherKind = plan(input, existing, {
      global: 'keep-mine',
      byField: { [fieldPolicyKey('milestones', 'subcategoryCode')]: 'overwrite' },
    });
    expect(otherKind.writes).toEqual([]);
  });

  it('matches by name only with confirmation, and writes once confirmed', () => {
    const input = prepared([
      header,
      ['甲文化传媒（北京）有限公司', validCreditCodes[2], '031', '张三', null],
    ]);
    const existing = existingRecords({ enterprises: [stored()] });
    const waiting = plan(input, existing);
    expect(waiting.rows[0]).toMatchObject({
      status: 'unmatched',
      match: { recordId: 'ent-a', basis: 'name', needsConfirmation: true },
    });
    expect(waiting.writes).toEqual([]);
    const confirmed = plan(input, existing, undefined, [2]);
    expect(confirmed.rows[0]?.status).toBe('changed');
    expect(confirmed.writes[0]?.draft).toMatchObject({
      id: 'ent-a',
      creditCode: validCreditCodes[2],
    });
  });

  it('shows a row naming another park as a move that closes the old tenancy', () => {
    const existing = existingRecords({
      parks: [park, otherPark],
      enterprises: [stored()],
      tenancies: [
        aTenancy({
          id: 'ten-old',
          enterpriseId: 'ent-a',
          parkId: 'park-a',
          movedInOn: '2020-01-01',
        }),
      ],
    });
    const input = prepared([
      header,
      ['北京甲文化传媒有限公司', validCreditCodes[0], '031', '张三', '郎园Vintage'],
    ]);
    const result = plan(input, existing);
    expect(result.rows[0]).toMatchObject({
      status: 'move',
      move: { from: ['测试文化创意园'], to: '郎园Vintage' },
    });
    expect(result.writes.map((write) => write.table)).toEqual(['tenancies', 'tenancies']);
    expect(result.writes[0]?.draft).toMatchObject({ id: 'ten-old', movedOutOn: '2024-11-01' });
    expect(result.writes[1]?.draft).toMatchObject({ parkId: 'park-b', movedInOn: '2024-11-01' });
  });

  it('writes nothing for a row with errors', () => {
    const input = prepared([
      header,
      ['北京甲文化传媒有限公司', '91110108551385082A', '031', '张三', null],
    ]);
    const result = plan(input, existingRecords());
    expect(result.rows[0]?.status).toBe('blocked');
    expect(result.writes).toEqual([]);
  });
});

describe('planSheetImport for revenue reports', () => {
  const revenueHeader = [
    '统一社会信用代码',
    '企业名称',
    '统计期',
    '营业收入（万元）',
    '纳税总额（万元）',
  ];

  it('adds new reports, changes stored ones and leaves unknown enterprises unmatched', () => {
    const existing = existingRecords({
      enterprises: [stored()],
      reports: [
        aReport({ id: 'rep-a', enterpriseId: 'ent-a', period: '2024-10', revenueYuan: 1_000_000 }),
      ],
    });
    const input = prepared([
      revenueHeader,
      [validCreditCodes[0], '北京甲文化传媒有限公司', '2024年1-10月', 120, 10],
      [validCreditCodes[0], '北京甲文化传媒有限公司', '2024年1-9月', 90, 8],
      [validCreditCodes[3], '北京丁有限公司', '2024年1-10月', 5, 1],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual(['changed', 'new', 'unmatched']);
    expect(result.rows[0]?.changes).toContainEqual(
      expect.objectContaining({ field: 'revenueYuan', before: 1_000_000, after: 1_200_000 }),
    );
    expect(result.writes.map((write) => write.draft)).toEqual([
      expect.objectContaining({
        id: 'rep-a',
        enterpriseId: 'ent-a',
        period: '2024-10',
        taxYuan: 100_000,
      }),
      expect.objectContaining({ enterpriseId: 'ent-a', period: '2024-09', revenueYuan: 900_000 }),
    ]);
  });
});

describe('planSheetImport for park events', () => {
  const eventHeader = ['园区名称', '活动名称', '活动类型', '活动日期', '参与人次'];
  const existing = existingRecords({
    parks: [park],
    events: [
      anEvent({
        id: 'evt-a',
        parkId: 'park-a',
        title: '创意市集',
        date: '2024-05-01',
        visitors: 100,
      }),
      anEvent({
        id: 'evt-b',
        parkId: 'park-a',
        title: '艺术展',
        type: 'exhibition',
        date: '2024-06-01',
      }),
    ],
  });
  const input = prepared([
    eventHeader,
    ['测试文化创意园', '创意市集', '市集', '2024-05-01', 300],
    ['测试文化创意园', '艺术展', '展览', '2024-06-01', null],
    ['测试文化创意园', '新春沙龙', '沙龙', '2024-02-01', 50],
    ['不存在的园区', '读书会', '阅读', '2024-03-01', 10],
  ]);

  it('matches an event by park, date and title: changed, unchanged, new, or its park unknown', () => {
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual([
      'changed',
      'unchanged',
      'new',
      'unmatched',
    ]);
    expect(result.rows[0]?.changes).toEqual([
      expect.objectContaining({ field: 'visitors', before: 100, after: 300, applied: true }),
    ]);
    expect(result.rows[3]?.note?.zh).toContain('园区“不存在的园区”不在登记册中');
    expect(result.writes.map((write) => [write.table, write.draft])).toEqual([
      ['parkEvents', expect.objectContaining({ id: 'evt-a', visitors: 300 })],
      [
        'parkEvents',
        expect.objectContaining({ parkId: 'park-a', title: '新春沙龙', type: 'salon' }),
      ],
    ]);
  });

  it('keeps a stored value under 保留现有 and only adds', () => {
    const result = plan(input, existing, { global: 'keep-mine' });
    expect(result.rows.map((row) => row.status)).toEqual([
      'unchanged',
      'unchanged',
      'new',
      'unmatched',
    ]);
    expect(result.rows[0]?.changes).toEqual([
      expect.objectContaining({ field: 'visitors', after: 300, applied: false }),
    ]);
    expect(result.writes.map((write) => write.draft.id)).not.toContain('evt-a');
  });
});

describe('planSheetImport for financing', () => {
  const financingHeader = [
    '统一社会信用代码',
    '企业名称',
    '资金方',
    '融资金额（万元）',
    '融资日期',
    '融资类型',
  ];

  it('matches a financing by enterprise, date and amount and resolves the enterprise by code', () => {
    const existing = existingRecords({
      enterprises: [stored()],
      financings: [aFinancing({ id: 'fin-a', enterpriseId: 'ent-a', amountYuan: 5_000_000 })],
    });
    const input = prepared([
      financingHeader,
      [validCreditCodes[0], '北京甲文化传媒有限公司', '北京银行', 500, '2024-06-30', '担保'],
      [validCreditCodes[0], '北京甲文化传媒有限公司', '中关村担保', 300, '2024-08-01', '贷款'],
      [validCreditCodes[3], '北京丁有限公司', '北京银行', 100, '2024-01-02', '贷款'],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual(['changed', 'new', 'unmatched']);
    expect(result.rows[0]?.changes).toEqual([
      expect.objectContaining({ field: 'kind', before: 'loan', after: 'guarantee' }),
    ]);
    expect(result.rows[2]?.note?.en).toContain('The registry has no such enterprise');
    expect(result.writes.map((write) => [write.table, write.draft])).toEqual([
      ['financings', expect.objectContaining({ id: 'fin-a', kind: 'guarantee' })],
      [
        'financings',
        expect.objectContaining({
          enterpriseId: 'ent-a',
          lender: '中关村担保',
          amountYuan: 3_000_000,
        }),
      ],
    ]);
  });
  it('plans no write for a financing the registry holds as the row says', () => {
    const existing = existingRecords({
      enterprises: [stored()],
      financings: [aFinancing({ id: 'fin-a', enterpriseId: 'ent-a', amountYuan: 5_000_000 })],
    });
    const input = prepared([
      financingHeader,
      [validCreditCodes[0], '北京甲文化传媒有限公司', '北京银行', 500, '2024-06-30', '贷款'],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual(['unchanged']);
    expect(plansNoWrites([result])).toBe(true);
  });
});

describe('planSheetImport for tenancies', () => {
  const tenancyHeader = [
    '统一社会信用代码',
    '企业名称',
    '园区名称',
    '楼栋',
    '房间号',
    '入驻日期',
    '迁出日期',
  ];
  const second = anEnterprise({
    id: 'ent-b',
    name: '北京乙设计有限公司',
    creditCode: validCreditCodes[1],
  });
  const existing = existingRecords({
    parks: [park, otherPark],
    enterprises: [stored(), second],
    tenancies: [
      aTenancy({
        id: 'ten-a',
        enterpriseId: 'ent-a',
        parkId: 'park-a',
        movedInOn: '2020-01-01',
        building: 'A座',
      }),
      aTenancy({ id: 'ten-b', enterpriseId: 'ent-b', parkId: 'park-a', movedInOn: '2021-03-01' }),
    ],
  });

  it('changes a stay with the same move-in date, moves an enterprise, records a past stay', () => {
    const input = prepared([
      tenancyHeader,
      [
        validCreditCodes[0],
        '北京甲文化传媒有限公司',
        '测试文化创意园',
        'B座',
        '101',
        '2020-01-01',
        null,
      ],
      [validCreditCodes[1], '北京乙设计有限公司', '郎园Vintage', null, null, '2024-09-01', null],
      [
        validCreditCodes[0],
        '北京甲文化传媒有限公司',
        '郎园Vintage',
        null,
        null,
        '2018-01-01',
        '2019-12-31',
      ],
      [validCreditCodes[1], '北京乙设计有限公司', '不存在的园区', null, null, '2024-10-01', null],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual(['changed', 'move', 'new', 'unmatched']);
    expect(
      result.rows[0]?.changes.map((change) => [change.field, change.before, change.after]),
    ).toEqual([
      ['building', 'A座', 'B座'],
      ['room', undefined, '101'],
    ]);
    expect(result.rows[1]?.move).toEqual({ from: ['测试文化创意园'], to: '郎园Vintage' });
    expect(result.writes.map((write) => [write.table, write.draft])).toEqual([
      ['tenancies', expect.objectContaining({ id: 'ten-a', building: 'B座', room: '101' })],
      ['tenancies', expect.objectContaining({ id: 'ten-b', movedOutOn: '2024-09-01' })],
      [
        'tenancies',
        expect.objectContaining({
          enterpriseId: 'ent-b',
          parkId: 'park-b',
          movedInOn: '2024-09-01',
        }),
      ],
      [
        'tenancies',
        expect.objectContaining({
          enterpriseId: 'ent-a',
          parkId: 'park-b',
          movedOutOn: '2019-12-31',
        }),
      ],
    ]);
  });

  it('plans no write for stays the registry holds, with or without their move-in date', () => {
    const input = prepared([
      tenancyHeader,
      [
        validCreditCodes[0],
        '北京甲文化传媒有限公司',
        '测试文化创意园',
        'A座',
        null,
        '2020-01-01',
        null,
      ],
      [validCreditCodes[1], '北京乙设计有限公司', '测试文化创意园', null, null, null, null],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual(['unchanged', 'unchanged']);
    expect(plansNoWrites([result])).toBe(true);
  });

  it('says why a move cannot be dated before the stay it would end', () => {
    const input = prepared([
      tenancyHeader,
      [validCreditCodes[1], '北京乙设计有限公司', '郎园Vintage', null, null, '2019-01-01', null],
    ]);
    const result = plan(input, existing);
    expect(result.rows[0]?.status).toBe('unmatched');
    expect(result.rows[0]?.note?.zh).toContain('2021-03-01');
    expect(result.writes).toEqual([]);
  });
});

describe('planSheetImport for cultivation plans', () => {
  const planHeader = ['园区名称', '目标营收（亿元）', '目标年份', '基准年份', '基准营收（亿元）'];

  it('updates a park’s plan keeping its milestones, adds one for another park', () => {
    const milestones = [
      { id: 'm1', title: '引入龙头企业', dueOn: '2025-12-31' as const, status: 'planned' as const },
    ];
    const existing = existingRecords({
      parks: [park, otherPark],
      plans: [aPlan({ id: 'plan-a', parkId: 'park-a', baselineYuan: 5_000_000_000, milestones })],
    });
    const input = prepared([
      planHeader,
      ['测试文化创意园', 100, 2027, 2023, 60],
      ['郎园Vintage', 100, 2028, 2024, 30],
      ['不存在的园区', 100, 2028, 2024, 30],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual(['changed', 'new', 'unmatched']);
    expect(result.rows[0]?.changes).toEqual([
      expect.objectContaining({
        field: 'baselineYuan',
        before: 5_000_000_000,
        after: 6_000_000_000,
      }),
    ]);
    expect(result.writes.map((write) => [write.table, write.draft])).toEqual([
      [
        'cultivationPlans',
        expect.objectContaining({ id: 'plan-a', baselineYuan: 6_000_000_000, milestones }),
      ],
      [
        'cultivationPlans',
        expect.objectContaining({ parkId: 'park-b', baselineYear: 2024, milestones: [] }),
      ],
    ]);
    const again = plan(prepared([planHeader, ['测试文化创意园', 100, 2027, 2023, 50]]), existing);
    expect(again.rows.map((row) => row.status)).toEqual(['unchanged']);
    expect(plansNoWrites([again])).toBe(true);
  });
});

describe('planSheetImport for cultivation milestones', () => {
  const milestoneHeader = ['园区名称', '里程碑', '计划完成日期', '进展状态', '完成日期'];
  const milestones = [
    { id: 'm1', title: '引入龙头企业', dueOn: '2025-06-30' as const, status: 'planned' as const },
    { id: 'm2', title: '完成二期改造', dueOn: '2025-12-31' as const, status: 'planned' as const },
  ];
  const existing = existingRecords({
    parks: [park, otherPark],
    plans: [aPlan({ id: 'plan-a', parkId: 'park-a', version: 3, milestones })],
  });

  it('matches by park and title: changed and new milestones of one plan are one write of it', () => {
    const input = prepared([
      milestoneHeader,
      ['测试文化创意园', '引入龙头企业', '2025-06-30', '已完成', '2025-05-20'],
      ['测试文化创意园', '完成二期改造', '2025-12-31', '未开始', null],
      ['测试文化创意园', '举办行业峰会', '2026-03-31', null, null],
      ['郎园Vintage', '引入龙头企业', '2025-06-30', null, null],
    ]);
    const result = plan(input, existing);
    expect(result.rows.map((row) => row.status)).toEqual([
      'changed',
      'unchanged',
      'new',
      'unmatched',
    ]);
    expect(
      result.rows[0]?.changes.map((change) => [change.field, change.before, change.after]),
    ).toEqual([
      ['status', 'planned', 'done'],
      ['doneOn', undefined, '2025-05-20'],
    ]);
    expect(result.rows[3]?.note?.zh).toContain('园区“郎园Vintage”还没有百亿培育计划');
    expect(result.writes).toEqual([
      expect.objectContaining({ table: 'cultivationPlans', origin: { sheet: 'Sheet1', row: 2 } }),
    ]);
    expect(result.writes[0]?.draft).toMatchObject({
      id: 'plan-a',
      milestones: [
        { ...milestones[0], status: 'done', doneOn: '2025-05-20' },
        milestones[1],
        { id: expect.any(String) as unknown, title: '举办行业峰会', status: 'planned' },
      ],
    });
    expect(result.writes[0]?.draft).not.toHaveProperty('version');
  });

  it('keeps the stored value where the policy says so, and plans nothing for the plan as held', () => {
    const input = prepared([
      milestoneHeader,
      ['测试文化创意园', '引入龙头企业', '2025-09-30', '未开始', null],
    ]);
    const kept = plan(input, existing, { global: 'keep-mine' });
    expect(kept.rows[0]).toMatchObject({ status: 'unchanged' });
    expect(kept.rows[0]?.changes).toEqual([
      expect.objectContaining({ field: 'dueOn', before: '2025-06-30', applied: false }),
    ]);
    expect(plansNoWrites([kept])).toBe(true);
    const same = prepared([
      milestoneHeader,
      ['测试文化创意园', '引入龙头企业', '2025-06-30', '未开始', null],
    ]);
    expect(plansNoWrites([plan(same, existing)])).toBe(true);
  });

  it('finds a tied row’s milestone by id, so a changed title renames it, at the plan’s version; it cannot move to another park', () => {
    const input = prepared([
      milestoneHeader,
      ['测试文化创意园', '引入两家龙头企业', '2025-06-30', '进行中', null],
      ['测试文化创意园', '已删除的里程碑', '2025-06-30', '进行中', null],
      ['郎园Vintage', '完成二期改造', '2025-12-31', '进行中', null],
    ]);
    const result = planSheetImport(input.sheet, input.rows, input.validation, existing, {
      ...options(),
      tied: new Map([
        [2, { recordId: 'm1', expectedVersion: 3, cleared: [] }],
        [3, { recordId: 'gone', expectedVersion: 3, cleared: [] }],
        [4, { recordId: 'm2', expectedVersion: 3, cleared: [] }],
      ]),
    });
    expect(result.rows.map((row) => row.status)).toEqual(['changed', 'unmatched', 'unmatched']);
    expect(result.rows[1]?.note?.zh).toContain('已在本机删除');
    expect(result.rows[2]?.note?.zh).toContain('不能改到另一个园区');
    expect(result.writes).toEqual([
      expect.objectContaining({ table: 'cultivationPlans', expectedVersion: 3 }),
    ]);
    expect(result.writes[0]?.draft).toMatchObject({
      milestones: [{ id: 'm1', title: '引入两家龙头企业', status: 'in-progress' }, milestones[1]],
    });
  });
});

describe('planSheetImport for rows tied to their record', () => {
  const eventHeader = ['园区名称', '活动名称', '活动类型', '活动日期', '参与人次'];
  const existing = existingRecords({
    parks: [park],
    events: [
      anEvent({
        id: 'evt-a',
        parkId: 'park-a',
        title: '创意市集',
        date: '2024-05-01',
        visitors: 100,
      }),
    ],
  });

  it('finds the record by id, so a changed title is an update, and empties cleared fields', () => {
    const input = prepared([
      eventHeader,
      ['测试文化创意园', '秋季创意市集', '市集', '2024-05-01', null],
    ]);
    const result = planSheetImport(input.sheet, input.rows, input.validation, existing, {
      ...options(),
      tied: new Map([[2, { recordId: 'evt-a', expectedVersion: 4, cleared: ['visitors'] }]]),
    });
    expect(result.rows[0]?.status).toBe('changed');
    expect(result.writes).toEqual([
      expect.objectContaining({ table: 'parkEvents', expectedVersion: 4 }),
    ]);
    expect(result.writes[0]?.draft).toMatchObject({ id: 'evt-a', title: '秋季创意市集' });
    expect(result.writes[0]?.draft).not.toHaveProperty('visitors');
  });

  it('does not write a row whose record was deleted here since', () => {
    const input = prepared([
      eventHeader,
      ['测试文化创意园', '创意市集', '市集', '2024-05-01', 100],
    ]);
    const result = planSheetImport(input.sheet, input.rows, input.validation, existing, {
      ...options(),
      tied: new Map([[2, { recordId: 'gone', expectedVersion: 1, cleared: [] }]]),
    });
    expect(result.rows[0]).toMatchObject({ status: 'unmatched' });
    expect(result.rows[0]?.note?.zh).toContain('已在本机删除');
    expect(result.writes).toEqual([]);
  });
});

describe('planWorkbookImport', () => {
  it('lets a revenue sheet find the enterprises an earlier sheet of the file adds', () => {
    const enterprises = prepared(
      [header, ['北京乙设计有限公司', validCreditCodes[1], '032', '李四', null]],
      '企业',
    );
    const reports = prepared(
      [
        ['统一社会信用代码', '企业名称', '统计期', '营业收入（万元）'],
        [validCreditCodes[1], '北京乙设计有限公司', '2024年1-10月', 12],
      ],
      '营收',
    );
    const plans = planWorkbookImport([enterprises, reports], existingRecords(), options());
    expect(plans.map((p) => p.counts.new)).toEqual([1, 1]);
    expect(plans[1]?.writes[0]?.draft).toMatchObject({
      enterpriseId: plans[0]?.writes[0]?.draft.id,
    });
  });
});
