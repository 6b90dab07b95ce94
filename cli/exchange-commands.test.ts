import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validCreditCodes } from '../shared/test-support/builders';
import { neutraliseText } from '../shared/exchange/exchange-format/formula-guard';
import type { DiffReport } from '../shared/exchange/report/diff-report';
import type { WorkbookSpec } from '../shared/exchange/exchange-format/workbook-spec';
import type { MergeReport } from '../shared/exchange/report/merge-report';
import {
  aSmallExport,
  specColumn,
  withSpecCell,
  withSpecRows,
} from '../shared/exchange/report/test-support/exchange-files';
import { validateWorkbookBytes } from '../shared/exchange/report/validation-report';
import { aRevenueRecord, revenueReportSheet } from '../shared/exchange/test-support/office-sheets';
import {
  encryptedWorkbookBytes,
  workbookBytes,
} from '../shared/exchange/test-support/workbook-builders';
import { writeWorkbook } from '../shared/exchange/workbook-writer/write-workbook';
import { buildCli, folderWith, runCli } from './cli-test-support';

const shared = aRevenueRecord();
const second = aRevenueRecord({ name: '北京乙设计有限公司', creditCode: validCreditCodes[1] });
const third = aRevenueRecord({ name: '北京丙影视有限公司', creditCode: validCreditCodes[2] });
let folder = '';

beforeAll(async () => {
  buildCli();
  const exported = aSmallExport();
  const contact = specColumn(exported.spec, '企业', '联系人');
  const tags = specColumn(exported.spec, '企业', '企业标签');
  const milestone = specColumn(exported.spec, '培育里程碑', '里程碑');
  folder = folderWith({
    'exported.xlsx': await writeWorkbook(exported.spec),
    'returned.xlsx': await writeWorkbook(
      [
        (spec: WorkbookSpec) => withSpecCell(spec, '企业', 3, contact, neutraliseText('新联系人')),
        (spec: WorkbookSpec) =>
          withSpecCell(spec, '企业', 3, tags, neutraliseText('上市、独角兽、MCN')),
        (spec: WorkbookSpec) =>
          withSpecCell(spec, '培育里程碑', 2, milestone, neutraliseText('引入头部企业3家')),
      ].reduce((spec, edit) => edit(spec), exported.spec),
    ),
    'shortened.xlsx': await writeWorkbook(
      withSpecRows(exported.spec, '企业', (rows) => rows.filter((_, index) => index !== 2)),
    ),
    '甲园.xlsx': workbookBytes([revenueReportSheet([shared, second])]),
    '乙园.xlsx': workbookBytes([revenueReportSheet([{ ...shared, revenueWan: 130 }, third])]),
    '丙园.xlsx': workbookBytes([
      revenueReportSheet([
        third,
        aRevenueRecord({ name: '北京丁有限公司', creditCode: validCreditCodes[3] }),
      ]),
    ]),
    'secret.xlsx': encryptedWorkbookBytes(),
  });
}, 120_000);

describe('cli diff', { timeout: 30_000 }, () => {
  it('exits 0 and lists the fields changed in the returned workbook, tags and milestones too', () => {
    const run = runCli(['diff', 'exported.xlsx', 'returned.xlsx', '--json'], folder);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as DiffReport;
    const changed = report.sheets.flatMap((sheet) => sheet.records);
    expect(changed).toEqual([
      expect.objectContaining({
        change: 'changed',
        row: 3,
        fields: [
          expect.objectContaining({ field: 'enterpriseTags', after: ['listed', 'unicorn', 'mcn'] }),
          expect.objectContaining({ field: 'contactName', after: '新联系人' }),
        ],
      }),
      expect.objectContaining({
        change: 'changed',
        row: 2,
        fields: [expect.objectContaining({ field: 'milestoneTitle', after: '引入头部企业3家' })],
      }),
    ]);
    const text = runCli(['diff', 'exported.xlsx', 'returned.xlsx'], folder).stdout;
    expect(text).toContain('企业标签：');
    expect(text).toContain('→ 上市、独角兽、MCN（对方修改）');
    expect(text).toContain('→ 引入头部企业3家（对方修改）');
  });

  it('exits 1 when a row was deleted there, and says it is not deleted', () => {
    const run = runCli(['diff', 'exported.xlsx', 'shortened.xlsx'], folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('返回的文件中已没有这一行');
  });

  it('exits 2 when a file cannot be read or is not an export', () => {
    expect(runCli(['diff', 'exported.xlsx', 'secret.xlsx'], folder).status).toBe(2);
    const run = runCli(['diff', '甲园.xlsx', 'exported.xlsx', '--json'], folder);
    expect(run.status).toBe(2);
    expect((JSON.parse(run.stdout) as DiffReport).error).toMatchObject({
      file: '甲园.xlsx',
      code: 'not-exchange-workbook',
    });
  });
});

describe('cli merge', { timeout: 30_000 }, () => {
  it('exits 0 for parks with distinct records and writes a workbook that validates', () => {
    const run = runCli(
      ['merge', '甲园.xlsx', '丙园.xlsx', '--out', 'clean.xlsx', '--json'],
      folder,
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as MergeReport;
    expect(report).toMatchObject({ ok: true, out: 'clean.xlsx', sheets: [{ records: 4 }] });
    const merged = validateWorkbookBytes(readFileSync(join(folder, 'clean.xlsx')), 'clean.xlsx');
    expect(merged.sheets.find((sheet) => sheet.name === '营收')?.rows).toMatchObject({
      data: 4,
      invalid: 0,
    });
  });

  it('exits 1 listing the enterprise two parks report with different revenue', () => {
    const run = runCli(['merge', '甲园.xlsx', '乙园.xlsx', '--out', 'merged.xlsx'], folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('不一致（营收');
    expect(run.stdout).toContain(
      '甲园.xlsx 营收 第 5 行 为 123.4 万元；乙园.xlsx 营收 第 5 行 为 130 万元',
    );
    expect(readFileSync(join(folder, 'merged.xlsx')).length).toBeGreaterThan(0);
  });

  it('exits 2 without writing when a file cannot be read, and asks for --out', () => {
    const run = runCli(
      ['merge', '甲园.xlsx', 'secret.xlsx', '--out', 'none.xlsx', '--json'],
      folder,
    );
    expect(run.status).toBe(2);
    expect((JSON.parse(run.stdout) as MergeReport).out).toBeNull();
    expect(() => readFileSync(join(folder, 'none.xlsx'))).toThrow();
    expect(runCli(['merge', '甲园.xlsx'], folder).status).toBe(2);
  });
});
