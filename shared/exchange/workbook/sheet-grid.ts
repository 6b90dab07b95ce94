/**
 * A sheet as plain data, independent of SheetJS: what later steps (locating the table, mapping,
 * normalising, the preview grid, the CLI) read, and what a Web Worker can post to the UI.
 * Indexes are 0-based here; what users see (Excel row numbers, column letters) is derived.
 */

export interface SheetCell {
  /** Text as stored, a number (dates are day serials, percentages fractions), or a boolean. */
  readonly value: string | number | boolean;
  /** Number format of a number cell when it is not General ('0.0%', 'yyyy-mm-dd'). */
  readonly numberFormat?: string;
  /** Set on error values (#DIV/0!, #N/A); `value` then holds the error's text. */
  readonly isError?: true;
}

/** One row; `null` or a missing index is an empty cell. */
export type SheetRow = readonly (SheetCell | null | undefined)[];

export type SheetVisibility = 'visible' | 'hidden' | 'very-hidden';

/** A rectangle of cells, 0-based and inclusive, as a merge covers it. */
export interface CellRange {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export interface SheetGrid {
  readonly name: string;
  /** `rows[0]` is Excel row 1. */
  readonly rows: readonly SheetRow[];
  /** Width of the widest row. */
  readonly columnCount: number;
  readonly merges: readonly CellRange[];
  readonly visibility: SheetVisibility;
  /** 0-based indexes of hidden columns (known for .xlsx, .xlsb and .xls). */
  readonly hiddenColumns: readonly number[];
  /** 0-based indexes of hidden rows (known for .xlsx and .xlsb). */
  readonly hiddenRows: readonly number[];
}

/** Excel's letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(columnIndex: number): string {
  let letters = '';
  for (let rest = columnIndex + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Excel's row number for a 0-based row index. */
export function excelRowNumber(rowIndex: number): number {
  return rowIndex + 1;
}

/** The cell as text for reading labels: strings trimmed, numbers and booleans as written. */
export function cellText(cell: SheetCell | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell.value === 'string' ? cell.value.trim() : String(cell.value);
}

export function isBlankCell(cell: SheetCell | null | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell.value === 'string' && cell.value.trim() === '';
}

export function isBlankRow(row: SheetRow | undefined): boolean {
  return row === undefined || row.every(isBlankCell);
}
