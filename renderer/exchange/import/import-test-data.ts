/** A small enterprise list as offices send it, for the import's renderer tests. */
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
