/**
 * Money is held as integer 元 (`…Yuan` fields). Figures arrive in 元, 千元, 万元 or 亿元 with
 * decimals; converting through floating point multiplies drift (0.1 万元 × 10000 ≠ 1000 exactly
 * in every case), so conversion shifts the decimal point in the digits themselves.
 */
import type { LocalizedText } from '../text/localized-text';

export type MoneyUnit = 'yuan' | 'thousand-yuan' | 'wan-yuan' | 'yi-yuan';

/** Powers of ten from each unit to 元. */
const unitExponent: Readonly<Record<MoneyUnit, number>> = {
  yuan: 0,
  'thousand-yuan': 3,
  'wan-yuan': 4,
  'yi-yuan': 8,
};

export const moneyUnitLabels: Readonly<Record<MoneyUnit, LocalizedText>> = {
  yuan: { zh: '元', en: 'yuan' },
  'thousand-yuan': { zh: '千元', en: 'thousand yuan' },
  'wan-yuan': { zh: '万元', en: '10k yuan' },
  'yi-yuan': { zh: '亿元', en: '100m yuan' },
};

/** 100亿元, the 百亿园区 target. */
export const tenBillionYuan = 10_000_000_000;

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Converts a decimal amount in `unit` to integer 元, rounding half away from zero.
 * Accepts a number or a plain decimal string ("1234.5678"); returns null for anything else
 * or for results beyond exact integer range.
 */
export function toYuan(amount: number | string, unit: MoneyUnit): number | null {
  if (typeof amount === 'number') {
    const scaled = scaledExactly(amount, unitExponent[unit]);
    if (scaled !== undefined) return scaled;
  }
  const text = typeof amount === 'number' ? numberToPlainDecimal(amount) : amount.trim();
  if (text === null) return null;
  return decimalToYuan(text, unitExponent[unit]);
}

/**
 * Below this many 元, a number times a power of ten lies within 2^-20 of the decimal it prints
 * as, times the same power: rounding the product gives what shifting the digits gives unless it
 * falls that close to a half.
 */
const fastScaleLimit = 2 ** 32;
const halfMargin = 1e-5;

/**
 * A number's integer 元 by arithmetic, where that is provably what shifting its digits gives: an
 * integer whose product is exact, or a fraction whose product is far enough from a half to round
 * the same way. Undefined otherwise: the digits decide. An import converts a figure a cell, and
 * the digit path (printing each number, then parsing it) was a tenth of reading a workbook.
 */
function scaledExactly(amount: number, shift: number): number | null | undefined {
  const scaled = amount * 10 ** shift;
  if (Number.isInteger(amount)) {
    if (!Number.isFinite(scaled)) return undefined;
    return Number.isSafeInteger(scaled) ? scaled + 0 : null;
  }
  if (!(Math.abs(scaled) < fastScaleLimit)) return undefined;
  const fraction = Math.abs(scaled) % 1;
  if (Math.abs(fraction - 0.5) < halfMargin) return undefined;
  return Math.round(scaled) + 0;
}

function decimalToYuan(text: string, shift: number): number | null {
  const match = decimalPattern.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const digits = whole + fraction.padEnd(shift, '0');
  const integerPart = digits.slice(0, whole.length + shift).replace(/^0+(?=\d)/, '') || '0';
  const firstDropped = digits.charAt(whole.length + shift);
  let value = Number(integerPart);
  if (firstDropped !== '' && Number(firstDropped) >= 5) value += 1;
  if (!Number.isSafeInteger(value)) return null;
  return sign === '-' && value !== 0 ? -value : value;
}

/** A finite number as a plain decimal string without exponent, or null for NaN/Infinity. */
function numberToPlainDecimal(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Values like 1e-7 or 1.5e21: toFixed keeps them exact enough for money (20 places).
  return Math.abs(value) < 1 ? value.toFixed(20) : BigInt(Math.round(value)).toString();
}

/** Integer 元 expressed in `unit` as a number, for display and charts only. */
export function fromYuan(yuan: number, unit: MoneyUnit): number {
  return yuan / 10 ** unitExponent[unit];
}

export interface FormatMoneyOptions {
  readonly unit: MoneyUnit;
  /** Digits after the point; defaults to 2 for 万元/亿元, 0 otherwise. */
  readonly fractionDigits?: number;
  /** Append the unit label in this language. */
  readonly withUnit?: 'zh' | 'en';
}

/** "2,633.70 亿元": thousands separators, fixed decimals, unit label. */
export function formatMoney(yuan: number, options: FormatMoneyOptions): string {
  const fractionDigits =
    options.fractionDigits ?? (options.unit === 'wan-yuan' || options.unit === 'yi-yuan' ? 2 : 0);
  const text = fromYuan(yuan, options.unit).toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  if (options.withUnit === undefined) return text;
  return `${text} ${moneyUnitLabels[options.unit][options.withUnit]}`;
}

/** 万元 below 1亿元, 亿元 from there: how Chinese reports print amounts of very different sizes. */
export function naturalMoneyUnit(yuan: number): MoneyUnit {
  return Math.abs(yuan) >= 100_000_000 ? 'yi-yuan' : 'wan-yuan';
}

/** Exact sum of integer 元 amounts; null entries are skipped and counted. */
export function sumYuan(amounts: Iterable<number | null | undefined>): {
  totalYuan: number;
  missing: number;
} {
  let totalYuan = 0;
  let missing = 0;
  for (const amount of amounts) {
    if (amount === null || amount === undefined) missing += 1;
    else totalYuan += amount;
  }
  return { totalYuan, missing };
}
