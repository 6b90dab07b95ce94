/** Small workbooks as offices send them, for the import's renderer tests. */
import { validCreditCodes } from '../../../shared/test-support/builders';
import {
  workbookBytes,
  type FixtureValue,
} from '../../../shared/exchange/test-support/workbook-builders';

export const enterpriseListHeader = ['序号', '企业名称', '统一社会信用代码', '所属行业', '联系人'];

/** 朝阳区…入驻企业名单 with a title row, records from Excel row 3. */
export function enterpriseListBytes(
  records: readonly (readonly FixtureValue[])[] = [
    [1, '北京甲文化传媒有限公司', validCreditCodes[0], '031', '张三'],
    [2, '北京乙设计有限公司', validCreditCodes[1], '032', '李四'],
  ],
): Uint8Array {
  return workbookBytes([
    {
      name: '企业名单',
      rows: [['朝阳区文创园区入驻企业名单（2024年）'], enterpriseListHeader, ...records],
      merges: ['A1:E1'],
    },
  ]);
}

/**
 * One workbook with a sheet of every kind: a park, two enterprises, and their tenancies,
 * events, financing and cultivation plan with its milestones, each sheet naming what an earlier
 * one brings in.
 */
export function everyKindBytes(): Uint8Array {
  const [first, second] = validCreditCodes;
  return workbookBytes([
    {
      name: '园区',
      rows: [
        ['园区名称', '地址'],
        ['测试文化创意园', '朝阳路1号'],
      ],
    },
    {
      name: '企业',
      rows: [
        ['企业名称', '统一社会信用代码', '所属行业'],
        ['北京甲文化传媒有限公司', first, '031'],
        ['北京乙设计有限公司', second, '032'],
      ],
    },
    {
      name: '入驻',
      rows: [
        ['企业名称', '统一社会信用代码', '园区名称', '楼栋', '入驻日期'],
        ['北京甲文化传媒有限公司', first, '测试文化创意园', 'A座', '2023-03-01'],
        ['北京乙设计有限公司', second, '测试文化创意园', 'B座', '2024-01-15'],
      ],
    },
    {
      name: '活动',
      rows: [
        ['园区名称', '活动名称', '活动类型', '活动日期', '参与人次'],
        ['测试文化创意园', '创意市集', '市集', '2024-05-01', 300],
      ],
    },
    {
      name: '融资',
      rows: [
        ['企业名称', '统一社会信用代码', '资金方', '融资金额（万元）', '融资日期', '融资类型'],
        ['北京甲文化传媒有限公司', first, '北京银行', 500, '2024-06-30', '贷款'],
      ],
    },
    {
      name: '培育进展',
      rows: [
        ['园区名称', '目标营收（亿元）', '目标年份', '基准年份', '基准营收（亿元）'],
        ['测试文化创意园', 100, 2027, 2023, 40],
      ],
    },
    {
      name: '培育里程碑',
      rows: [
        ['园区名称', '里程碑', '计划完成日期', '进展状态', '完成日期'],
        ['测试文化创意园', '引入龙头企业', '2025-06-30', '已完成', '2025-05-20'],
        ['测试文化创意园', '完成二期改造', '2026-12-31', '未开始', null],
      ],
    },
  ]);
}
