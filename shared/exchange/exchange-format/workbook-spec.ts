/**
 * A workbook to write, as plain data: sheets of typed cells with their columns' widths and
 * number formats, styled rows, merges, frozen rows and drop-down lists. Everything a workbook
 * says is decided here in shared/; a writer at the edge (ExcelJS) only renders it, so the
 * decisions are tested without a spreadsheet library.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { CellRange, SheetVisibility } from '../workbook/sheet-grid';
import type { TextCell } from './formula-guard';

export type { TextCell } from './formula-guard';

export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
}

/** A real date: written as a day serial with its column's date format. */
export interface DateCell {
  readonly kind: 'date';
  readonly date: IsoDate;
}

/** `null` is an empty cell. Text is only ever made by neutraliseText. */
export type CellSpec = TextCell | NumberCell | DateCell | null;

/** How a row looks: a title over the table, the header, data, or a note in small print. */
export type RowStyle = 'title' | 'subtitle' | 'header' | 'data' | 'note';

export interface RowSpec {
  readonly style: RowStyle;
  readonly cells: readonly CellSpec[];
}

export interface ColumnLayout {
  /** Width in characters of the default font, as Excel counts it. */
  readonly width: number;
  /** Excel number format of the column's number and date cells; '@' makes it a Text column. */
  readonly numberFormat?: string;
  readonly hidden?: boolean;
}

/** Where a drop-down's options come from: listed in the rule, or a range on another sheet. */
export type ListSource =
  | { readonly kind: 'values'; readonly values: readonly string[] }
  | {
      readonly kind: 'range';
      readonly sheet: string;
      /** 0-based column of the list on that sheet. */
      readonly columnIndex: number;
      /** Excel row numbers of the first and last option. */
      readonly firstRow: number;
      readonly lastRow: number;
    };

/** A drop-down on one column over Excel rows firstRow..lastRow. */
export interface ListValidation {
  readonly columnIndex: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly source: ListSource;
  /** The error shown when a typed value is not in the list, Chinese first. */
  readonly error: string;
  /** The options are suggestions: other text (several options with 、) is accepted silently. */
  readonly suggestionsOnly?: true;
}

export interface SheetSpec {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowSpec[];
  /** Rows kept in view when scrolling: the title and header rows. */
  readonly frozenRows: number;
  readonly merges: readonly CellRange[];
  readonly validations: readonly ListValidation[];
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Document properties: shown by Excel under 文件 → 信息. */
  readonly title: string;
  readonly creator: string;
}

/** Excel's Text number format: typed input stays text (leading zeros, 18-digit codes). */
export const textFormat = '@';
