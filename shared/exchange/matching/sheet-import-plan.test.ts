import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../enterprises/enterprise';
import {
  aPark,
  aReport,
  aTenancy,
  anEnterprise,
  validCreditCodes,
} from '../../test-support/builders';
import { locateSheet } from '../layout/locate-sheet';
import { gridOf, type GridValue } from '../test-support/sheet-grids';
import { normaliseRow } from '../values/normalise-row';
import { validateSheetRows } from '../validation/validate-sheet-rows';
import type { ImportPolicy } from './field-policy';
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

function existingOf(overrides: Partial<ExistingRecords> = {}): ExistingRecords {
  return { parks: [], enterprises: [], tenancies: [], reports: [], ...overrides };
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
    const result = plan(input, existingOf({ parks: [park] }));
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
    const existing = existingOf({
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
    const result = plan(input, existingOf({ enterprises: [stored()] }));
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
    const existing = existingOf({ enterprises: [stored({ contactName: undefined })] });
    const fill = plan(input, existing, { global: 'fill-empty' });
    expect(fill.writes[0]?.draft).toMatchObject({ subcategoryCode: '031', contactName: '王五' });
    const keep = plan(input, existing, { global: 'keep-mine' });
    expect(keep.rows[0]?.status).toBe('unchanged');
    expect(keep.writes).toEqual([]);
    const perField = plan(input, existing, {
      global: 'keep-mine',
      byField: { subcategoryCode: 'overwrite' },
    });
    expect(perField.writes[0]?.draft).toMatchObject({ subcategoryCode: '032' });
    const written = perField.writes[0]?.draft as { contactName?: string } | undefined;
    expect(written?.contactName).toBeUndefined();
  });

  it('matches by name only with confirmation, and writes once confirmed', () => {
    const input = prepared([
      header,
      ['甲文化传媒（北京）有限公司', validCreditCodes[2], '031', '张三', null],
    ]);
    const existing = existingOf({ enterprises: [stored()] });
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
    const existing = existingOf({
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
    const result = plan(input, existingOf());
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
    const existing = existingOf({
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
    const plans = planWorkbookImport([enterprises, reports], existingOf(), options());
    expect(plans.map((p) => p.counts.new)).toEqual([1, 1]);
    expect(plans[1]?.writes[0]?.draft).toMatchObject({
      enterpriseId: plans[0]?.writes[0]?.draft.id,
    });
  });
});
