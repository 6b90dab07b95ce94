import { describe, expect, it } from 'vitest';
import { locateSheet } from '../layout/locate-sheet';
import { validCreditCodes } from '../../test-support/builders';
import { gridOf } from '../test-support/sheet-grids';
import { aRevenueRecord, revenueReportSheet } from '../test-support/office-sheets';
import { encryptedWorkbookBytes, workbookBytes } from '../test-support/workbook-builders';
import {
  missingFileReport,
  sheetReport,
  validateWorkbookBytes,
  validationExitCode,
  type FileReport,
} from './validation-report';
import { fileReportText } from './validation-text';

function revenueWorkbook(revenueWan: string | number = 123.4): Uint8Array {
  return workbookBytes([
    revenueReportSheet([
      aRevenueRecord({ revenueWan }),
      aRevenueRecord({ name: '北京乙设计有限公司', creditCode: validCreditCodes[1] }),
    ]),
  ]);
}

function aFileReport(overrides: Partial<FileReport> = {}): FileReport {
  return { file: 'a.xlsx', format: 'xlsx', encoding: null, ok: true, sheets: [], ...overrides };
}

describe('validateWorkbookBytes', () => {
  it('reports what it found in an office-style sheet: entity, header rows, columns, skipped rows', () => {
    const report = validateWorkbookBytes(revenueWorkbook(), '朝阳.xlsx');
    expect(report).toMatchObject({ file: '朝阳.xlsx', format: 'xlsx', encoding: null, ok: true });
    expect(report.error).toBeUndefined();
    const [sheet] = report.sheets;
    expect(sheet).toMatchObject({
      name: '营收',
      entity: 'revenue',
      headerRows: [3, 4],
      firstDataRow: 5,
      rows: { data: 2, valid: 2, invalid: 0, skipped: 6 },
      issues: [],
    });
    expect(sheet?.columns.find((column) => column.letter === 'D')).toMatchObject({
      field: 'revenueYuan',
      unit: 'wan-yuan',
    });
    expect(sheet?.skipped.map((row) => [row.row, row.reason])).toContainEqual([10, 'total']);
  });

  it('places a value that is not a number at its Excel row and column, and fails the file', () => {
    const report = validateWorkbookBytes(revenueWorkbook('一百二'), 'bad.xlsx');
    expect(report.ok).toBe(false);
    const [sheet] = report.sheets;
    expect(sheet?.rows).toMatchObject({ data: 2, valid: 1, invalid: 1 });
    expect(sheet?.issues).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'D',
        field: 'revenueYuan',
        severity: 'error',
        code: 'not-a-number',
      }),
    ]);
    expect(sheet?.issues[0]?.message).toMatch(/^第 5 行 D 列/);
  });

  it('gives an unreadable file its error code and no sheets', () => {
    const report = validateWorkbookBytes(encryptedWorkbookBytes(), 'secret.xlsx');
    expect(report).toMatchObject({ ok: false, sheets: [], error: { code: 'encrypted' } });
    expect(report.error?.message).toContain('文件已加密');
    expect(validateWorkbookBytes(new Uint8Array(), 'zero.xlsx').error?.code).toBe('empty');
  });

  it('reads a CSV with its encoding', () => {
    const csv = new TextEncoder().encode('企业名称,统一社会信用代码\n北京甲文化传媒有限公司,x\n');
    expect(validateWorkbookBytes(csv, 'a.csv')).toMatchObject({ format: 'csv', encoding: 'utf-8' });
  });
});

describe('sheetReport', () => {
  const enterpriseSheet = (...rows: (readonly [string, string])[]) =>
    locateSheet(gridOf([['企业名称', '统一社会信用代码'], ...rows]), 0);

  it('counts a row invalid once however many errors it has, and lists each', () => {
    const report = sheetReport(
      enterpriseSheet(['北京甲文化传媒有限公司', validCreditCodes[0]], ['', '123']),
    );
    expect(report.rows).toEqual({ data: 2, valid: 1, invalid: 1, skipped: 0 });
    const codes = report.issues.map((issue) => [issue.row, issue.column, issue.code]);
    expect(codes).toContainEqual([3, 'B', 'invalid-credit-code']);
    expect(new Set(report.issues.map((issue) => issue.row))).toEqual(new Set([3]));
  });

  it('flags the same enterprise twice in one sheet', () => {
    const row = ['北京甲文化传媒有限公司', validCreditCodes[0]] as const;
    const report = sheetReport(enterpriseSheet(row, row));
    expect(report.issues).toContainEqual(
      expect.objectContaining({ row: 3, severity: 'error', code: 'duplicate-in-file' }),
    );
  });

  it('puts a problem of the whole sheet on its header row, without a column', () => {
    const report = sheetReport(
      locateSheet(
        gridOf([
          ['企业名称', '注册资本（万元）'],
          ['北京甲文化传媒有限公司', 100],
        ]),
        0,
      ),
    );
    expect(report.issues[0]).toMatchObject({ row: 1, column: null, code: 'missing-column' });
    expect(report.rows.invalid).toBe(1);
  });
});

describe('validationExitCode', () => {
  it('is 0 when all pass, 1 when any has errors, 2 when any cannot be read', () => {
    const unreadable = aFileReport({ ok: false, error: { code: 'corrupt', message: 'm' } });
    expect(validationExitCode([aFileReport(), aFileReport()])).toBe(0);
    expect(validationExitCode([aFileReport(), aFileReport({ ok: false })])).toBe(1);
    expect(validationExitCode([aFileReport({ ok: false }), unreadable])).toBe(2);
  });
});

describe('fileReportText', () => {
  it('names the sheet, its columns and each problem in Chinese', () => {
    const text = fileReportText(validateWorkbookBytes(revenueWorkbook('abc'), 'bad.xlsx'));
    expect(text).toContain('bad.xlsx，Excel 工作簿');
    expect(text).toContain('工作表“营收”：营收');
    expect(text).toContain('表头在第 3、4 行，数据从第 5 行开始');
    expect(text).toContain('[错误 error] D5 not-a-number');
    expect(text).toContain('跳过第 10 行：合计行');
  });

  it('prints the reason a file cannot be read', () => {
    const text = fileReportText(validateWorkbookBytes(encryptedWorkbookBytes(), 's.xlsx'));
    expect(text).toContain('无法读取');
    expect(text).toContain('[encrypted] 文件已加密');
  });
});

describe('missingFileReport', () => {
  it('is unreadable, with the path and the system reason in its message', () => {
    const report = missingFileReport('缺.xlsx', 'ENOENT');
    expect(report).toMatchObject({ ok: false, error: { code: 'missing' } });
    expect(report.error?.message).toContain('“缺.xlsx”（ENOENT）');
    expect(validationExitCode([report])).toBe(2);
  });
});
