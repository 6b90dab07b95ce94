import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildExchangeWorkbook } from '../exchange-format/build-exchange-workbook';
import { readExchangeMeta } from '../exchange-format/exchange-meta';
import { neutraliseText } from '../exchange-format/formula-guard';
import { gridOfSheetSpec } from '../exchange-format/spec-grid';
import type { SheetSpec, WorkbookSpec } from '../exchange-format/workbook-spec';
import { demoExchangeRecords, anExportOptions } from '../test-support/exchange-records';
import { xlsxPackageEntry } from '../test-support/xlsx-package';
import { hashedFields } from '../exchange-format/exchange-sheets';
import { locateWorkbook } from '../layout/locate-sheet';
import { normaliseRow } from '../values/normalise-row';
import { readWorkbook } from '../workbook/read-workbook';
import type { SheetGrid } from '../workbook/sheet-grid';
import { writeWorkbook } from './write-workbook';

function aSheet(overrides: Partial<SheetSpec>): SheetSpec {
  return {
    name: '测试',
    visibility: 'visible',
    columns: [],
    rows: [],
    frozenRows: 0,
    merges: [],
    validations: [],
    ...overrides,
  };
}

async function writtenAndRead(spec: WorkbookSpec): Promise<readonly SheetGrid[]> {
  const result = readWorkbook(await writeWorkbook(spec), 'written.xlsx');
  if (!result.ok) throw new Error(result.error.message.en);
  return result.workbook.sheets;
}

const injections = [
  '=1+1',
  '+86 10 1234',
  '-2+3',
  '@SUM(A1)',
  '\tTAB',
  '\rCR',
  '\nLF',
  '＝1+1',
  '＋1',
  '－1',
  '＠A',
  '=DISPIMG("ID_1",1)',
];

describe('writeWorkbook', () => {
  const sheet = aSheet({
    columns: [
      { width: 22, numberFormat: '@' },
      { width: 12, numberFormat: '#,##0.00##' },
      { width: 12, numberFormat: 'yyyy-mm-dd' },
    ],
    rows: [
      {
        style: 'header',
        cells: [neutraliseText('代码'), neutraliseText('金额（万元）'), neutraliseText('日期')],
      },
      {
        style: 'data',
        cells: [
          neutraliseText('007'),
          { kind: 'number', value: 1234.5678 },
          { kind: 'date', date: '2024-02-29' },
        ],
      },
      {
        style: 'data',
        cells: [neutraliseText('91110108551385082Q'), { kind: 'number', value: -5 }, null],
      },
      ...injections.map((text) => ({ style: 'data' as const, cells: [neutraliseText(text)] })),
    ],
    frozenRows: 1,
    validations: [
      {
        columnIndex: 0,
        firstRow: 2,
        lastRow: 50,
        source: { kind: 'values', values: ['是', '否'] },
        error: '请选择',
      },
    ],
  });
  const spec: WorkbookSpec = {
    title: '测试',
    creator: '测试',
    sheets: [
      sheet,
      aSheet({
        name: '_hidden',
        visibility: 'very-hidden',
        rows: [{ style: 'data', cells: [neutraliseText('x')] }],
      }),
    ],
  };

  it('writes cells that read back as the spec says: text, numbers, dates', async () => {
    const [grid] = await writtenAndRead(spec);
    expect(grid?.rows).toEqual(gridOfSheetSpec(sheet).rows);
  });

  it('keeps codes as text with their leading zeros and every digit', async () => {
    const [grid] = await writtenAndRead(spec);
    expect(grid?.rows[1]?.[0]).toEqual({ value: '007' });
    expect(grid?.rows[2]?.[0]).toEqual({ value: '91110108551385082Q' });
  });

  it('writes a date as a real date: a serial in a date format', async () => {
    const [grid] = await writtenAndRead(spec);
    expect(grid?.rows[1]?.[2]).toEqual({ value: 45351, numberFormat: 'yyyy-mm-dd' });
  });

  it('writes formula-like text as text cells in the Text format, never as formulas', async () => {
    const bytes = await writeWorkbook(spec);
    const [grid] = await writtenAndRead(spec);
    expect(grid?.rows.slice(3).map((row) => row[0]?.value)).toEqual(injections);
    const xml = xlsxPackageEntry(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    const formula = XLSX.read(bytes, { type: 'array', cellFormula: true }).Sheets['测试']?.A4 as
      XLSX.CellObject | undefined;
    expect(formula).toMatchObject({ t: 's', v: '=1+1' });
    expect(formula?.f).toBeUndefined();
  });

  it('freezes the header, keeps the drop-down and hides a sheet from the sheet list', async () => {
    const bytes = await writeWorkbook(spec);
    const xml = xlsxPackageEntry(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="A2:A50"/);
    expect(xml).toContain('<formula1>&quot;是,否&quot;</formula1>');
    expect(xlsxPackageEntry(bytes, 'xl/workbook.xml')).toMatch(
      /<sheet [^>]*name="_hidden" state="veryHidden"/,
    );
    const sheets = await writtenAndRead(spec);
    expect(sheets.map((grid) => grid.visibility)).toEqual(['visible', 'very-hidden']);
  });
});

describe('an exchange workbook written to .xlsx', () => {
  it('reads back cell for cell as built, with its meta sheet', async () => {
    const exported = buildExchangeWorkbook(demoExchangeRecords(60, 21), anExportOptions());
    const bytes = await writeWorkbook(exported.spec);
    const read = readWorkbook(bytes, '交换表.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.workbook.sheets.map((grid) => grid.rows)).toEqual(
      exported.spec.sheets.map((sheetSpec) => gridOfSheetSpec(sheetSpec).rows),
    );
    expect(readExchangeMeta(read.workbook)).toEqual({ ok: true, meta: exported.meta });
    const parksXml = xlsxPackageEntry(bytes, 'xl/worksheets/sheet2.xml');
    expect(parksXml).toMatch(/<dataValidation type="list"[^>]*sqref="D2:D\d+"/);
    expect(parksXml).toContain('<formula1>&apos;_lists&apos;!$A$1:$A$43</formula1>');
    // 企业标签 suggests its options but takes several typed with 、: no error stops the typing.
    const enterprisesXml = xlsxPackageEntry(bytes, 'xl/worksheets/sheet3.xml');
    const validations = enterprisesXml.match(/<dataValidation [^>]*>/g) ?? [];
    expect(validations.filter((tag) => !tag.includes('showErrorMessage="1"'))).toHaveLength(1);
  }, 30_000);

  it('gives every exported value back through our import, from the file itself', async () => {
    const exported = buildExchangeWorkbook(demoExchangeRecords(60, 21), anExportOptions());
    const read = readWorkbook(await writeWorkbook(exported.spec), '交换表.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    const located = locateWorkbook(read.workbook);
    for (const sheet of exported.content) {
      const found = located.find((candidate) => candidate.sheetName === sheet.definition.name);
      if (found === undefined) throw new Error(`no sheet ${sheet.definition.name}`);
      const fields = hashedFields(sheet.definition);
      const readBack = found.dataRows.map((dataRow) => {
        const row = normaliseRow(found, dataRow);
        return Object.fromEntries(fields.map((field) => [field, row.values[field] ?? null]));
      });
      expect(readBack).toEqual(
        sheet.rows.map((row) =>
          Object.fromEntries(fields.map((field) => [field, row.values[field] ?? null])),
        ),
      );
    }
  }, 30_000);
});
