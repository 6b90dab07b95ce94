import { describe, expect, it } from 'vitest';
import { mappingOf, suggestColumnMapping } from './column-mapping';
import { layoutSignature } from './layout-signature';

describe('suggestColumnMapping: what the sheet holds', () => {
  const sheets = {
    revenue: [
      '序号',
      '企业名称',
      '统一社会信用代码',
      '营业收入（万元）',
      '上年同期',
      '同比（%）',
      '纳税总额',
      '期末从业人员',
    ],
    enterprises: [
      '企业名称',
      '统一社会信用代码',
      '成立日期',
      '注册资本（万元）',
      '行业代码',
      '是否规上',
    ],
    parks: ['园区名称', '所属街道', '运营主体', '建筑面积（㎡）', '可租赁面积（㎡）', '认定级别'],
    tenancies: ['企业名称', '信用代码', '所在园区', '楼栋', '房间号', '租赁面积', '入驻日期'],
    events: ['园区', '活动名称', '活动类型', '日期', '参与人次'],
    financing: ['企业名称', '资金方', '融资金额（万元）', '放款日期', '融资方式'],
    cultivation: [
      '园区名称',
      '基准年份',
      '基准营收（亿元）',
      '目标年份',
      '目标营收（亿元）',
      '梯队',
    ],
  } as const;

  for (const [entity, headers] of Object.entries(sheets)) {
    it(`finds ${entity} from its headers`, () => {
      expect(suggestColumnMapping(headers).entity).toBe(entity);
    });
  }

  it('says nothing when the headers say too little', () => {
    expect(suggestColumnMapping(['备注', '联系电话']).entity).toBeNull();
    expect(suggestColumnMapping([]).entity).toBeNull();
  });

  it('keeps an entity given by the caller', () => {
    expect(suggestColumnMapping(sheets.revenue, { entity: 'enterprises' }).entity).toBe(
      'enterprises',
    );
  });
});

describe('suggestColumnMapping: columns', () => {
  it('maps each column to a field and reads its unit from the header, the table or the default', () => {
    const suggestion = suggestColumnMapping(
      ['企业名称', '营业收入（亿元）', '纳税总额', '建筑面积', '同比'],
      { sheetMoneyUnit: 'wan-yuan' },
    );
    expect(
      suggestion.columns.map(({ field, unit, unitSource }) => [field, unit, unitSource]),
    ).toEqual([
      ['enterpriseName', null, null],
      ['revenueYuan', 'yi-yuan', 'header'],
      ['taxYuan', 'wan-yuan', 'sheet'],
      ['floorAreaSqm', 'sqm', 'default'],
      ['yoyGrowthReportedPercent', 'percent', 'default'],
    ]);
  });

  it('ignores a unit of the wrong kind: 元 in 单元号 is not money', () => {
    const [room] = suggestColumnMapping(['单元号']).columns;
    expect(room).toMatchObject({ field: 'room', unit: null });
  });

  it('gives a field to one column only, the better match, and says why the other is unmapped', () => {
    const suggestion = suggestColumnMapping(['企业详细名称', '企业名称', '经营范围', '']);
    expect(suggestion.columns.map(({ field, unmappedReason }) => [field, unmappedReason])).toEqual([
      [null, 'duplicate'],
      ['enterpriseName', null],
      [null, 'unknown-header'],
      [null, 'empty-header'],
    ]);
  });

  it('gives a plain mapping to store and edit', () => {
    const mapping = mappingOf(suggestColumnMapping(['企业名称', '营收（万元）']));
    expect(mapping).toEqual({
      entity: 'revenue',
      columns: [
        { columnIndex: 0, field: 'enterpriseName', unit: null },
        { columnIndex: 1, field: 'revenueYuan', unit: 'wan-yuan' },
      ],
    });
  });
});

describe('layoutSignature', () => {
  const headers = ['序号', '企业名称', '营业收入（万元）'];

  it('is the same for headers that differ only in width, case, spaces or trailing blanks', () => {
    expect(layoutSignature(['序号', ' 企业 名称', '营业收入(万元)', '', ''])).toBe(
      layoutSignature(headers),
    );
  });

  it('differs when a word, a unit or the order differs', () => {
    const signature = layoutSignature(headers);
    expect(layoutSignature(['序号', '企业名称', '营业收入（元）'])).not.toBe(signature);
    expect(layoutSignature(['企业名称', '序号', '营业收入（万元）'])).not.toBe(signature);
    expect(signature).toMatch(/^layout-v1-3-[0-9a-z]+$/);
  });
});
