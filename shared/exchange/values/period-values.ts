/**
 * Reporting periods as offices write them, to "YYYY-MM" (1–N月累计, see periods/period.ts):
 * "2024年1-10月", "2024年10月", "2024-10", "202410", "2024年上半年", "前三季度", "2024年" for
 * the full year, and "1-10月" with the year taken from the sheet's title.
 */
import { firstReportMonth, makePeriod, type Period } from '../../periods/period';
import { toHalfWidth } from '../../text/half-width';
import { excelSerialToIsoDate } from './date-values';
import { readCellInput, shown, type CellInput, type MaybeCell } from './cell-input';
import { accepted, rejected, type Normalised } from './value-problem';

/** Named spans that are cumulative from January. */
const namedSpans: readonly (readonly [RegExp, number])[] = [
  [/^(?:全年|全年度|年度)$/, 12],
  [/^(?:上半年|前两季度|1-2季度)$/, 6],
  [/^前三季度$/, 9],
  [/^(?:第?一季度|1季度|q1)$/, 3],
];

const dash = '[-~至—–]';
/** "[2024年]1-10月", "[2024年]1月-10月", "[2024年]10月", with an optional year. */
const monthSpan = new RegExp(
  `^(?:(\\d{4})年?)?(?:(\\d{1,2})月?${dash})?(\\d{1,2})月(?:份|末)?(?:累计)?$`,
);
/** "2024-10", "2024/10", "2024.10", "202410". */
const yearMonth = /^(\d{4})[-/.]?(\d{2}|\d(?=$))$/;
/** "2024年上半年", "2024全年", "2024年度". */
const yearThenSpan = /^(\d{4})年?(.*)$/;

export type PeriodReading =
  | { readonly ok: true; readonly year: number | null; readonly month: number }
  | { readonly ok: false };

/** The year (if written) and the last month of the span the text names, before any checks. */
export function readPeriodText(raw: string): PeriodReading {
  const text = toHalfWidth(raw).toLowerCase().replace(/\s+/g, '');
  const span = monthSpan.exec(text);
  if (span !== null) {
    const firstMonth = span[2] === undefined ? 1 : Number(span[2]);
    // Only spans from January are cumulative periods; "3-10月" is not one.
    if (firstMonth !== 1) return { ok: false };
    return {
      ok: true,
      year: span[1] === undefined ? null : Number(span[1]),
      month: Number(span[3]),
    };
  }
  const numeric = yearMonth.exec(text);
  if (numeric !== null) return { ok: true, year: Number(numeric[1]), month: Number(numeric[2]) };
  const withYear = yearThenSpan.exec(text);
  const rest = withYear === null ? text : (withYear[2] ?? '');
  const year = withYear === null ? null : Number(withYear[1]);
  // After a year, nothing or 度 ("2024年", "2024年度") means the full year.
  const spanName = year !== null && (rest === '' || rest === '度') ? '全年' : rest;
  const named = namedSpans.find(([pattern]) => pattern.test(spanName));
  return named === undefined ? { ok: false } : { ok: true, year, month: named[1] };
}

function notAPeriod(input: CellInput, detailZh = '', detailEn = ''): Normalised<Period | null> {
  return rejected(
    'not-a-period',
    `${shown(input)} 不是统计期${detailZh}：请填写如 2024年1-10月、2024-10 或 2024年（全年）`,
    `${shown(input)} is not a reporting period${detailEn}: enter e.g. 2024年1-10月, 2024-10 or 2024 (full year)`,
  );
}

function periodFrom(
  input: CellInput,
  year: number | null,
  month: number,
): Normalised<Period | null> {
  if (year === null) {
    return notAPeriod(input, '（缺少年份，表头标题中也没有）', ' (no year, and none in the title)');
  }
  if (month < firstReportMonth || month > 12) {
    return notAPeriod(
      input,
      '（月度统计从1–2月累计开始，没有单独的1月）',
      ' (monthly statistics start with Jan–Feb; there is no January period)',
    );
  }
  if (year < 1990 || year > 2100) return notAPeriod(input);
  return accepted(makePeriod(year, month));
}

/**
 * A period from a cell. `titleYear` is the year of the sheet's title, for cells that give only
 * months ("1-10月"). A date serial is read as its month; a number like 2024.1 is refused, as
 * Excel has already turned "2024.10" into it.
 */
export function normalisePeriod(
  cell: MaybeCell,
  titleYear: number | null,
  date1904: boolean,
): Normalised<Period | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  switch (input.kind) {
    case 'blank':
      return accepted(null);
    case 'boolean':
      return notAPeriod(input);
    case 'number': {
      const { number } = input;
      if (Number.isInteger(number) && number >= 199001 && number <= 210012) {
        return periodFrom(input, Math.floor(number / 100), number % 100);
      }
      if (Number.isInteger(number) && number >= 1990 && number <= 2100)
        return periodFrom(input, number, 12);
      const date = Number.isInteger(number) ? excelSerialToIsoDate(number, date1904) : null;
      if (date?.ok === true) {
        return periodFrom(input, Number(date.date.slice(0, 4)), Number(date.date.slice(5, 7)));
      }
      return notAPeriod(
        input,
        '（数字无法区分1月和10月，请把该列设为文本）',
        ' (as a number it cannot tell January from October; format the column as text)',
      );
    }
    case 'text': {
      const reading = readPeriodText(input.text);
      if (!reading.ok) return notAPeriod(input);
      return periodFrom(input, reading.year ?? titleYear, reading.month);
    }
  }
}

/** A period named anywhere in a title: "朝阳区文化企业情况表（2024年1-10月）". */
const periodInTitle = new RegExp(
  `(\\d{4})\\s*年\\s*(?:(?:1\\s*月?\\s*${dash}\\s*)?(\\d{1,2})\\s*月|(上半年|前三季度|第?一季度|度|全年))?`,
);

export interface TitlePeriod {
  readonly year: number;
  /** Null when the title names only a year that is not a full-year report ("2024年度" is). */
  readonly period: Period | null;
}

/** The year, and the period when it is a valid one, that a title line names. */
export function periodFromTitle(raw: string): TitlePeriod | null {
  const text = toHalfWidth(raw);
  const match = periodInTitle.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) return null;
  const reading = readPeriodText(match[0]);
  const month =
    match[2] !== undefined || match[3] !== undefined ? (reading.ok ? reading.month : null) : null;
  if (month === null || month < firstReportMonth || month > 12) return { year, period: null };
  return { year, period: makePeriod(year, month) };
}
