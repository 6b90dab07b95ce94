import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../workbook/sheet-grid';
import {
  normaliseArea,
  normaliseInteger,
  normaliseMoney,
  normalisePercent,
  normaliseYear,
} from './figure-values';
import type { Normalised } from './value-problem';

const text = (value: string): SheetCell => ({ value });
const number = (value: number, numberFormat?: string): SheetCell =>
  numberFormat === undefined ? { value } : { value, numberFormat };

function valueOf<T>(result: Normalised<T>): T {
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.value;
}

function problemOf<T>(result: Normalised<T>) {
  if (result.ok) throw new Error(`expected a problem, got ${String(result.value)}`);
  return result.problem;
}

describe('normaliseMoney', () => {
  it('converts a number in the column unit to integer 元', () => {
    expect(valueOf(normaliseMoney(number(123.4), 'wan-yuan'))).toBe(1_234_000);
    expect(valueOf(normaliseMoney(number(2633.7), 'yi-yuan'))).toBe(263_370_000_000);
    expect(valueOf(normaliseMoney(number(0.1 + 0.2), 'wan-yuan'))).toBe(3000);
  });

  it('reads text with separators, and a unit typed in the cell over the column unit', () => {
    expect(valueOf(normaliseMoney(text('1,234.5'), 'yuan'))).toBe(1235);
    expect(valueOf(normaliseMoney(text('1.2亿'), 'wan-yuan'))).toBe(120_000_000);
    expect(valueOf(normaliseMoney(text('3000万元'), 'yi-yuan'))).toBe(30_000_000);
    expect(valueOf(normaliseMoney(text('(12.5)'), 'wan-yuan'))).toBe(-125_000);
  });

  it('takes blanks and placeholders as blank, not zero', () => {
    for (const cell of [null, text(' '), text('-'), text('—'), text('/')]) {
      expect(valueOf(normaliseMoney(cell, 'wan-yuan'))).toBeNull();
    }
  });

  it('says what was found and what is expected', () => {
    const problem = problemOf(normaliseMoney(text('约100'), 'wan-yuan'));
    expect(problem.code).toBe('not-a-number');
    expect(problem.message.zh).toContain('“约100” 不是数字');
    expect(problemOf(normaliseMoney(text('12%'), 'wan-yuan')).code).toBe('wrong-unit');
    expect(problemOf(normaliseMoney({ value: '#DIV/0!', isError: true }, 'yuan')).code).toBe(
      'error-value',
    );
    expect(problemOf(normaliseMoney(number(1e30), 'yi-yuan')).code).toBe('out-of-range');
  });
});

describe('normalisePercent', () => {
  it('takes the value the sheet shows: a %-formatted fraction, or the number as written', () => {
    expect(valueOf(normalisePercent(number(0.123, '0.0%')))).toBe(12.3);
    expect(valueOf(normalisePercent(number(0.07, '0%')))).toBe(7);
    expect(valueOf(normalisePercent(number(12.3)))).toBe(12.3);
    expect(valueOf(normalisePercent(number(-0.052, '0.00%')))).toBe(-5.2);
  });

  it('reads "12.3%" and "12.3" as text alike', () => {
    expect(valueOf(normalisePercent(text('12.3%')))).toBe(12.3);
    expect(valueOf(normalisePercent(text('１２．３％')))).toBe(12.3);
    expect(valueOf(normalisePercent(text('12.3')))).toBe(12.3);
    expect(problemOf(normalisePercent(text('12.3万'))).code).toBe('wrong-unit');
  });
});

describe('normaliseArea', () => {
  it('converts the column unit to ㎡: 1 亩 is 2000/3 ㎡', () => {
    expect(valueOf(normaliseArea(number(1), 'mu'))).toBe(666.67);
    expect(valueOf(normaliseArea(number(3), 'mu'))).toBe(2000);
    expect(valueOf(normaliseArea(number(1.2), 'ten-thousand-sqm'))).toBe(12_000);
    expect(valueOf(normaliseArea(number(1200.5), 'sqm'))).toBe(1200.5);
  });

  it('reads a unit typed in the cell', () => {
    expect(valueOf(normaliseArea(text('1.2万平方米'), 'sqm'))).toBe(12_000);
    expect(valueOf(normaliseArea(text('15亩'), 'sqm'))).toBe(10_000);
    expect(valueOf(normaliseArea(text('3,500㎡'), 'mu'))).toBe(3500);
    expect(problemOf(normaliseArea(text('35元'), 'sqm')).code).toBe('wrong-unit');
  });
});

describe('normaliseInteger and normaliseYear', () => {
  it('reads counts with magnitudes and count words, and refuses fractions', () => {
    expect(valueOf(normaliseInteger(text('1.2万')))).toBe(12_000);
    expect(valueOf(normaliseInteger(text('125人')))).toBe(125);
    expect(valueOf(normaliseInteger(text('3,000 人次')))).toBe(3000);
    expect(valueOf(normaliseInteger(number(125)))).toBe(125);
    expect(problemOf(normaliseInteger(number(12.5))).code).toBe('not-an-integer');
    expect(problemOf(normaliseInteger(text('12元'))).code).toBe('wrong-unit');
  });

  it('reads four-digit years', () => {
    expect(valueOf(normaliseYear(number(2024)))).toBe(2024);
    expect(valueOf(normaliseYear(text('２０２４年度')))).toBe(2024);
    expect(problemOf(normaliseYear(text('24年'))).code).toBe('not-a-year');
  });
});
