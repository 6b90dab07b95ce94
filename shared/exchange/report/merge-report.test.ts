import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import { reviewSheetName, sourceHeader } from '../consolidation/merged-workbook';
import { parsedWorkbookOfSpec } from '../exchange-format/spec-grid';
import { locateWorkbook } from '../layout/locate-sheet';
import { aRevenueRecord, revenueReportSheet } from '../test-support/office-sheets';
import { encryptedWorkbookBytes, workbookBytes } from '../test-support/workbook-builders';
import { normaliseRow } from '../values/normalise-row';
import { neutraliseText } from '../exchange-format/formula-guard';
import { writeWorkbook } from '../workbook-writer/write-workbook';
import { mergeExitCode, mergeWorkbookFiles } from './merge-report';
import { mergeReportText } from './merge-text';
import { aSmallExport, specColumn, withSpecCell } from './test-support/exchange-files';
import type { WorkbookFile } from './validation-report';

const shared = aRevenueRecord();
const onlyFirst = aRevenueRecord({ name: '北京乙设计有限公司', creditCode: validCreditCodes[1] });
const onlySecond = aRevenueRecord({ name: '北京丙影视有限公司', creditCode: validCreditCodes[2] });

function parkFile(name: string, records: Parameters<typeof revenueReportSheet>[0]): WorkbookFile {
  return { name, content: { bytes: workbookBytes([revenueReportSheet(records)]) } };
}

describe('mergeWorkbookFiles', () => {
  it('consolidates distinct records of many files cleanly', () => {
    const { report, workbook } = mergeWorkbookFiles(
      [
        parkFile('甲园.xlsx', [shared, onlyFirst]),
        parkFile('乙园.xlsx', [
          onlySecond,
          aRevenueRecord({ name: '北京丁有限公司', creditCode: validCreditCodes[3] }),
        ]),
      ],
      'merged.xlsx',
      2026,
    );
    expect(report).toMatchObject({
      ok: true,
      out: 'merged.xlsx',
      duplicates: [],
      disagreements: [],
    });
    expect(report.sheets).toEqual([{ entity: 'revenue', records: 4 }]);
    expect(report.files[0]?.sheets).toEqual([
      { name: '营收', entity: 'revenue', rows: 2, unreadableCells: 0 },
    ]);
    expect(mergeExitCode(report)).toBe(0);
    expect(workbook).not.toBeNull();
  });

  it('lists an enterprise reported by two parks and the figure they give differently', () => {
    const { report } = mergeWorkbookFiles(
      [
        parkFile('甲园.xlsx', [shared, onlyFirst]),
        parkFile('乙园.xlsx', [{ ...shared, revenueWan: 130 }, onlySecond]),
      ],
      'merged.xlsx',
      2026,
    );
    expect(report.duplicates).toEqual([
      {
        entity: 'revenue',
        key: `${validCreditCodes[0]}|2024-10`,
        sources: [
          { file: '甲园.xlsx', sheet: '营收', row: 5 },
          { file: '乙园.xlsx', sheet: '营收', row: 5 },
        ],
      },
    ]);
    expect(report.disagreements).toEqual([
      expect.objectContaining({
        field: 'revenueYuan',
        reports: [
          { file: '甲园.xlsx', sheet: '营收', row: 5, value: 1_234_000 },
          { file: '乙园.xlsx', sheet: '营收', row: 5, value: 1_300_000 },
        ],
      }),
    ]);
    expect(mergeExitCode(report)).toBe(1);
  });

  it('writes a workbook the import reads back: records with their sources, and what to review', () => {
    const { workbook } = mergeWorkbookFiles(
      [
        parkFile('甲园.xlsx', [shared, onlyFirst]),
        parkFile('乙园.xlsx', [{ ...shared, revenueWan: 130 }, onlySecond]),
      ],
      'merged.xlsx',
      2026,
    );
    if (workbook === null) throw new Error('no workbook');
    const located = locateWorkbook(parsedWorkbookOfSpec(workbook, 'merged.xlsx'));
    const revenue = located.find((sheet) => sheet.sheetName === '营收');
    if (revenue === undefined) throw new Error('no 营收 sheet');
    expect(revenue.entity).toBe('revenue');
    const rows = revenue.dataRows.map((row) => normaliseRow(revenue, row));
    expect(
      rows.map((row) => [row.values.creditCode, row.values.revenueYuan, row.problems]),
    ).toEqual([
      [validCreditCodes[0], 1_234_000, []],
      [validCreditCodes[1], 1_234_000, []],
      [validCreditCodes[2], 1_234_000, []],
    ]);
    const sourceColumn = revenue.columns.find((column) => column.header === sourceHeader);
    expect(sourceColumn).toBeDefined();
    const review = workbook.sheets.find((sheet) => sheet.name === reviewSheetName);
    expect(review?.rows.map((row) => row.cells[0]?.kind === 'text' && row.cells[0].text)).toEqual([
      '类型',
      '重复',
      '不一致',
      '不一致',
    ]);
  });

  it('merges exchange workbooks with their milestones, and lists tags two files give differently', async () => {
    const exported = aSmallExport();
    const tags = specColumn(exported.spec, '企业', '企业标签');
    // A tagged enterprise: a blank filled from the other file would be no disagreement.
    const tagged = exported.content
      .find((sheet) => sheet.definition.entity === 'enterprises')
      ?.rows.findIndex((row) => row.values.enterpriseTags !== null);
    if (tagged === undefined || tagged < 0) throw new Error('no tagged enterprise');
    const row = tagged + 2;
    const edited = withSpecCell(
      exported.spec,
      '企业',
      row,
      tags,
      neutraliseText('上市、独角兽、MCN'),
    );
    const { report } = mergeWorkbookFiles(
      [
        { name: '甲.xlsx', content: { bytes: await writeWorkbook(exported.spec) } },
        { name: '乙.xlsx', content: { bytes: await writeWorkbook(edited) } },
      ],
      'merged.xlsx',
      2026,
    );
    const milestones = exported.content.find((sheet) => sheet.definition.entity === 'milestones');
    expect(report.sheets).toContainEqual({
      entity: 'milestones',
      records: milestones?.rows.length,
    });
    expect(report.disagreements.map((disagreement) => disagreement.field)).toEqual([
      'enterpriseTags',
    ]);
    expect(mergeReportText(report)).toContain(
      `乙.xlsx 企业 第 ${String(row)} 行 为 上市、独角兽、MCN`,
    );
  }, 60_000);

  it('exits 2 and writes nothing when a file cannot be read', () => {
    const { report, workbook } = mergeWorkbookFiles(
      [
        parkFile('甲园.xlsx', [shared, onlyFirst]),
        { name: 's.xlsx', content: { bytes: encryptedWorkbookBytes() } },
      ],
      'merged.xlsx',
      2026,
    );
    expect(report.files[1]?.error?.code).toBe('encrypted');
    expect(report.out).toBeNull();
    expect(workbook).toBeNull();
    expect(mergeExitCode(report)).toBe(2);
  });
});
