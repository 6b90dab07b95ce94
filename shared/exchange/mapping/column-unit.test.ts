import { describe, expect, it } from 'vitest';
import { moneyUnitFromStatement, squareMetresPer, unitFromHeader, unitKindOf } from './column-unit';

describe('unitFromHeader', () => {
  it('reads money units in brackets of any width, after 单位, or at the end', () => {
    expect(unitFromHeader('营业收入（万元）')).toBe('wan-yuan');
    expect(unitFromHeader('营业收入(亿元)')).toBe('yi-yuan');
    expect(unitFromHeader('纳税总额［千元］')).toBe('thousand-yuan');
    expect(unitFromHeader('注册资本【元】')).toBe('yuan');
    expect(unitFromHeader('营业收入 单位：万元')).toBe('wan-yuan');
    expect(unitFromHeader('营业收入万元')).toBe('wan-yuan');
    expect(unitFromHeader('Revenue (10k yuan)')).toBe('wan-yuan');
  });

  it('reads area units, 万平方米 before 平方米', () => {
    expect(unitFromHeader('建筑面积（㎡）')).toBe('sqm');
    expect(unitFromHeader('建筑面积(平方米)')).toBe('sqm');
    expect(unitFromHeader('建筑面积（m²）')).toBe('sqm');
    expect(unitFromHeader('建筑面积（万平方米）')).toBe('ten-thousand-sqm');
    expect(unitFromHeader('占地面积（亩）')).toBe('mu');
    expect(unitFromHeader('占地面积（公顷）')).toBe('hectare');
  });

  it('reads percentages and finds nothing in headers without a unit', () => {
    expect(unitFromHeader('同比增速（%）')).toBe('percent');
    expect(unitFromHeader('增速％')).toBe('percent');
    expect(unitFromHeader('企业名称')).toBeNull();
    expect(unitFromHeader('期末从业人员（人）')).toBeNull();
  });
});

describe('moneyUnitFromStatement', () => {
  it('reads a table-wide money unit and ignores other statements', () => {
    expect(moneyUnitFromStatement('金额单位：万元')).toBe('wan-yuan');
    expect(moneyUnitFromStatement('（单位：亿元、人）')).toBe('yi-yuan');
    expect(moneyUnitFromStatement('单位：平方米')).toBeNull();
    expect(moneyUnitFromStatement('填报单位：测试文化创意园')).toBeNull();
  });
});

describe('units', () => {
  it('holds 1 亩 as exactly 2000/3 ㎡ and tells kinds apart', () => {
    expect(squareMetresPer.mu * 3).toBe(2000);
    expect(squareMetresPer.hectare / squareMetresPer.mu).toBeCloseTo(15, 12);
    expect(unitKindOf('wan-yuan')).toBe('money');
    expect(unitKindOf('mu')).toBe('area');
    expect(unitKindOf('percent')).toBe('percent');
  });
});
