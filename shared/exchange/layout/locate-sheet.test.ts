import { describe, expect, it } from 'vitest';
import { revenueReportSheet } from '../test-support/office-sheets';
import {
  oneSheet,
  workbookBytes,
  type FixtureBookType,
  type FixtureSheet,
} from '../test-support/workbook-builders';
import { readWorkbook } from '../workbook/read-workbook';
import { columnMappingOf, locateSheet, locateWorkbook, type LocatedSheet } from './locate-sheet';

function locate(
  sheets: readonly FixtureSheet[],
  bookType: FixtureBookType = 'xlsx',
  date1904 = false,
): LocatedSheet[] {
  const result = readWorkbook(workbookBytes(sheets, bookType, { date1904 }), `fixture.${bookType}`);
  if (!result.ok) throw new Error(result.error.message.en);
  return locateWorkbook(result.workbook);
}

function locateOne(sheet: FixtureSheet, bookType: FixtureBookType = 'xlsx'): LocatedSheet {
  const [located] = locate([sheet], bookType);
  if (located === undefined) throw new Error('no sheet');
  return located;
}

const columnsOf = (sheet: LocatedSheet) =>
  sheet.columns.map(({ letter, header, field, unit }) => ({ letter, header, field, unit }));

describe('locateSheet: an office report', () => {
  // CSV and HTML carry no merges; the header is found all the same.
  for (const bookType of ['xlsx', 'biff8', 'ods', 'html', 'csv'] as const) {
    it(`finds the header under the titles and the records between the other rows (${bookType})`, () => {
      const sheet = locateOne(revenueReportSheet(), bookType);
      expect(sheet.entity).toBe('revenue');
      expect(sheet.headerRows).toEqual([3, 4]);
      expect(sheet.firstDataRow).toBe(5);
      expect(sheet.dataRows.map((row) => row.rowNumber)).toEqual([5, 7]);
      expect(sheet.skippedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([
        [6, 'blank'],
        [8, 'subtotal'],
        [9, 'serial-only'],
        [10, 'total'],
        [11, 'note'],
        [12, 'note'],
      ]);
    });
  }

  it('flattens the two-row header and reads the table-wide unit', () => {
    expect(columnsOf(locateOne(revenueReportSheet()))).toEqual([
      { letter: 'A', header: '序号', field: 'serialNo', unit: null },
      { letter: 'B', header: '企业名称', field: 'enterpriseName', unit: null },
      { letter: 'C', header: '统一社会信用代码', field: 'creditCode', unit: null },
      { letter: 'D', header: '营业收入 / 本年累计', field: 'revenueYuan', unit: 'wan-yuan' },
      {
        letter: 'E',
        header: '营业收入 / 上年同期',
        field: 'priorYearRevenueYuan',
        unit: 'wan-yuan',
      },
      { letter: 'F', header: '纳税总额', field: 'taxYuan', unit: 'wan-yuan' },
      { letter: 'G', header: '期末从业人员（人）', field: 'employeesAtPeriodEnd', unit: null },
    ]);
  });

  it('reads the period, the 填报单位 and the title lines', () => {
    const sheet = locateOne(revenueReportSheet());
    expect(sheet.period).toBe('2024-10');
    expect(sheet.titleYear).toBe(2024);
    expect(sheet.reportingUnit).toBe('测试文化创意园');
    expect(sheet.sheetMoneyUnit).toBe('wan-yuan');
    expect(sheet.titleLines[0]).toBe('朝阳区文化企业营收情况表（2024年1-10月）');
  });

  it('explains each skipped row with its Excel row number', () => {
    const total = locateOne(revenueReportSheet()).skippedRows.find((row) => row.reason === 'total');
    expect(total?.message).toEqual({
      zh: '第 10 行是合计行“合 计”，已跳过',
      en: 'Row 10 is a totals row "合 计"; skipped',
    });
  });

  it('gives the same layout signature whatever format carried the sheet', () => {
    const signatures = (['xlsx', 'biff8', 'csv'] as const).map(
      (bookType) => locateOne(revenueReportSheet(), bookType).layoutSignature,
    );
    expect(new Set(signatures).size).toBe(1);
  });
});

describe('locateSheet: other layouts', () => {
  it('takes a row of units under the header as part of it', () => {
    const sheet = locateOne({
      name: 'x',
      rows: [
        ['企业名称', '营业收入', '从业人员'],
        [null, '万元', '人'],
        ['甲公司', 10, 3],
      ],
    });
    expect(sheet.headerRows).toEqual([1, 2]);
    expect(sheet.columns[1]).toMatchObject({ header: '营业收入 / 万元', unit: 'wan-yuan' });
    expect(sheet.dataRows.map((row) => row.rowNumber)).toEqual([3]);
  });

  it('skips the 栏次 row, section headings and a header repeated for printing', () => {
    const sheet = locateOne({
      name: '名录',
      rows: [
        ['企业名称', '统一社会信用代码', '成立日期', '注册资本（万元）'],
        ['甲', '乙', 1, 2],
        ['一、规上企业'],
        ['北京甲文化传媒有限公司', '91110108551385082Q', '2015-03-01', 500],
        ['企业名称', '统一社会信用代码', '成立日期', '注册资本（万元）'],
        ['二、其他企业'],
        ['北京乙设计有限公司', '91110000802100433B', '2018-06-01', 100],
      ],
    });
    expect(sheet.entity).toBe('enterprises');
    expect(sheet.skippedRows.map(({ rowNumber, reason }) => [rowNumber, reason])).toEqual([
      [2, 'column-numbers'],
      [3, 'section'],
      [5, 'repeated-header'],
      [6, 'section'],
    ]);
    expect(sheet.dataRows.map((row) => row.rowNumber)).toEqual([4, 7]);
  });

  it('notices hidden sheets, hidden columns and hidden rows', () => {
    const [sheet] = locate([
      revenueReportSheet(undefined, { hidden: true, hiddenColumns: [2], hiddenRows: [6] }),
    ]);
    expect(sheet?.notices.map((notice) => notice.code)).toEqual([
      'hidden-sheet',
      'hidden-columns',
      'hidden-rows',
    ]);
    expect(sheet?.columns[2]?.hidden).toBe(true);
    expect(sheet?.dataRows.find((row) => row.rowNumber === 7)?.hidden).toBe(true);
    expect(sheet?.notices[1]?.message.zh).toBe('第 C 列是隐藏的：其中的数据也会按表头导入，请确认');
  });

  it('says when it finds no header, and when the headers do not say what the sheet holds', () => {
    const noHeader = locateOne({
      name: '说明',
      rows: [['本表为填报说明，无需导入'], ['请于每月5日前报送']],
    });
    expect(noHeader).toMatchObject({
      entity: null,
      headerRows: [],
      firstDataRow: null,
      dataRows: [],
    });
    expect(noHeader.notices.map((notice) => notice.code)).toEqual(['no-header']);
    const unknown = locateOne({
      name: 'x',
      rows: [
        ['备注', '联系电话'],
        ['无', '123'],
      ],
    });
    expect(unknown.notices.map((notice) => notice.code)).toContain('unknown-entity');
  });

  it('names unmapped columns and columns whose unit was assumed', () => {
    const sheet = locateOne({
      name: 'x',
      rows: [
        ['企业名称', '经营范围', '营业收入'],
        ['甲公司', '广告', 5],
      ],
    });
    expect(sheet.notices.find((notice) => notice.code === 'unmapped-columns')?.message.zh).toBe(
      'B 列“经营范围”没有对应的字段，不会导入：如需导入请指定字段',
    );
    expect(sheet.notices.find((notice) => notice.code === 'assumed-unit')?.message.zh).toContain(
      'C 列“营业收入”未注明单位，按元计',
    );
  });

  it('reads the period from the sheet name when the title gives none', () => {
    const sheet = locateOne({
      name: '2024年1-9月',
      rows: [
        ['企业名称', '营业收入（万元）'],
        ['甲公司', 5],
      ],
    });
    expect(sheet.period).toBe('2024-09');
  });
});

describe('locateSheet: the user decides', () => {
  it('applies a mapping over the suggestion and gives it back to be remembered', () => {
    const [grid] = (() => {
      const result = readWorkbook(workbookBytes([revenueReportSheet()]), 'a.xlsx');
      if (!result.ok) throw new Error(result.error.message.en);
      return result.workbook.sheets;
    })();
    if (grid === undefined) throw new Error('no sheet');
    const suggested = locateSheet(grid, 0);
    const mapping = columnMappingOf(suggested);
    const edited = {
      ...mapping,
      columns: mapping.columns.map((column) =>
        column.columnIndex === 5
          ? { ...column, field: null, unit: null }
          : column.columnIndex === 3
            ? { ...column, unit: 'yuan' as const }
            : column,
      ),
    };
    const remapped = locateSheet(grid, 0, { mapping: edited });
    expect(remapped.columns[5]).toMatchObject({ field: null, unit: null, match: null });
    expect(remapped.columns[3]).toMatchObject({
      field: 'revenueYuan',
      unit: 'yuan',
      unitSource: 'mapping',
    });
    expect(columnMappingOf(remapped)).toEqual(edited);
  });

  it('takes the header rows the user points at', () => {
    const result = readWorkbook(
      workbookBytes(oneSheet([['说明'], ['企业', '代码'], ['甲公司', '91110108551385082Q']])),
      'a.xlsx',
    );
    if (!result.ok) throw new Error(result.error.message.en);
    const [grid] = result.workbook.sheets;
    if (grid === undefined) throw new Error('no sheet');
    const sheet = locateSheet(grid, 0, { headerRows: [2] });
    expect(sheet.headerRows).toEqual([2]);
    expect(sheet.dataRows.map((row) => row.rowNumber)).toEqual([3]);
  });
});
