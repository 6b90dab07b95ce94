import { describe, expect, it } from 'vitest';
import { defaultEntryPeriod, entryPeriods, latestClosedPeriod } from './entry-periods';

describe('latestClosedPeriod', () => {
  it('is 1–(M−1)月 of this year, or last year as a whole in January and February', () => {
    expect(latestClosedPeriod('2024-11-05')).toBe('2024-10');
    expect(latestClosedPeriod('2024-03-01')).toBe('2024-02');
    expect(latestClosedPeriod('2024-02-10')).toBe('2023-12');
    expect(latestClosedPeriod('2024-01-10')).toBe('2023-12');
  });
});

describe('entryPeriods', () => {
  it('offers the periods with reports, the next one to fill and this year’s, latest first', () => {
    expect(entryPeriods(['2024-02', '2023-12'], '2024-04-15')).toEqual([
      '2024-03',
      '2024-02',
      '2023-12',
    ]);
  });

  it('does not offer a period that has not ended', () => {
    expect(entryPeriods(['2024-10'], '2024-11-05')).toEqual([
      '2024-10',
      '2024-09',
      '2024-08',
      '2024-07',
      '2024-06',
      '2024-05',
      '2024-04',
      '2024-03',
      '2024-02',
    ]);
  });

  it('offers last year’s periods early in a year with nothing reported yet', () => {
    expect(entryPeriods([], '2025-02-01')[0]).toBe('2024-12');
  });
});

describe('defaultEntryPeriod', () => {
  it('is the latest period with reports', () => {
    expect(defaultEntryPeriod(['2023-12', '2024-10', '2024-09'], '2026-11-01')).toBe('2024-10');
  });

  it('is the latest closed period in an empty registry', () => {
    expect(defaultEntryPeriod([], '2024-11-05')).toBe('2024-10');
  });
});
