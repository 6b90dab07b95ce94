import { describe, expect, it } from 'vitest';
import { gridOf, type GridValue } from '../test-support/sheet-grids';
import { headerTextSet, skipReasonOf } from './row-kinds';

const context = {
  headerTexts: headerTextSet(['企业名称', '统一社会信用代码', '营业收入']),
  isFirstAfterHeader: false,
};

function reasonOf(row: readonly GridValue[], isFirstAfterHeader = false) {
  return skipReasonOf(gridOf([row]).rows[0], { ...context, isFirstAfterHeader });
}

describe('skipReasonOf', () => {
  it('finds blank rows, including rows of spaces', () => {
    expect(reasonOf([])).toBe('blank');
    expect(reasonOf([null, ' ', '\u3000'])).toBe('blank');
  });

  it('finds notes and sign-off lines', () => {
    for (const text of [
      '注：营业收入为累计数',
      '注1：单位万元',
      '说明：',
      '填表说明',
      '填表人：张三',
      '审核人:李四',
      '联系电话：010-1234',
    ]) {
      expect([text, reasonOf([text])]).toEqual([text, 'note']);
    }
  });

  it('finds totals and subtotals in the first label cells, spaced or not', () => {
    expect(reasonOf(['合计', null, 100])).toBe('total');
    expect(reasonOf(['合 计', null, 100])).toBe('total');
    expect(reasonOf([null, '朝阳区合计', 100])).toBe('total');
    expect(reasonOf(['总计', 100])).toBe('total');
    expect(reasonOf(['', '小计', 50])).toBe('subtotal');
    expect(reasonOf(['Total', 5])).toBe('total');
  });

  it('finds section headings and the 栏次 row right under the header', () => {
    expect(reasonOf(['一、规上企业'])).toBe('section');
    expect(reasonOf(['（二）其他企业'])).toBe('section');
    expect(reasonOf(['甲', '乙', 1, 2, 3], true)).toBe('column-numbers');
    expect(reasonOf(['甲', '乙', 1, 2, 3], false)).toBeNull();
  });

  it('finds the header repeated on a printed page', () => {
    expect(reasonOf(['企业名称', '统一社会信用代码', '营业收入'])).toBe('repeated-header');
  });

  it('keeps records, even those whose names contain the words above', () => {
    expect(reasonOf(['北京合计文化有限公司', '91110108551385082Q', 10])).toBeNull();
    expect(reasonOf(['注册会计师事务所', '91110000802100433B', 10])).toBeNull();
    expect(reasonOf([1, '一、二文化传媒有限公司', 5])).toBeNull();
  });
});
