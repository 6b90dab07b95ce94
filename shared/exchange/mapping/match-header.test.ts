import { describe, expect, it } from 'vitest';
import { matchHeader } from './match-header';

const fieldOf = (header: string, entity: Parameters<typeof matchHeader>[1] = null) =>
  matchHeader(header, entity)?.field ?? null;

describe('matchHeader: synonyms', () => {
  it('maps the words offices use to one field each', () => {
    const cases: readonly [readonly string[], string][] = [
      [
        ['企业名称', '单位名称', '企业名称（全称）', '单位详细名称', 'Company Name'],
        'enterpriseName',
      ],
      [['统一社会信用代码', '信用代码', '社会信用代码', '信用代码(18位)', 'USCC'], 'creditCode'],
      [['营业收入', '营收', '主营业务收入', '营业收入（万元）', 'Revenue'], 'revenueYuan'],
      [
        ['同比', '增速', '同比增长（%）', '营收增速', '比上年同期增长(%)'],
        'yoyGrowthReportedPercent',
      ],
      [
        ['从业人员', '期末从业人员', '期末从业人员（人）', '从业人员期末人数'],
        'employeesAtPeriodEnd',
      ],
      [['纳税', '税收', '纳税总额', '税收（万元）'], 'taxYuan'],
      [['上年同期', '营业收入上年同期', '上年同期营业收入'], 'priorYearRevenueYuan'],
      [['所在园区', '园区名称'], 'parkName'],
      [['建筑面积（万平方米）'], 'floorAreaSqm'],
      [['入驻时间', '入园日期'], 'movedInOn'],
    ];
    for (const [headers, field] of cases) {
      for (const header of headers) expect([header, fieldOf(header)]).toEqual([header, field]);
    }
  });

  it('reads full-width and spaced headers like their plain forms', () => {
    expect(fieldOf('ＵＳＣＣ')).toBe('creditCode');
    expect(fieldOf('企 业 名 称')).toBe('enterpriseName');
  });
});

describe('matchHeader: fuzzy', () => {
  it('finds the field of a header with a typo or two, swapped words or extra words', () => {
    const headers = [
      '统一社会信用代玛',
      '统一杜会信用代玛',
      '社会统一信用代码',
      '企业统一社会信用代码号',
    ];
    for (const header of headers) {
      expect(matchHeader(header)).toMatchObject({ field: 'creditCode', confidence: 'fuzzy' });
    }
    expect(matchHeader('企业详细名称')).toMatchObject({
      field: 'enterpriseName',
      confidence: 'fuzzy',
    });
  });

  it('leaves unrelated headers unmapped', () => {
    for (const header of ['法定代表人', '经营范围', 'xyz', '']) expect(fieldOf(header)).toBeNull();
  });
});

describe('matchHeader: what must not be mapped', () => {
  it('does not take another figure for the one it qualifies', () => {
    expect(fieldOf('纳税总额上年同期')).toBeNull();
    expect(fieldOf('纳税同比')).toBeNull();
    expect(fieldOf('从业人员平均人数')).toBeNull();
    expect(fieldOf('净利润')).toBeNull();
    expect(fieldOf('其他收入')).toBeNull();
  });

  it('lets general words name a field only once the kind of record is known', () => {
    expect(fieldOf('名称')).toBeNull();
    expect(fieldOf('名称', 'events')).toBe('eventTitle');
    expect(fieldOf('名称', 'parks')).toBe('parkName');
    expect(fieldOf('日期', 'financing')).toBe('financingDate');
    expect(fieldOf('金额', 'financing')).toBe('financingAmountYuan');
  });
});
