import { beforeAll, describe, expect, it } from 'vitest';
import { validCreditCodes } from '../shared/test-support/builders';
import type { FileReport } from '../shared/exchange/report/validation-report';
import { aRevenueRecord, revenueReportSheet } from '../shared/exchange/test-support/office-sheets';
import {
  encryptedWorkbookBytes,
  workbookBytes,
} from '../shared/exchange/test-support/workbook-builders';
import { buildCli, folderWith, runCli } from './cli-test-support';

function revenueWorkbook(revenueWan: string | number): Uint8Array {
  return workbookBytes([
    revenueReportSheet([
      aRevenueRecord({ revenueWan }),
      aRevenueRecord({ name: '北京乙设计有限公司', creditCode: validCreditCodes[1] }),
    ]),
  ]);
}

const valid = revenueWorkbook(123.4);
let folder = '';

beforeAll(() => {
  buildCli();
  folder = folderWith({
    'valid.xlsx': valid,
    '有错误.xlsx': revenueWorkbook('一百二'),
    'secret.xlsx': encryptedWorkbookBytes(),
    'cut.xlsx': valid.slice(0, Math.floor(valid.length / 2)),
  });
}, 60_000);

function jsonReports(stdout: string): FileReport[] {
  return JSON.parse(stdout) as FileReport[];
}

describe('cli validate', { timeout: 30_000 }, () => {
  it('exits 0 for a valid workbook and prints one JSON object per file in the documented shape', () => {
    const run = runCli(['validate', 'valid.xlsx', '--json'], folder);
    expect(run.status).toBe(0);
    const [report, ...others] = jsonReports(run.stdout);
    expect(others).toEqual([]);
    expect(Object.keys(report ?? {}).sort()).toEqual(
      ['encoding', 'file', 'format', 'ok', 'sheets'].sort(),
    );
    expect(report).toMatchObject({ file: 'valid.xlsx', format: 'xlsx', encoding: null, ok: true });
    const [sheet] = report?.sheets ?? [];
    expect(Object.keys(sheet ?? {}).sort()).toEqual(
      [
        'columns',
        'entity',
        'firstDataRow',
        'headerRows',
        'issues',
        'name',
        'rows',
        'skipped',
      ].sort(),
    );
    expect(sheet).toMatchObject({
      entity: 'revenue',
      headerRows: [3, 4],
      firstDataRow: 5,
      rows: { data: 2, valid: 2, invalid: 0 },
    });
    expect(sheet?.columns[1]).toEqual({
      letter: 'B',
      header: '企业名称',
      field: 'enterpriseName',
      unit: null,
    });
  });

  it('exits 1 when a file has errors, naming the row and column', () => {
    const run = runCli(['validate', 'valid.xlsx', '有错误.xlsx', '--json'], folder);
    expect(run.status).toBe(1);
    const reports = jsonReports(run.stdout);
    expect(reports.map((report) => [report.file, report.ok])).toEqual([
      ['valid.xlsx', true],
      ['有错误.xlsx', false],
    ]);
    expect(reports[1]?.sheets[0]?.issues).toEqual([
      expect.objectContaining({ row: 5, column: 'D', severity: 'error', code: 'not-a-number' }),
    ]);
  });

  it('exits 2 when any file cannot be read, with the error code of each', () => {
    const run = runCli(
      ['validate', '--json', 'valid.xlsx', 'secret.xlsx', 'cut.xlsx', 'absent.xlsx'],
      folder,
    );
    expect(run.status).toBe(2);
    expect(jsonReports(run.stdout).map((report) => report.error?.code)).toEqual([
      undefined,
      'encrypted',
      'corrupt',
      'missing',
    ]);
  });

  it('prints a readable report in Chinese without --json', () => {
    const run = runCli(['validate', '有错误.xlsx'], folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('有错误.xlsx，Excel 工作簿（.xlsx/.xlsm）：有错误');
    expect(run.stdout).toContain('[错误 error] D5 not-a-number');
  });

  it('exits 2 with the usage for an unknown command or option', () => {
    expect(runCli(['check', 'valid.xlsx'], folder)).toMatchObject({ status: 2 });
    const run = runCli(['validate', '--strict', 'valid.xlsx'], folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('用法 Usage');
  });
});
