import { describe, expect, it } from 'vitest';
import { formatMoney, fromYuan, naturalMoneyUnit, sumYuan, tenBillionYuan, toYuan } from './money';

describe('toYuan', () => {
  it('converts each unit exactly', () => {
    expect(toYuan('1234.5678', 'wan-yuan')).toBe(12_345_678);
    expect(toYuan(2633.7, 'yi-yuan')).toBe(263_370_000_000);
    expect(toYuan('12.345', 'thousand-yuan')).toBe(12_345);
    expect(toYuan('100', 'yi-yuan')).toBe(tenBillionYuan);
  });

  it('does not drift where floating point would', () => {
    // 0.1 + 0.2 = 0.30000000000000004
    expect(toYuan(0.1 + 0.2, 'wan-yuan')).toBe(3000);
    expect(toYuan(1064.7, 'yi-yuan')).toBe(106_470_000_000);
    expect(toYuan(0.07, 'wan-yuan')).toBe(700);
  });

  it('rounds half away from zero at the yuan', () => {
    expect(toYuan('0.00005', 'wan-yuan')).toBe(1);
    expect(toYuan('0.00004', 'wan-yuan')).toBe(0);
    expect(toYuan('-1.5', 'yuan')).toBe(-2);
    expect(toYuan('-0.4', 'yuan')).toBe(0);
  });

  it('gives a number the same 元 as the decimal it prints as, halves and negatives included', () => {
    // Numbers take an arithmetic shortcut where it provably agrees with shifting the digits:
    // compare it with the digit path (the number's text) over many amounts of every kind.
    let state = 20241207;
    const next = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    const units = ['yuan', 'thousand-yuan', 'wan-yuan', 'yi-yuan'] as const;
    const amounts = [1234.5, -1.5, 0.00005, -0.00005, 2.675, 1e-7, 4_294_967.2955, 2 ** 53, -0];
    for (let i = 0; i < 20_000; i += 1) {
      const magnitude = 10 ** Math.floor(next() * 14 - 5);
      const decimals = Math.floor(next() * 7);
      const amount = Number((next() * magnitude).toFixed(decimals)) * (next() < 0.2 ? -1 : 1);
      amounts.push(amount, amount + 0.5 / 10 ** decimals);
    }
    for (const amount of amounts) {
      const text = String(amount);
      if (/e/i.test(text)) continue;
      for (const unit of units) {
        expect(toYuan(amount, unit), `${text} ${unit}`).toBe(toYuan(text, unit));
      }
    }
  });

  it('accepts leading and trailing points and zeros', () => {
    expect(toYuan('.5', 'wan-yuan')).toBe(5000);
    expect(toYuan('5.', 'wan-yuan')).toBe(50_000);
    expect(toYuan('000123', 'yuan')).toBe(123);
  });

  it('rejects what is not a plain decimal', () => {
    for (const bad of ['', '.', '1,234', '1.2.3', 'abc', '1e5', '¥12']) {
      expect(toYuan(bad, 'yuan')).toBeNull();
    }
    expect(toYuan(Number.NaN, 'yuan')).toBeNull();
    expect(toYuan(Number.POSITIVE_INFINITY, 'yuan')).toBeNull();
  });

  it('refuses amounts beyond exact integer range', () => {
    expect(toYuan('100000000', 'yi-yuan')).toBeNull();
  });

  it('handles numbers that print with an exponent', () => {
    expect(toYuan(1e-7, 'yi-yuan')).toBe(10);
    expect(toYuan(1e21, 'yuan')).toBeNull();
  });
});

describe('formatting', () => {
  it('prints 亿元 and 万元 with separators and two decimals', () => {
    expect(formatMoney(263_370_000_000, { unit: 'yi-yuan', withUnit: 'zh' })).toBe('2,633.70 亿元');
    expect(formatMoney(12_345_678, { unit: 'wan-yuan' })).toBe('1,234.57');
    expect(formatMoney(12_345_678, { unit: 'yuan', withUnit: 'en' })).toBe('12,345,678 yuan');
  });

  it('chooses 亿元 from 1亿 up', () => {
    expect(naturalMoneyUnit(99_999_999)).toBe('wan-yuan');
    expect(naturalMoneyUnit(100_000_000)).toBe('yi-yuan');
    expect(fromYuan(150_000_000, 'yi-yuan')).toBe(1.5);
  });
});

describe('sumYuan', () => {
  it('adds exactly and counts missing figures', () => {
    expect(sumYuan([1, null, 2, undefined, 3])).toEqual({ totalYuan: 6, missing: 2 });
  });
});
