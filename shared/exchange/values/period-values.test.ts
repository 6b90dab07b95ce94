import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../workbook/sheet-grid';
import { normalisePeriod, periodFromTitle } from './period-values';

const periodOf = (value: string | number, titleYear: number | null = null) => {
  const result = normalisePeriod({ value } satisfies SheetCell, titleYear, false);
  return result.ok ? result.value : result.problem.code;
};

describe('normalisePeriod', () => {
  it('reads the ways offices write a cumulative period', () => {
    const cases: readonly [string | number, string][] = [
      ['2024年1-10月', '2024-10'],
      ['2024年1—10月', '2024-10'],
      ['2024年1月-10月', '2024-10'],
      ['2024年1至10月', '2024-10'],
      ['2024年10月', '2024-10'],
      ['2024-10', '2024-10'],
      ['2024/10', '2024-10'],
      ['2024.10', '2024-10'],
      ['202410', '2024-10'],
      [202410, '2024-10'],
      ['2024年', '2024-12'],
      ['2024年度', '2024-12'],
      ['2024年上半年', '2024-06'],
      ['2024年前三季度', '2024-09'],
      ['2024年一季度', '2024-03'],
      [2024, '2024-12'],
    ];
    for (const [value, period] of cases) expect([value, periodOf(value)]).toEqual([value, period]);
  });

  it('takes the year from the title when the cell gives only months', () => {
    expect(periodOf('1-10月', 2024)).toBe('2024-10');
    expect(periodOf('前三季度', 2023)).toBe('2023-09');
    expect(periodOf('1-10月')).toBe('not-a-period');
  });

  it('reads a date cell as its month', () => {
    expect(periodOf(45566)).toBe('2024-10');
  });

  it('refuses January alone, spans not from January, and numbers that lost a zero', () => {
    const january = normalisePeriod({ value: '2024年1月' }, null, false);
    expect(january.ok ? null : january.problem.message.zh).toContain('没有单独的1月');
    expect(periodOf('2024年3-10月')).toBe('not-a-period');
    const decimal = normalisePeriod({ value: 2024.1 }, null, false);
    expect(decimal.ok ? null : decimal.problem.message.zh).toContain('无法区分1月和10月');
  });
});

describe('periodFromTitle', () => {
  it('finds the period in a title line', () => {
    expect(periodFromTitle('朝阳区文化企业营收情况表（2024年1-10月）')).toEqual({
      year: 2024,
      period: '2024-10',
    });
    expect(periodFromTitle('截至2024年10月底园区企业情况')).toEqual({
      year: 2024,
      period: '2024-10',
    });
    expect(periodFromTitle('2023年度文化产业园区统计')).toEqual({ year: 2023, period: '2023-12' });
    expect(periodFromTitle('2024年上半年情况表')).toEqual({ year: 2024, period: '2024-06' });
  });

  it('gives the year alone when the title names no period, and nothing without a year', () => {
    expect(periodFromTitle('2024年园区入驻企业名录')).toEqual({ year: 2024, period: null });
    expect(periodFromTitle('2024年1月快报')).toEqual({ year: 2024, period: null });
    expect(periodFromTitle('填报单位：测试园区')).toBeNull();
  });
});
