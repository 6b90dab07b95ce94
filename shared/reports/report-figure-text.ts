/**
 * A report figure as people type or paste it: money in 万元 (the unit the district's forms use),
 * 同比 in %, staff as a head count. Text copied from Excel carries thousands separators, full-width
 * digits and stray spaces; each is read exactly, and anything else is refused with what is wrong
 * rather than guessed at.
 */
import {
  normaliseInteger,
  normaliseMoney,
  normalisePercent,
} from '../exchange/values/figure-values';
import type { Normalised } from '../exchange/values/value-problem';
import { formatMoney } from '../money/money';
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

/** 同比 is reported between −100% (all revenue lost) and the schema's ceiling. */
const yoyRange = { min: -100, max: 100_000 } as const;

/** Digits and commas only, where the commas do not group by three: "12,34", "1,2345". */
function hasMisplacedSeparators(text: string): boolean {
  const plain = toHalfWidth(text).replace(/\s/g, '');
  return (
    /^[+-]?\d[\d,]*(\.\d*)?$/.test(plain) &&
    plain.includes(',') &&
    !/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(plain)
  );
}

function normalised(kind: ReportFigureKind, text: string): Normalised<number | null> {
  // Excel copies a currency-formatted cell with its sign: ¥1,200.00.
  const cell = { value: kind === 'money' ? text.replace(/^[¥￥]\s*/, '') : text };
  if (kind === 'money') return normaliseMoney(cell, 'wan-yuan');
  return kind === 'percent' ? normalisePercent(cell) : normaliseInteger(cell);
}

/**
 * Reads one figure for `field` from typed or pasted text, as the import reads a cell of a 万元
 * column (shared/exchange/values): "1.2亿" names its own unit, "—" is a blank.
 */
export function readFigureText(field: ReportFigureField, raw: string): FigureTextReading {
  const text = raw.trim();
  if (hasMisplacedSeparators(text)) {
    return {
      kind: 'invalid',
      message: localized(
        `“${text}” 的千分位逗号位置不对：逗号应每三位一个，如 1,234,567.89；也可以不写逗号`,
        `"${text}" has misplaced thousands separators: one comma every three digits, e.g. 1,234,567.89, or none at all`,
      ),
    };
  }
  const kind = reportFigureKinds[field];
  const result = normalised(kind, text);
  if (!result.ok) return { kind: 'invalid', message: result.problem.message };
  const value = result.value;
  if (value === null) return { kind: 'blank' };
  if (kind === 'count' && value < 0) {
    return {
      kind: 'invalid',
      message: localized(
        `“${text}” 不是人数：期末从业人员应为不小于 0 的整数`,
        `"${text}" is not a head count: employees must be a whole number, 0 or more`,
      ),
    };
  }
  if (kind === 'percent' && (value < yoyRange.min || value > yoyRange.max)) {
    return {
      kind: 'invalid',
      message: localized(
        `同比增速 ${text} 不可能：应在 ${yoyRange.min}% 与 ${yoyRange.max}% 之间（-100% 即收入为零）`,
        `A growth rate of ${text} is impossible: it lies between ${yoyRange.min}% and ${yoyRange.max}% (−100% means no revenue at all)`,
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
