import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isFullYear,
  isPeriod,
  makePeriod,
  parsePeriod,
  periodLabel,
  periodsOfYear,
  previousPeriodInYear,
  samePeriodLastYear,
} from './period';

describe('reporting periods', () => {
  it('accepts months 2 to 12: January is never reported alone', () => {
    expect(parsePeriod('2024-10')).toEqual({ year: 2024, month: 10 });
    expect(isPeriod('2024-02')).toBe(true);
    expect(isPeriod('2024-12')).toBe(true);
    expect(isPeriod('2024-01')).toBe(false);
    expect(isPeriod('2024-13')).toBe(false);
    expect(isPeriod('2024-1')).toBe(false);
    expect(isPeriod('24-10')).toBe(false);
    expect(() => makePeriod(2024, 1)).toThrow(/1–2月/);
  });

  it('labels periods as the statistics bureau writes them', () => {
    expect(periodLabel(makePeriod(2024, 10))).toEqual({ zh: '2024年1-10月', en: 'Jan–Oct 2024' });
    expect(periodLabel(makePeriod(2024, 2)).zh).toBe('2024年1-2月');
    expect(periodLabel(makePeriod(2024, 12))).toEqual({ zh: '2024年', en: '2024' });
  });

  it('steps to the same period last year and the previous month', () => {
    expect(samePeriodLastYear(makePeriod(2024, 10))).toBe('2023-10');
    expect(previousPeriodInYear(makePeriod(2024, 10))).toBe('2024-09');
    expect(previousPeriodInYear(makePeriod(2024, 2))).toBeNull();
  });

  it('lists the eleven periods of a year in order', () => {
    const periods = periodsOfYear(2023);
    expect(periods).toHaveLength(11);
    expect(periods[0]).toBe('2023-02');
    expect(periods.at(-1)).toBe('2023-12');
    expect([...periods].reverse().sort(comparePeriods)).toEqual(periods);
    expect(isFullYear(makePeriod(2023, 12))).toBe(true);
  });
});
