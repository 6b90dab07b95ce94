import { describe, expect, it } from 'vitest';
import { isWithinPeriod, periodEndDate, periodStartDate } from './period-dates';

describe('period dates', () => {
  it('run from 1 January to the last day of month N', () => {
    expect(periodStartDate('2024-10')).toBe('2024-01-01');
    expect(periodEndDate('2024-10')).toBe('2024-10-31');
    expect(periodEndDate('2024-02')).toBe('2024-02-29');
    expect(periodEndDate('2023-02')).toBe('2023-02-28');
    expect(periodEndDate('2024-12')).toBe('2024-12-31');
  });

  it('contain the dates between, both ends included', () => {
    expect(isWithinPeriod('2024-01-01', '2024-10')).toBe(true);
    expect(isWithinPeriod('2024-10-31', '2024-10')).toBe(true);
    expect(isWithinPeriod('2024-11-01', '2024-10')).toBe(false);
    expect(isWithinPeriod('2023-12-31', '2024-10')).toBe(false);
  });
});
