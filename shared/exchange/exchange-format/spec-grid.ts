/**
 * A WorkbookSpec as the import would read it after a writer and SheetJS: the same SheetGrid
 * cells (text, numbers with their column's format, dates as serials). It lets the import
 * pipeline and the round trip run over an export in memory, and tests compare it with what a
 * real file reads back as.
 */
import type { ParsedWorkbook } from '../workbook/read-workbook';
import type { SheetCell, SheetGrid, SheetRow } from '../workbook/sheet-grid';
import { isoDateToExcelSerial } from './excel-serial';
import type { CellSpec, ColumnLayout, SheetSpec, WorkbookSpec } from './workbook-spec';
import { textFormat } from './workbook-spec';

const generalDateFormat = 'yyyy-mm-dd';

function sheetCell(cell: CellSpec, column: ColumnLayout | undefined): SheetCell | null {
  if (cell === null) return null;
  const numberFormat = column?.numberFormat;
  switch (cell.kind) {
    case 'text':
      return { value: cell.text };
    case 'number':
      return numberFormat === undefined
        ? { value: cell.value }
        : { value: cell.value, numberFormat };
    case 'date':
      return {
        value: isoDateToExcelSerial(cell.date),
        numberFormat:
          numberFormat === undefined || numberFormat === textFormat
            ? generalDateFormat
            : numberFormat,
      };
  }
}

export function gridOfSheetSpec(sheet: SheetSpec): SheetGrid {
  const rows: SheetRow[] = sheet.rows.map((row) => {
    const cells = row.cells.map((cell, index) => sheetCell(cell, sheet.columns[index]));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return {
    name: sheet.name,
    rows,
    columnCount: Math.max(0, ...rows.map((row) => row.length)),
    merges: sheet.merges,
    visibility: sheet.visibility,
    hiddenColumns: sheet.columns.flatMap((column, index) =>
      column.hidden === true ? [index] : [],
    ),
    hiddenRows: [],
  };
}

export function parsedWorkbookOfSpec(spec: WorkbookSpec, fileName: string): ParsedWorkbook {
  return {
    fileName,
    format: 'xlsx',
    encoding: null,
    date1904: false,
    sheets: spec.sheets.map(gridOfSheetSpec),
    notices: [],
  };
}
