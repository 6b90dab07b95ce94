import { describe, expect, it } from 'vitest';
import { cellText, columnLetter, excelRowNumber, isBlankRow } from './sheet-grid';

describe('columnLetter', () => {
  it("gives Excel's letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });
});

describe('cells as text', () => {
  it('trims text, writes numbers and booleans, and treats blanks as empty', () => {
    expect(cellText({ value: '  企业名称\u3000' })).toBe('企业名称');
    expect(cellText({ value: 12.5 })).toBe('12.5');
    expect(cellText({ value: false })).toBe('false');
    expect(cellText(null)).toBe('');
    expect(isBlankRow([null, { value: ' ' }, undefined])).toBe(true);
    expect(isBlankRow([null, { value: 0 }])).toBe(false);
    expect(excelRowNumber(0)).toBe(1);
  });
});
