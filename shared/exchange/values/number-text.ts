/**
 * Numbers typed as text: "1,234.5", "１２３４．５", "-1 234", "(1,234)" (an accountant's
 * negative), "1.2亿", "345万", "12.3%". The digits come back as a plain decimal string, so
 * money can be converted to 元 without floating-point drift (see money.ts), and whatever
 * follows the digits (万, 亿元, %, ㎡, 人) is left for the caller to interpret.
 */
import { toHalfWidth } from '../../text/half-width';

export interface NumberText {
  /** A plain decimal: optional minus, digits, optional fraction ("-1234.5"). */
  readonly decimal: string;
  /** What followed the number, without spaces: "万", "亿元", "%", "" for none. */
  readonly suffix: string;
}

/** Digits with thousands separators in groups of three, or plain digits; then a fraction. */
const numberPattern = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(?:e([+-]?\d+))?(.*)$/i;

/** Spaces of every width, and the thin and narrow spaces used as thousands separators. */
const spaces = /[\s\u00a0\u2009\u202f\u3000]+/g;

function unsigned(text: string): { negative: boolean; body: string } {
  // An accountant's negative: (1,234) or （1,234）, half-width after conversion.
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised?.[1] !== undefined) return { negative: true, body: parenthesised[1] };
  return { negative: false, body: text };
}

/** Shifts a decimal's point right by `exponent` places (left when negative), as text. */
function shiftDecimal(whole: string, fraction: string, exponent: number): string {
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function tidy(decimal: string): string {
  const [whole = '', fraction = ''] = decimal.split('.');
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '') || '0';
  const trimmedFraction = fraction.replace(/0+$/, '');
  return trimmedFraction === '' ? trimmedWhole : `${trimmedWhole}.${trimmedFraction}`;
}

/** Reads a number written as text; null when the text does not start with one. */
export function parseNumberText(raw: string): NumberText | null {
  const text = toHalfWidth(raw).replace(spaces, '').replace(/[−–]/g, '-');
  const { negative, body } = unsigned(text);
  const match = numberPattern.exec(body);
  if (match === null) return null;
  const [, sign = '', whole = '', fraction = '', exponent, suffix = ''] = match;
  if (whole === '' && fraction === '') return null;
  const digits = shiftDecimal(whole.replace(/,/g, ''), fraction, Number(exponent ?? 0));
  const minus = (sign === '-') !== negative;
  const decimal = tidy(digits);
  return { decimal: minus && decimal !== '0' ? `-${decimal}` : decimal, suffix };
}

/** Chinese magnitudes a figure may carry: 1.2万, 3亿. */
export const magnitudeExponents: Readonly<Record<string, number>> = { 千: 3, 万: 4, 亿: 8 };

/** The decimal times 10^exponent, as a number. */
export function scaledNumber(decimal: string, exponent: number): number {
  const negative = decimal.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const value = Number(shiftDecimal(whole, fraction, exponent));
  return negative ? -value : value;
}
