/**
 * Calendar dates from Excel serials and from the ways people type them, to "YYYY-MM-DD".
 * Serials are counted in whole days with UTC arithmetic only, so no time zone can move a date
 * by a day; a time of day in a serial's fraction is dropped.
 */
import { isIsoDate, makeIsoDate, type IsoDate } from '../../dates/iso-date';
import { toHalfWidth } from '../../text/half-width';
import { readCellInput, shown, type CellInput, type MaybeCell } from './cell-input';
import { accepted, rejected, type Normalised } from './value-problem';

const dayMs = 86_400_000;
/** Day 0 of each system: 1899-12-30 (day 1 is 1900-01-01 past Lotus's phantom 1900-02-29). */
const epoch1900Ms = Date.UTC(1899, 11, 30);
const epoch1904Ms = Date.UTC(1904, 0, 1);
/** Lotus 1-2-3 counted 1900 as a leap year and Excel kept it: serial 60 is "1900-02-29". */
const phantomLeapDaySerial = 60;

export type ExcelDateResult =
  | { readonly ok: true; readonly date: IsoDate }
  | { readonly ok: false; readonly reason: 'phantom-leap-day' | 'out-of-range' };

/** The date an Excel day serial stands for, in the 1900 or the 1904 date system. */
export function excelSerialToIsoDate(serial: number, date1904: boolean): ExcelDateResult {
  const day = Math.floor(serial);
  if (!date1904 && day === phantomLeapDaySerial) return { ok: false, reason: 'phantom-leap-day' };
  // Before the phantom day, 1900 serials run one day ahead of a true calendar.
  const shifted = !date1904 && day < phantomLeapDaySerial ? day + 1 : day;
  if (!date1904 && shifted < 1) return { ok: false, reason: 'out-of-range' };
  const time = new Date((date1904 ? epoch1904Ms : epoch1900Ms) + shifted * dayMs);
  const text = `${String(time.getUTCFullYear()).padStart(4, '0')}-${String(time.getUTCMonth() + 1).padStart(2, '0')}-${String(time.getUTCDate()).padStart(2, '0')}`;
  return isIsoDate(text) ? { ok: true, date: text } : { ok: false, reason: 'out-of-range' };
}

/** y-m-d with - / . or 年月日 between, an optional time after; "2024年3月1日", "2024/3/1 0:00". */
const ymd =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** y-m, taken as the first of the month: "2024年3月", "2024-03". */
const ym = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const compactYmd = /^(\d{4})(\d{2})(\d{2})$/;

/** A date typed as text, or undefined; month-only forms give the first of the month. */
export function parseDateText(raw: string): IsoDate | undefined {
  const text = toHalfWidth(raw).trim();
  const match = ymd.exec(text) ?? compactYmd.exec(text);
  const monthOnly = match === null ? ym.exec(text) : null;
  const parts = match ?? monthOnly;
  if (parts === null) return undefined;
  const [year, month, day] = [
    Number(parts[1]),
    Number(parts[2]),
    monthOnly === null ? Number(parts[3]) : 1,
  ];
  const candidate = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(candidate) ? makeIsoDate(year, month, day) : undefined;
}

function notADate(input: CellInput): Normalised<IsoDate | null> {
  return rejected(
    'not-a-date',
    `${shown(input)} 不是日期：请填写 年-月-日，如 2024-03-01、2024/3/1 或 2024年3月1日`,
    `${shown(input)} is not a date: enter year-month-day, such as 2024-03-01, 2024/3/1 or 2024年3月1日`,
  );
}

/** Integers a person typed as yyyymmdd into a number cell: 20240301. */
function compactNumberDate(value: number): IsoDate | undefined {
  return Number.isInteger(value) && value >= 19000101 && value <= 21001231
    ? parseDateText(String(value))
    : undefined;
}

export function normaliseDate(cell: MaybeCell, date1904: boolean): Normalised<IsoDate | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  switch (input.kind) {
    case 'blank':
      return accepted(null);
    case 'boolean':
      return notADate(input);
    case 'text': {
      const date = parseDateText(input.text);
      return date === undefined ? notADate(input) : accepted(date);
    }
    case 'number': {
      const typed = compactNumberDate(input.number);
      if (typed !== undefined) return accepted(typed);
      const result = excelSerialToIsoDate(input.number, date1904);
      if (result.ok) return accepted(result.date);
      if (result.reason === 'phantom-leap-day') {
        return rejected(
          'not-a-calendar-date',
          '1900-02-29 不存在（Excel 沿用的历史错误）：请填写正确的日期',
          '1900-02-29 does not exist (a bug Excel keeps for compatibility): enter the correct date',
        );
      }
      return notADate(input);
    }
  }
}
