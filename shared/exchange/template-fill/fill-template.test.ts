import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import type { FieldValues } from '../exchange-format/content-hash';
import { locateSheet } from '../layout/locate-sheet';
import { normaliseRow } from '../values/normalise-row';
import { readWorkbook } from '../workbook/read-workbook';
import { fillTemplate } from './fill-template';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** An office's revenue form as people make them: title, unit line, header, 栏次, totals, sign-off. */
async function officeTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('填报说明').getCell('A1').value = '请于每月10日前报送';
  const sheet = workbook.addWorksheet('营收情况');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = '朝阳区文化企业营业收入情况表（2024年1-10月）';
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A2').value = '填报单位：测试园区    金额单位：万元';
  const headers = [
    '序号',
    '企业名称',
    '统一社会信用代码',
    '营业收入（千元）',
    '利润总额',
    '期末从业人员',
  ];
  headers.forEach((header, index) => {
    const cell = sheet.getRow(3).getCell(index + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.border = thin;
  });
  ['甲', '乙', '丙', '1', '2', '3'].forEach((text, index) => {
    sheet.getRow(4).getCell(index + 1).value = text;
  });
  for (let column = 1; column <= 6; column += 1) {
    const cell = sheet.getRow(5).getCell(column);
    cell.border = thin;
    if (column >= 4) cell.numFmt = '#,##0.00';
  }
  sheet.getCell('A6').value = '合计';
  sheet.mergeCells('A7:F7');
  sheet.getCell('A7').value = '填表人：            联系电话：';
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const rows: FieldValues[] = [0, 1, 2].map((index) => ({
  enterpriseName: `北京测试${String(index + 1)}号文化有限公司`,
  creditCode: validCreditCodes[index] ?? '',
  revenueYuan: 12_345_678 + index,
  profitYuan: 1_000_000,
  employeesAtPeriodEnd: 20 + index,
}));

async function filled() {
  const result = await fillTemplate({
    templateBytes: await officeTemplate(),
    templateName: '营收情况表.xlsx',
    entity: 'revenue',
    rows,
  });
  if (!result.ok) throw new Error(result.error.en);
  return result.fill;
}

describe('fillTemplate', () => {
  it('writes the rows under the header and the 栏次 row, in each column’s unit', async () => {
    const fill = await filled();
    expect(fill).toMatchObject({ sheetName: '营收情况', firstRow: 5, rowsWritten: 3 });
    const read = readWorkbook(fill.bytes, 'filled.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    const grid = read.workbook.sheets[1];
    if (grid === undefined) throw new Error('no sheet');
    expect(grid.rows[4]?.map((cell) => cell?.value)).toEqual([
      1,
      '北京测试1号文化有限公司',
      validCreditCodes[0],
      12_345.678,
      100,
      20,
    ]);
    const located = locateSheet(grid, 1);
    const values = located.dataRows.map((row) => normaliseRow(located, row).values);
    expect(values.map((value) => [value.revenueYuan, value.profitYuan])).toEqual([
      [12_345_678, 1_000_000],
      [12_345_679, 1_000_000],
      [12_345_680, 1_000_000],
    ]);
  });

  it('keeps the title, the other sheets, the totals and sign-off lines below the records', async () => {
    const fill = await filled();
    const read = readWorkbook(fill.bytes, 'filled.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.workbook.sheets.map((sheet) => sheet.name)).toEqual(['填报说明', '营收情况']);
    const grid = read.workbook.sheets[1];
    expect(grid?.rows[0]?.[0]?.value).toBe('朝阳区文化企业营业收入情况表（2024年1-10月）');
    expect(grid?.rows[7]?.[0]?.value).toBe('合计');
    expect(grid?.rows[8]?.[0]?.value).toBe('填表人：            联系电话：');
    expect(grid?.merges).toEqual(
      expect.arrayContaining([
        { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5 },
        { firstRow: 8, firstColumn: 0, lastRow: 8, lastColumn: 5 },
      ]),
    );
  });

  it('gives every written row the first data row’s look and keeps styles and print setup', async () => {
    const fill = await filled();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fill.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('营收情况');
    expect(sheet?.getCell('B7').border).toEqual(thin);
    expect(sheet?.getCell('D7').numFmt).toBe('#,##0.00');
    expect(sheet?.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(sheet?.pageSetup.orientation).toBe('landscape');
  });

  it('says so when the template has no header for the rows', async () => {
    const result = await fillTemplate({
      templateBytes: await officeTemplate(),
      templateName: '营收情况表.xlsx',
      entity: 'events',
      rows,
    });
    expect(result.ok ? '' : result.error.zh).toContain('没有找到园区活动的表头');
  });
});
