import { describe, expect, it } from 'vitest';
import { parseNumberText, scaledNumber } from './number-text';

describe('parseNumberText', () => {
  it('reads separators, full-width digits, signs and spaces', () => {
    expect(parseNumberText('1,234.5')).toEqual({ decimal: '1234.5', suffix: '' });
    expect(parseNumberText('３４５')).toEqual({ decimal: '345', suffix: '' });
    expect(parseNumberText('１，２３４．５０')).toEqual({ decimal: '1234.5', suffix: '' });
    expect(parseNumberText(' -1 234 ')).toEqual({ decimal: '-1234', suffix: '' });
    expect(parseNumberText('−12')).toEqual({ decimal: '-12', suffix: '' });
    expect(parseNumberText('.5')).toEqual({ decimal: '0.5', suffix: '' });
  });

  it("reads an accountant's negative and scientific notation", () => {
    expect(parseNumberText('(1,234)')).toEqual({ decimal: '-1234', suffix: '' });
    expect(parseNumberText('（1,234.5）')).toEqual({ decimal: '-1234.5', suffix: '' });
    expect(parseNumberText('1.2E+5')).toEqual({ decimal: '120000', suffix: '' });
    expect(parseNumberText('5e-3')).toEqual({ decimal: '0.005', suffix: '' });
  });

  it('leaves what follows the digits to the caller', () => {
    expect(parseNumberText('1.2亿')).toEqual({ decimal: '1.2', suffix: '亿' });
    expect(parseNumberText('345 万元')).toEqual({ decimal: '345', suffix: '万元' });
    expect(parseNumberText('12.3%')).toEqual({ decimal: '12.3', suffix: '%' });
  });

  it('does not take misplaced separators or words for numbers', () => {
    expect(parseNumberText('1,23')?.suffix).toBe(',23');
    expect(parseNumberText('约100')).toBeNull();
    expect(parseNumberText('abc')).toBeNull();
    expect(parseNumberText('')).toBeNull();
  });
});

describe('scaledNumber', () => {
  it('shifts the decimal point in the digits', () => {
    expect(scaledNumber('1.2', 4)).toBe(12000);
    expect(scaledNumber('-0.35', 8)).toBe(-35_000_000);
  });
});
