import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import { locateSheet, locateWorkbook, type LocatedSheet } from '../layout/locate-sheet';
import { aRevenueRecord, revenueReportSheet } from '../test-support/office-sheets';
import {
  workbookBytes,
  type FixtureBookType,
  type FixtureSheet,
  type FixtureValue,
} from '../test-support/workbook-builders';
import { readWorkbook } from '../workbook/read-workbook';
import { gridOf } from '../test-support/sheet-grids';
import { normaliseRow, normaliseRows } from './normalise-row';

function locatedSheet(
  sheet: FixtureSheet,
  bookType: FixtureBookType = 'xlsx',
  date1904 = false,
): LocatedSheet {
  const result = readWorkbook(workbookBytes([sheet], bookType, { date1904 }), `a.${bookType}`);
  if (!result.ok) throw new Error(result.error.message.en);
  const [located] = locateWorkbook(result.workbook);
  if (located === undefined) throw new Error('no sheet');
  return located;
}

describe('normaliseRow', () => {
  for (const bookType of ['xlsx', 'biff8', 'ods', 'html', 'csv'] as const) {
    it(`turns a record of an office report into the registry's values (${bookType})`, () => {
      const sheet = locatedSheet(revenueReportSheet(), bookType);
      const [first] = sheet.dataRows;
      if (first === undefined) throw new Error('no record');
      expect(normaliseRow(sheet, first)).toEqual({
        rowNumber: 5,
        values: {
          enterpriseName: '北京甲文化传媒有限公司',
          creditCode: validCreditCodes[0],
          revenueYuan: 1_234_000,
          priorYearRevenueYuan: 1_000_000,
          taxYuan: 120_000,
          employeesAtPeriodEnd: 35,
        },
        problems: [],
      });
    });
  }

  it('reads full-width codes, text figures and blanks as an office types them', () => {
    const record = aRevenueRecord({
      creditCode: '９１１１０１０８５５１３８５０８２Ｑ',
      revenueWan: '1,234.5',
      priorYearWan: '—',
      taxWan: '0.12亿',
      employees: '1.2万',
    });
    const sheet = locatedSheet(revenueReportSheet([record, aRevenueRecord()]));
    const [first] = sheet.dataRows;
    if (first === undefined) throw new Error('no record');
    expect(normaliseRow(sheet, first).values).toMatchObject({
      creditCode: validCreditCodes[0],
      revenueYuan: 12_345_000,
      priorYearRevenueYuan: null,
      taxYuan: 12_000_000,
      employeesAtPeriodEnd: 12_000,
    });
  });

  it("places each problem at Excel's row, column letter and header", () => {
    const sheet = locatedSheet(
      revenueReportSheet([
        aRevenueRecord(),
        aRevenueRecord({ revenueWan: '约100', employees: 12.5 }),
      ]),
    );
    const second = sheet.dataRows[1];
    if (second === undefined) throw new Error('no record');
    const { problems, values } = normaliseRow(sheet, second);
    expect(
      problems.map(({ rowNumber, letter, field, code }) => ({ rowNumber, letter, field, code })),
    ).toEqual([
      { rowNumber: 7, letter: 'D', field: 'revenueYuan', code: 'not-a-number' },
      { rowNumber: 7, letter: 'G', field: 'employeesAtPeriodEnd', code: 'not-an-integer' },
    ]);
    expect(problems[0]?.message.zh).toBe(
      '第 7 行 D 列（营业收入 / 本年累计）：“约100” 不是数字：请填写数字，如 1234.5、1,234.5 或 1.2亿',
    );
    expect(values).not.toHaveProperty('revenueYuan');
  });

  it('reads dates in mixed forms, in the workbook’s date system', () => {
    const rows: FixtureValue[][] = [
      ['企业名称', '统一社会信用代码', '成立日期'],
      ['甲', validCreditCodes[0], 43891],
      ['乙', validCreditCodes[1], '2020/3/1'],
      ['丙', validCreditCodes[2], '2020年3月1日'],
      ['丁', validCreditCodes[3], '20200301'],
      ['戊', validCreditCodes[4], '2020年3月'],
    ];
    const dates = (sheet: LocatedSheet) =>
      sheet.dataRows.map((row) => normaliseRow(sheet, row).values.foundedOn);
    expect(dates(locatedSheet({ name: '名录', rows, formats: { C2: 'yyyy/m/d' } }))).toEqual(
      Array(5).fill('2020-03-01'),
    );
    const in1904 = rows.map((row, index) =>
      index === 1 ? [row[0] ?? null, row[1] ?? null, 43891 - 1462] : row,
    );
    expect(dates(locatedSheet({ name: '名录', rows: in1904 }, 'xlsx', true))).toEqual(
      Array(5).fill('2020-03-01'),
    );
  });

  it('reads percentages as the sheet shows them, formatted or typed', () => {
    const rows = [
      ['企业名称', '营业收入（万元）', '同比增速'],
      ['甲', 10, 0.123],
      ['乙', 10, '12.3%'],
      ['丙', 10, 12.3],
    ];
    const sheet = locatedSheet({ name: 'x', rows, formats: { C2: '0.0%' } });
    expect(
      sheet.dataRows.map((row) => normaliseRow(sheet, row).values.yoyGrowthReportedPercent),
    ).toEqual([12.3, 12.3, 12.3]);
  });
});

describe('normaliseRows', () => {
  it('reads each row as normaliseRow does, a repeated value and its problem at every row', () => {
    const sheet = locateSheet(
      gridOf([
        ['企业名称', '统一社会信用代码', '所属行业', '成立日期', '营业收入（万元）'],
        ['北京甲文化传媒有限公司', validCreditCodes[0], '031', '2019-05-01', 'abc'],
        ['北京乙设计有限公司', validCreditCodes[1], '031', '2019-05-01', 'abc'],
        ['北京丙设计有限公司', validCreditCodes[2], '999', 45_413, 12.5],
      ]),
      0,
    );
    const rows = normaliseRows(sheet, sheet.dataRows);
    expect(rows).toEqual(sheet.dataRows.map((row) => normaliseRow(sheet, row)));
    expect(rows.map((row) => row.problems.map((problem) => problem.message.zh))).toEqual([
      [expect.stringMatching(/^第 2 行 E 列/)],
      [expect.stringMatching(/^第 3 行 E 列/)],
      [expect.stringMatching(/^第 4 行 C 列/)],
    ]);
  });
});
