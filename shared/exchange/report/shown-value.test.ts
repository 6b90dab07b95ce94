import { describe, expect, it } from 'vitest';
import { shownValue } from './shown-value';

describe('shownValue', () => {
  it('prints money in 万元 to the 元, so different figures never print alike', () => {
    expect(shownValue('revenueYuan', 1_234_000)).toBe('123.4 万元');
    expect(shownValue('revenueYuan', 1_234_001)).toBe('123.4001 万元');
  });

  it('prints areas, yes/no, lists and blanks for people', () => {
    expect(shownValue('floorAreaSqm', 12_500)).toBe('12,500 ㎡');
    expect(shownValue('digitalCulture', true)).toBe('是');
    expect(shownValue('formerNames', ['甲', '乙'])).toBe('甲、乙');
    expect(shownValue('contactName', null)).toBe('（空）');
  });

  it('prints choices, tags, certifications and 数字文化小类 in the exchange workbook’s words', () => {
    expect(shownValue('enterpriseTags', ['listed', 'mcn'])).toBe('上市、MCN');
    expect(shownValue('earlierCertifications', ['2018:municipal'])).toBe('2018年 市级文化产业园区');
    expect(shownValue('digitalCultureClass', 4)).toBe('4 数字出版');
    expect(shownValue('milestoneStatus', 'done')).toBe('已完成');
  });
});
