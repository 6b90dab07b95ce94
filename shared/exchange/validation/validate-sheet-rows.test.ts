import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import { locateSheet, type LocatedSheet } from '../layout/locate-sheet';
import { gridOf, type GridValue } from '../test-support/sheet-grids';
import { normaliseRow } from '../values/normalise-row';
import { enterpriseSchema } from '../../enterprises/enterprise';
import { schemaIssueText } from './schema-issues';
import { validateSheetRows, type SheetValidation } from './validate-sheet-rows';

const enterpriseHeader = ['序号', '企业名称', '统一社会信用代码', '成立日期', '所属行业'];

function enterpriseRow(
  serial: number,
  name: string,
  code: GridValue,
  extra: readonly GridValue[] = ['2019-05-01', '031'],
): GridValue[] {
  return [serial, name, code, ...extra];
}

function sheetOf(rows: readonly (readonly GridValue[])[]): LocatedSheet {
  return locateSheet(gridOf(rows), 0);
}

function validate(sheet: LocatedSheet): SheetValidation {
  return validateSheetRows(
    sheet,
    sheet.dataRows.map((row) => normaliseRow(sheet, row)),
  );
}

function issuesAt(result: SheetValidation, rowNumber: number) {
  return result.rows.find((row) => row.rowNumber === rowNumber)?.issues ?? [];
}

describe('validateSheetRows', () => {
  it('lets valid enterprise rows through without issues', () => {
    const result = validate(
      sheetOf([
        enterpriseHeader,
        enterpriseRow(1, '北京甲文化传媒有限公司', validCreditCodes[0]),
        enterpriseRow(2, '北京乙设计有限公司', validCreditCodes[1]),
      ]),
    );
    expect(result.entity).toBe('enterprises');
    expect(result.sheetIssues).toEqual([]);
    expect(result.counts).toEqual({ rows: 2, valid: 2, invalid: 0, withWarnings: 0 });
  });

  it('knows a list of milestones and wants each one’s title and due date', () => {
    const result = validate(
      sheetOf([
        ['园区名称', '里程碑', '计划完成日期', '进展状态', '完成日期'],
        ['甲园区', '引入头部企业', '2025-06-30', '已完成', '2025-05-20'],
        ['甲园区', '营收过50亿', null, '未开始', null],
      ]),
    );
    expect(result.entity).toBe('milestones');
    expect(result.counts).toMatchObject({ rows: 2, valid: 1, invalid: 1 });
    expect(issuesAt(result, 3).map((issue) => issue.field)).toEqual(['milestoneDueOn']);
  });

  it('names row, column, header, the wrong character and the fix for a bad credit code', () => {
    const wrongCheck = `${validCreditCodes[0].slice(0, 17)}A`;
    const result = validate(
      sheetOf([enterpriseHeader, enterpriseRow(1, '北京甲文化传媒有限公司', wrongCheck)]),
    );
    const [issue] = issuesAt(result, 2);
    expect(issue).toMatchObject({
      rowNumber: 2,
      columnLetter: 'C',
      header: '统一社会信用代码',
      field: 'creditCode',
      severity: 'error',
      code: 'invalid-credit-code',
    });
    expect(issue?.message.zh).toMatch(/^第 2 行 C 列（统一社会信用代码）：/);
    expect(issue?.message.zh).toContain('第18位');
    expect(issue?.message.zh).toContain('营业执照');
    expect(issue?.message.en).toMatch(/^Row 2, column C/);
    expect(result.rows[0]?.blocked).toBe(true);
  });

  it('warns about a legacy 15-digit registration number but lets the row through', () => {
    const result = validate(
      sheetOf([enterpriseHeader, enterpriseRow(1, '北京甲文化传媒有限公司', '110105012345678')]),
    );
    expect(issuesAt(result, 2)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'legacy-credit-code' }),
    ]);
    expect(result.counts).toMatchObject({ valid: 1, withWarnings: 1 });
  });

  it('marks a blank required cell at its column', () => {
    const result = validate(sheetOf([enterpriseHeader, enterpriseRow(1, '', validCreditCodes[0])]));
    expect(issuesAt(result, 2)).toEqual([
      expect.objectContaining({ columnLetter: 'B', code: 'required', severity: 'error' }),
    ]);
  });

  it('passes the normaliser’s problems on as errors at their cell', () => {
    const result = validate(
      sheetOf([
        enterpriseHeader,
        enterpriseRow(1, '北京甲文化传媒有限公司', validCreditCodes[0], ['2019-13-45', '031']),
      ]),
    );
    const [issue] = issuesAt(result, 2);
    expect(issue).toMatchObject({ columnLetter: 'D', field: 'foundedOn', severity: 'error' });
  });

  it('checks each value by the model schema (a name longer than the registry keeps)', () => {
    const result = validate(
      sheetOf([enterpriseHeader, enterpriseRow(1, '长'.repeat(201), validCreditCodes[0])]),
    );
    expect(issuesAt(result, 2)).toEqual([
      expect.objectContaining({ columnLetter: 'B', code: 'invalid-value' }),
    ]);
    expect(issuesAt(result, 2)[0]?.message.zh).toContain('200');
  });

  it('finds what parsing each whole record finds, for every row that repeats a value', () => {
    const longName = '长'.repeat(201);
    const result = validate(
      sheetOf([
        enterpriseHeader,
        enterpriseRow(1, longName, validCreditCodes[0], ['2019-05-01', '031']),
        enterpriseRow(2, longName, validCreditCodes[1], ['2019-05-01', '031']),
        enterpriseRow(3, '北京丙设计有限公司', validCreditCodes[2], ['2019-05-01', '031']),
      ]),
    );
    const wholeRecord = enterpriseSchema.safeParse({
      id: 'import-row',
      version: 1,
      updatedAt: '2000-01-01T00:00:00.000Z',
      creditCode: validCreditCodes[0],
      name: longName,
    });
    const [first] = wholeRecord.error?.issues ?? [];
    const expected = first === undefined ? undefined : schemaIssueText(first);
    expect(issuesAt(result, 2).map((issue) => issue.message.zh)).toEqual([
      `第 2 行 B 列（企业名称）：${expected?.zh ?? ''}`,
    ]);
    expect(issuesAt(result, 3).map((issue) => issue.message.zh)).toEqual([
      `第 3 行 B 列（企业名称）：${expected?.zh ?? ''}`,
    ]);
    expect(issuesAt(result, 4)).toEqual([]);
  });

  it('flags the second row of the same enterprise in one file, by code or by name', () => {
    const result = validate(
      sheetOf([
        enterpriseHeader,
        enterpriseRow(1, '北京甲文化传媒有限公司', validCreditCodes[0]),
        enterpriseRow(2, '甲文化传媒（北京）有限公司', validCreditCodes[0]),
        enterpriseRow(3, '北京乙设计有限公司', validCreditCodes[1]),
      ]),
    );
    expect(issuesAt(result, 2)).toEqual([]);
    expect(issuesAt(result, 3)).toEqual([
      expect.objectContaining({ code: 'duplicate-in-file', columnLetter: 'C' }),
    ]);
    expect(issuesAt(result, 3)[0]?.message.zh).toContain('第 2 行');
    expect(issuesAt(result, 4)).toEqual([]);
  });

  it('says which required column a sheet lacks and keeps every row out', () => {
    const result = validate(
      sheetOf([
        ['企业名称', '成立日期', '所属行业', '注册资本（万元）'],
        ['北京甲文化传媒有限公司', '2019-05-01', '031', 100],
      ]),
    );
    expect(result.sheetIssues).toEqual([
      expect.objectContaining({ code: 'missing-column', field: 'creditCode' }),
    ]);
    expect(result.counts.invalid).toBe(1);
  });

  it('checks revenue rows by the report anomaly rules and the period from the title', () => {
    const sheet = sheetOf([
      ['朝阳区文化企业营收情况表（2024年1-10月）'],
      ['企业名称', '统一社会信用代码', '营业收入（万元）', '上年同期（万元）', '同比增速（%）'],
      ['北京甲文化传媒有限公司', validCreditCodes[0], -5, 100, 10],
      ['北京乙设计有限公司', validCreditCodes[1], 100, 10, 900],
      ['北京丙影视有限公司', validCreditCodes[2], null, null, null],
    ]);
    const result = validate(sheet);
    expect(result.entity).toBe('revenue');
    expect(result.sheetIssues).toEqual([]);
    expect(issuesAt(result, 3)).toContainEqual(
      expect.objectContaining({ field: 'revenueYuan', severity: 'error', code: 'report-anomaly' }),
    );
    expect(issuesAt(result, 4)).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'report-anomaly' }),
    );
    expect(issuesAt(result, 5)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'no-figures', columnLetter: '' }),
    ]);
  });

  it('warns when a full-year row contradicts its stored 规上 status', () => {
    const result = validate(
      sheetOf([
        ['统计期', '企业名称', '统一社会信用代码', '营业收入（万元）', '是否规上', '所属行业'],
        ['2024年1-12月', '北京甲文化传媒有限公司', validCreditCodes[0], 50, '是', '031'],
      ]),
    );
    expect(issuesAt(result, 2)).toContainEqual(
      expect.objectContaining({ code: 'above-scale-mismatch', severity: 'warning' }),
    );
    expect(result.counts.valid).toBe(1);
  });

  it('asks for the kind of records when neither headers nor the user say it', () => {
    const sheet = sheetOf([
      ['备注', '联系人'],
      ['某事', '张三'],
    ]);
    const result = validate(sheet);
    expect(result.sheetIssues.map((issue) => issue.code)).toEqual(['unknown-entity']);
    const chosen = validateSheetRows(
      sheet,
      sheet.dataRows.map((row) => normaliseRow(sheet, row)),
      { entity: 'parks' },
    );
    expect(chosen.sheetIssues.map((issue) => issue.code)).toEqual(['missing-column']);
  });
});
