import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, isoDateParts, makeIsoDate } from './iso-date';

describe('ISO calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-4-1')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
  });

  it('builds and splits dates', () => {
    expect(makeIsoDate(2024, 3, 1)).toBe('2024-03-01');
    expect(isoDateParts('2024-03-01')).toEqual({ year: 2024, month: 3, day: 1 });
    expect(() => makeIsoDate(2024, 2, 30)).toThrow(RangeError);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
