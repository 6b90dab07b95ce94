import { describe, expect, it } from 'vitest';
import { gridOf } from '../test-support/sheet-grids';
import { findHeader, flattenHeaders } from './header-rows';

describe('findHeader', () => {
  it('passes over title rows to the row that names the most fields', () => {
    const grid = gridOf([
      ['朝阳区文化企业名录（2024年）'],
      ['填报单位：测试园区'],
      [],
      ['企业名称', '统一社会信用代码', '行业'],
      ['北京甲文化传媒有限公司', '91110108551385082Q', '广告服务'],
    ]);
    expect(findHeader(grid)).toEqual({
      firstRow: 3,
      depth: 1,
      headers: ['企业名称', '统一社会信用代码', '行业'],
    });
  });

  it('does not take a title merged across the table for a row of headers', () => {
    const grid = gridOf(
      [
        ['入驻企业名录', null, null, null],
        ['企业名称', '法定代表人', '经营范围', '注册地址'],
        ['北京甲文化传媒有限公司', '张三', '广告设计', '朝阳路1号'],
      ],
      [[0, 0, 0, 3]],
    );
    expect(findHeader(grid)?.firstRow).toBe(1);
  });

  it('does not take a row of text records for a second header row', () => {
    const grid = gridOf([
      ['企业名称', '统一社会信用代码', '行业'],
      ['北京甲文化传媒有限公司', '91110108551385082Q', '广告服务'],
    ]);
    expect(findHeader(grid)?.depth).toBe(1);
  });

  it('finds nothing in a sheet without column names', () => {
    expect(findHeader(gridOf([['请于每月5日前报送'], ['谢谢']]))).toBeNull();
  });

  it('takes sub-headers under merged cells, up to three rows', () => {
    const grid = gridOf(
      [
        ['企业名称', '经营情况', null, null],
        [null, '营业收入（万元）', null, '从业人员'],
        [null, '本年累计', '上年同期', null],
        ['甲公司', 10, 9, 3],
      ],
      [
        [0, 0, 2, 0],
        [0, 1, 0, 3],
        [1, 1, 1, 2],
        [1, 3, 2, 3],
      ],
    );
    const header = findHeader(grid);
    expect(header?.depth).toBe(3);
    expect(header?.headers).toEqual([
      '企业名称',
      '经营情况 / 营业收入（万元） / 本年累计',
      '经营情况 / 营业收入（万元） / 上年同期',
      '经营情况 / 从业人员',
    ]);
  });
});

describe('flattenHeaders', () => {
  it('gives a parent without merges to the blank cells over its sub-columns', () => {
    const grid = gridOf([
      ['企业名称', '营业收入（万元）', null, '纳税（万元）', null, '备注'],
      [null, '本年累计', '上年同期', '本年累计', '上年同期', null],
    ]);
    expect(flattenHeaders(grid, 0, 2)).toEqual([
      '企业名称',
      '营业收入（万元） / 本年累计',
      '营业收入（万元） / 上年同期',
      '纳税（万元） / 本年累计',
      '纳税（万元） / 上年同期',
      '备注',
    ]);
  });
});
