/**
 * Figures: money to integer 元, percentages to percent points, areas to ㎡, counts and years
 * to integers. A number cell is taken as the sheet shows it; a figure typed as text is read
 * with its separators and any unit it names itself.
 */
import { toYuan, type MoneyUnit } from '../../money/money';
import { squareMetresPer, unitFromHeader, isAreaUnit, type AreaUnit } from '../mapping/column-unit';
import { toHalfWidth } from '../../text/half-width';
import { readCellInput, shown, type CellInput, type MaybeCell } from './cell-input';
import { magnitudeExponents, parseNumberText, scaledNumber, type NumberText } from './number-text';
import { accepted, rejected, type Normalised } from './value-problem';

function notANumber<T>(input: CellInput, exampleZh: string, exampleEn: string): Normalised<T> {
  return rejected(
    'not-a-number',
    `${shown(input)} 不是数字：请填写数字，如 ${exampleZh}`,
    `${shown(input)} is not a number: enter a number such as ${exampleEn}`,
  );
}

function wrongUnit<T>(
  input: CellInput,
  suffix: string,
  expectedZh: string,
  expectedEn: string,
): Normalised<T> {
  return rejected(
    'wrong-unit',
    `${shown(input)} 中的“${suffix}”不是${expectedZh}：请只填写数字，或写明${expectedZh}`,
    `"${suffix}" in ${shown(input)} is not ${expectedEn}: enter the number alone, or with ${expectedEn}`,
  );
}

/** Reads a figure cell: a number, a numeric text, or a problem; booleans are not figures. */
function figureOf(
  cell: MaybeCell,
  exampleZh: string,
  exampleEn: string,
): Normalised<{ input: CellInput; number: number | null; text: NumberText | null } | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  switch (input.kind) {
    case 'blank':
      return accepted(null);
    case 'number':
      return accepted({ input, number: input.number, text: null });
    case 'boolean':
      return notANumber(input, exampleZh, exampleEn);
    case 'text': {
      const text = parseNumberText(input.text);
      return text === null
        ? notANumber(input, exampleZh, exampleEn)
        : accepted({ input, number: null, text });
    }
  }
}

const moneyUnitsBySuffix: Readonly<Record<string, MoneyUnit>> = {
  元: 'yuan',
  千: 'thousand-yuan',
  千元: 'thousand-yuan',
  万: 'wan-yuan',
  万元: 'wan-yuan',
  亿: 'yi-yuan',
  亿元: 'yi-yuan',
};

function outOfRange<T>(input: CellInput): Normalised<T> {
  return rejected(
    'out-of-range',
    `${shown(input)} 超出可记录的金额范围：请核对数值和单位`,
    `${shown(input)} is beyond the amounts that can be recorded: check the number and its unit`,
  );
}

/**
 * Money in integer 元. A bare number is in the column's unit; a unit or magnitude typed in the
 * cell names the amount itself, whatever the column says: "1.2亿" is 1.2亿元 in a 万元 column.
 */
export function normaliseMoney(cell: MaybeCell, columnUnit: MoneyUnit): Normalised<number | null> {
  const figure = figureOf(cell, '1234.5、1,234.5 或 1.2亿', '1234.5, 1,234.5 or 1.2亿');
  if (!figure.ok) return figure;
  if (figure.value === null) return accepted(null);
  const { input, number, text } = figure.value;
  if (number !== null) {
    const yuan = toYuan(number, columnUnit);
    return yuan === null ? outOfRange(input) : accepted(yuan);
  }
  if (text === null) return outOfRange(input);
  const unit = text.suffix === '' ? columnUnit : moneyUnitsBySuffix[text.suffix];
  if (unit === undefined)
    return wrongUnit(
      input,
      text.suffix,
      '金额单位（元、万元、亿元）',
      'a money unit (元, 万元, 亿元)',
    );
  const yuan = toYuan(text.decimal, unit);
  return yuan === null ? outOfRange(input) : accepted(yuan);
}

/** Drops floating-point noise from a product: 0.07 × 100 is 7, not 7.000000000000001. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * A rate in percent points (12.3 for 12.3%), as the sheet shows it: a number cell formatted
 * as % holds the fraction (0.123) and shows 12.3%; any other number shows, and is, 12.3;
 * text reads "12.3%" and "12.3" alike.
 */
export function normalisePercent(cell: MaybeCell): Normalised<number | null> {
  const figure = figureOf(cell, '12.3 或 12.3%', '12.3 or 12.3%');
  if (!figure.ok) return figure;
  if (figure.value === null) return accepted(null);
  const { input, number, text } = figure.value;
  if (number !== null) {
    const percentFormatted = input.kind === 'number' && input.numberFormat?.includes('%') === true;
    return accepted(percentFormatted ? clean(number * 100) : number);
  }
  if (text === null || (text.suffix !== '' && text.suffix !== '%')) {
    return wrongUnit(input, text?.suffix ?? '', '百分比', 'a percentage');
  }
  return accepted(Number(text.decimal));
}

function areaUnitOf(suffix: string): AreaUnit | undefined {
  const unit = unitFromHeader(`面积${suffix}`);
  return unit !== null && isAreaUnit(unit) ? unit : undefined;
}

/** An area in ㎡, to the hundredth: 1 亩 is 2000/3 ㎡, so more digits would be noise. */
export function normaliseArea(cell: MaybeCell, columnUnit: AreaUnit): Normalised<number | null> {
  const figure = figureOf(cell, '1200 或 1,200.5', '1200 or 1,200.5');
  if (!figure.ok) return figure;
  if (figure.value === null) return accepted(null);
  const { input, number, text } = figure.value;
  const unit = text === null || text.suffix === '' ? columnUnit : areaUnitOf(text.suffix);
  if (unit === undefined)
    return wrongUnit(
      input,
      text?.suffix ?? '',
      '面积单位（㎡、万㎡、亩）',
      'an area unit (㎡, 万㎡, 亩)',
    );
  const amount = number ?? Number(text?.decimal);
  return accepted(Math.round(amount * squareMetresPer[unit] * 100) / 100);
}

/** Words that may follow a count: 125人, 3000人次, 12家. */
const countWords = new Set(['人', '人次', '名', '位', '个', '家', '户', '场', '次']);

/** A whole number: 从业人员, 参与人次. "1.2万" is 12000; "12.5" is a problem. */
export function normaliseInteger(cell: MaybeCell): Normalised<number | null> {
  const figure = figureOf(cell, '125 或 1.2万', '125 or 1.2万');
  if (!figure.ok) return figure;
  if (figure.value === null) return accepted(null);
  const { input, number, text } = figure.value;
  if (number !== null && Number.isSafeInteger(number)) return accepted(number);
  let value = number;
  if (text !== null) {
    const magnitude = text.suffix.charAt(0);
    const exponent = magnitudeExponents[magnitude] ?? 0;
    const rest = exponent === 0 ? text.suffix : text.suffix.slice(1);
    if (rest !== '' && !countWords.has(rest))
      return wrongUnit(input, text.suffix, '人数或次数', 'a count');
    value = scaledNumber(text.decimal, exponent);
  }
  if (value === null || !Number.isSafeInteger(clean(value))) {
    return rejected(
      'not-an-integer',
      `${shown(input)} 不是整数：请填写整数，如 125`,
      `${shown(input)} is not a whole number: enter a whole number such as 125`,
    );
  }
  return accepted(clean(value));
}

/** A calendar year, 1900–2100: 2024, "2024年", "2024年度". */
export function normaliseYear(cell: MaybeCell): Normalised<number | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'blank') return accepted(null);
  const text =
    input.kind === 'text'
      ? toHalfWidth(input.text)
          .replace(/\s+/g, '')
          .replace(/年度?$/, '')
      : input.kind === 'number'
        ? String(input.number)
        : '';
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= 1900 && year <= 2100)) {
    return rejected(
      'not-a-year',
      `${shown(input)} 不是年份：请填写四位年份，如 2024`,
      `${shown(input)} is not a year: enter a four-digit year such as 2024`,
    );
  }
  return accepted(year);
}
