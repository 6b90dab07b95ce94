/**
 * The first look every normaliser takes at a cell: error values are problems, blank cells and
 * the placeholders offices put in empty cells (-, —, /, 无) are blanks, and what remains is
 * a number, a boolean or text trimmed of every kind of space.
 */
import type { SheetCell } from '../workbook/sheet-grid';
import { accepted, rejected, type Normalised } from './value-problem';

/** A cell as the normalisers receive it: empty cells may be null or missing. */
export type MaybeCell = SheetCell | null | undefined;

export type CellInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly number: number; readonly numberFormat?: string }
  | { readonly kind: 'boolean'; readonly boolean: boolean }
  | { readonly kind: 'text'; readonly text: string };

/** WPS stores a picture placed in a cell as this formula, and its text as the value. */
const wpsPicture = /^=?DISPIMG\(/i;

/** What offices write in a cell that has no figure. */
const placeholders = new Set([
  '-',
  '--',
  '—',
  '——',
  '－',
  '/',
  '／',
  '无',
  'n/a',
  'na',
  '#n/a',
  '不适用',
]);

export function readCellInput(cell: MaybeCell): Normalised<CellInput> {
  if (cell === null || cell === undefined) return accepted({ kind: 'blank' });
  if (cell.isError === true) {
    const text = String(cell.value);
    return rejected(
      'error-value',
      `单元格是错误值 ${text}：请在原表中修正公式，或直接填写数值`,
      `The cell holds the error ${text}: fix the formula in the workbook, or type the value`,
    );
  }
  if (typeof cell.value === 'number') {
    return accepted(
      cell.numberFormat === undefined
        ? { kind: 'number', number: cell.value }
        : { kind: 'number', number: cell.value, numberFormat: cell.numberFormat },
    );
  }
  if (typeof cell.value === 'boolean') return accepted({ kind: 'boolean', boolean: cell.value });
  const text = cell.value.trim();
  if (text === '' || placeholders.has(text.toLowerCase())) return accepted({ kind: 'blank' });
  if (wpsPicture.test(text)) {
    return rejected(
      'embedded-picture',
      '单元格里是 WPS 嵌入的图片（DISPIMG），没有可导入的文字或数值：请改填文字或数值',
      'The cell holds a picture embedded by WPS (DISPIMG), not text or a number: type the value instead',
    );
  }
  return accepted({ kind: 'text', text });
}

/** How a cell's content is quoted in a message: as the user sees it in the sheet. */
export function shown(input: CellInput): string {
  switch (input.kind) {
    case 'blank':
      return '""';
    case 'number':
      return String(input.number);
    case 'boolean':
      return input.boolean ? 'TRUE' : 'FALSE';
    case 'text':
      return `“${input.text}”`;
  }
}
