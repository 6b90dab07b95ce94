/**
 * Sheets laid out the way offices lay them out, as fixture rows: a title with the period, a
 * 填报单位 line with a table-wide unit, a two-row header under merged cells, records, and the
 * blank, subtotal, total, note and sign-off rows around them.
 */
import { validCreditCodes } from '../../test-support/builders';
import type { FixtureSheet, FixtureValue } from './workbook-builders';

export interface RevenueRecord {
  readonly name: string;
  readonly creditCode: string;
  readonly revenueWan: FixtureValue;
  readonly priorYearWan: FixtureValue;
  readonly taxWan: FixtureValue;
  readonly employees: FixtureValue;
}

export function aRevenueRecord(overrides: Partial<RevenueRecord> = {}): RevenueRecord {
  return {
    name: '北京甲文化传媒有限公司',
    creditCode: validCreditCodes[0],
    revenueWan: 123.4,
    priorYearWan: 100,
    taxWan: 12,
    employees: 35,
    ...overrides,
  };
}

/**
 * 朝阳区…营收情况表（2024年1-10月）, with records at Excel rows 5 and 7, a blank row 6, a
 * 小计 at 8, a row with only its 序号 at 9, the 合计 at 10, a 注 at 11 and a 填表人 line at 12.
 */
export function revenueReportSheet(
  records: readonly [RevenueRecord, RevenueRecord] = [
    aRevenueRecord(),
    aRevenueRecord({
      name: '北京乙设计有限公司',
      creditCode: validCreditCodes[1],
      revenueWan: 88,
      priorYearWan: 90,
      taxWan: 3,
      employees: 12,
    }),
  ],
  extra: Partial<FixtureSheet> = {},
): FixtureSheet {
  const row = (serial: number, record: RevenueRecord): FixtureValue[] => [
    serial,
    record.name,
    record.creditCode,
    record.revenueWan,
    record.priorYearWan,
    record.taxWan,
    record.employees,
  ];
  const [first, second] = records;
  return {
    name: '营收',
    rows: [
      ['朝阳区文化企业营收情况表（2024年1-10月）'],
      ['填报单位：测试文化创意园', null, null, null, null, '金额单位：万元'],
      ['序号', '企业名称', '统一社会信用代码', '营业收入', null, '纳税总额', '期末从业人员（人）'],
      [null, null, null, '本年累计', '上年同期', null, null],
      row(1, first),
      [],
      row(2, second),
      ['小计', null, null, 211.4, 190, 15, 47],
      [3],
      ['合 计', null, null, 211.4, 190, 15, 47],
      ['注：1. 营业收入为1-10月累计数。'],
      ['填表人：张三', null, null, '联系电话：010-65001234'],
    ],
    merges: ['A1:G1', 'D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4', 'G3:G4'],
    ...extra,
  };
}
