/**
 * Text fields: names, addresses, notes, codes and phone numbers. Names keep the full-width
 * brackets and commas that 企业名称 are registered with (北京某某（集团）有限公司); only
 * full-width letters and digits become half-width and spaces are tidied.
 */
import { normaliseCreditCode } from '../../enterprises/credit-code';
import { toHalfWidth } from '../../text/half-width';
import { readCellInput, type MaybeCell } from './cell-input';
import { accepted, rejected, type Normalised } from './value-problem';

const fullWidthAlphanumeric = /[０-９Ａ-Ｚａ-ｚ]/g;
const anySpaces = /[\s\u00a0\u3000]+/g;
const zeroWidth = /[\u200b-\u200d\ufeff]/g;

/** Trimmed, inner runs of spaces and line breaks made one space, ＡＢＣ１２３ made ABC123. */
export function tidyText(text: string): string {
  return text
    .replace(zeroWidth, '')
    .replace(fullWidthAlphanumeric, toHalfWidth)
    .replace(anySpaces, ' ')
    .trim();
}

const lineBreak = /\r\n?|\n|\u2028|\u2029/;

/**
 * A text of several lines (a note typed with Alt+Enter): each line tidied, the breaks kept,
 * blank lines before and after dropped — so a note the export wrote reads back as it was.
 */
export function tidyLines(text: string): string {
  const lines = text.split(lineBreak).map(tidyText);
  const first = lines.findIndex((line) => line !== '');
  const last = lines.findLastIndex((line) => line !== '');
  return first === -1 ? '' : lines.slice(first, last + 1).join('\n');
}

/** What a cell says as text: numbers as written (a room 305), booleans as 是/否. */
function cellAsText(cell: MaybeCell, tidy = tidyText): Normalised<string | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  switch (input.kind) {
    case 'blank':
      return accepted(null);
    case 'number':
      return accepted(String(input.number));
    case 'boolean':
      return accepted(input.boolean ? '是' : '否');
    case 'text': {
      const text = tidy(input.text);
      return accepted(text === '' ? null : text);
    }
  }
}

export function normaliseText(cell: MaybeCell): Normalised<string | null> {
  return cellAsText(cell);
}

/** A note or the like: its line breaks are part of it. */
export function normaliseMultilineText(cell: MaybeCell): Normalised<string | null> {
  return cellAsText(cell, tidyLines);
}

/** Several values in one cell, as 曾用名 or 特色方向 are listed: "影视、设计；艺术". */
export function normaliseTextList(cell: MaybeCell): Normalised<readonly string[] | null> {
  const text = cellAsText(cell);
  if (!text.ok) return text;
  if (text.value === null) return accepted(null);
  return accepted(listItems(text.value));
}

/** The items of a list typed in one cell, split at any separator offices use, each once. */
export function listItems(text: string): string[] {
  const items = text
    .split(/[、,，;；/／|\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/** Phone numbers as typed, half-width, with a number cell written without exponent. */
export function normalisePhone(cell: MaybeCell): Normalised<string | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'number' && Number.isSafeInteger(input.number)) {
    return accepted(String(input.number));
  }
  const text = cellAsText(cell);
  return text.ok && text.value !== null ? accepted(toHalfWidth(text.value)) : text;
}

/**
 * A credit code in its stored form (half-width, upper case, no separators); whether it is a
 * valid code is the validator's question. An 18-digit code that Excel stored as a number has
 * already lost its last digits, which only the user can restore.
 */
export function normaliseCreditCodeCell(cell: MaybeCell): Normalised<string | null> {
  const read = readCellInput(cell);
  if (!read.ok) return read;
  const input = read.value;
  if (input.kind === 'number') {
    // A pre-2015 15-digit 注册号 is below 2^53 and survives as a number.
    if (Number.isSafeInteger(input.number) && String(input.number).length === 15) {
      return accepted(String(input.number));
    }
    return rejected(
      'precision-lost',
      `信用代码被 Excel 存成了数字（${String(input.number)}），末几位已丢失：请把该列设为“文本”格式，再按营业执照重新填写`,
      `Excel stored the credit code as a number (${String(input.number)}) and lost its last digits: format the column as Text and type the code again from the business licence`,
    );
  }
  if (input.kind !== 'text') return accepted(null);
  const code = normaliseCreditCode(input.text);
  return accepted(code === '' ? null : code);
}
