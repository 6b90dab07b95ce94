/**
 * A report figure as people type or paste it: money in 万元 (the unit the district's forms use),
 * 同比 in %, staff as a head count. Text copied from Excel carries thousands separators, full-width
 * digits and stray spaces; each is read exactly, and anything that is not a plain number is
 * refused with what is wrong rather than guessed at.
 */
import { formatMoney, toYuan } from '../money/money';
import { toHalfWidth } from '../text/half-width';
import { localized, type LocalizedText } from '../text/localized-text';
import type { ReportFigureField } from './revenue-report';

export type ReportFigureKind = 'money' | 'percent' | 'count';

export const reportFigureKinds: Readonly<Record<ReportFigureField, ReportFigureKind>> = {
  revenueYuan: 'money',
  priorYearRevenueYuan: 'money',
  yoyGrowthReportedPercent: 'percent',
  profitYuan: 'money',
  taxYuan: 'money',
  employeesAtPeriodEnd: 'count',
};

export type FigureTextReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'invalid'; readonly message: LocalizedText };

/** What statistics tables write for "not reported": read as a blank, not as zero. */
const notReportedMarks = new Set(['-', '--', '—', '——', '/', '－']);

const groupedPattern = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const plainPattern = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** 同比 is reported between −100% (all revenue lost) and the schema's ceiling. */
const yoyRange = { min: -100, max: 100_000 } as const;

function notANumber(text: string, kind: ReportFigureKind): FigureTextReading {
  const example = kind === 'percent' ? '12.5' : kind === 'count' ? '36' : '1,234.56';
  const unit = { money: '万元', percent: '%', count: '人' }[kind];
  return {
    kind: 'invalid',
    message: localized(
      `「${text}」不是数字：请只填数字（单位为${unit}，不要带单位或文字），如 ${example}`,
      `"${text}" is not a number: type digits only (in ${kind === 'money' ? '10k yuan' : unit}, without units or words), e.g. ${example}`,
    ),
  };
}

/**
 * The text as a plain decimal ("-1234.5"), without separators, signs in parentheses resolved;
 * null when it is not one number.
 */
function plainDecimal(raw: string, kind: ReportFigureKind): string | null {
  let text = toHalfWidth(raw).replace(/[\s\u00a0]/g, '');
  if (kind === 'percent') text = text.replace(/%$/, '');
  if (kind === 'money') text = text.replace(/^[¥￥]/, '');
  // Accounting formats show a negative amount in parentheses: (1,234.00).
  const bracketed = /^\((.+)\)$/.exec(text);
  if (bracketed?.[1] !== undefined && !/^[+-]/.test(bracketed[1])) text = `-${bracketed[1]}`;
  if (groupedPattern.test(text)) return text.replace(/,/g, '');
  return plainPattern.test(text) ? text : null;
}

/** Reads one figure for `field` from typed or pasted text. */
export function readFigureText(field: ReportFigureField, raw: string): FigureTextReading {
  const text = raw.trim();
  if (text === '' || notReportedMarks.has(toHalfWidth(text))) return { kind: 'blank' };
  const kind = reportFigureKinds[field];
  const decimal = plainDecimal(text, kind);
  if (decimal === null) {
    if (/^[+-]?[\d,]+(\.\d*)?$/.test(toHalfWidth(text).replace(/\s/g, ''))) {
      return {
        kind: 'invalid',
        message: localized(
          `「${text}」的千分位逗号位置不对：逗号应每三位一个，如 1,234,567.89；也可以不写逗号`,
          `"${text}" has misplaced thousands separators: one comma every three digits, e.g. 1,234,567.89, or none at all`,
        ),
      };
    }
    return notANumber(text, kind);
  }
  if (kind === 'money') {
    const yuan = toYuan(decimal, 'wan-yuan');
    if (yuan === null) {
      return {
        kind: 'invalid',
        message: localized(
          `「${text}」万元超出可记录的范围`,
          `"${text}" (10k yuan) is out of range`,
        ),
      };
    }
    return { kind: 'value', value: yuan };
  }
  const value = Number(decimal);
  if (kind === 'count') {
    if (!Number.isInteger(value) || value < 0) {
      return {
        kind: 'invalid',
        message: localized(
          `「${text}」不是人数：期末从业人员应为不小于 0 的整数`,
          `"${text}" is not a head count: employees must be a whole number, 0 or more`,
        ),
      };
    }
    return { kind: 'value', value };
  }
  if (value < yoyRange.min || value > yoyRange.max) {
    return {
      kind: 'invalid',
      message: localized(
        `同比增速 ${text}% 不可能：应在 ${yoyRange.min}% 与 ${yoyRange.max}% 之间（-100% 即收入为零）`,
        `A growth rate of ${text}% is impossible: it lies between ${yoyRange.min}% and ${yoyRange.max}% (−100% means no revenue at all)`,
      ),
    };
  }
  return { kind: 'value', value };
}

/**
 * A stored figure as the text an entry field starts from: money in 万元 with every digit kept
 * (integer 元 are exactly four decimals of 万元), no separators.
 */
export function figureEntryText(field: ReportFigureField, value: number | undefined): string {
  if (value === undefined) return '';
  if (reportFigureKinds[field] !== 'money') return String(value);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(5, '0');
  const whole = digits.slice(0, -4);
  const fraction = digits.slice(-4).replace(/0+$/, '');
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** A stored figure for display: money in 万元 with separators and two decimals. */
export function figureDisplayText(field: ReportFigureField, value: number | undefined): string {
  if (value === undefined) return '';
  const kind = reportFigureKinds[field];
  if (kind === 'money') {
    return formatMoney(value, { unit: 'wan-yuan' });
  }
  if (kind === 'percent') return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
  return value.toLocaleString('en-US');
}
