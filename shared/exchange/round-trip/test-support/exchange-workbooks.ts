/**
 * An exported exchange workbook held in memory as the import reads it, and copies of it edited
 * the way someone edits a returned file: a cell typed over, a row deleted, a row added.
 */
import { buildExchangeWorkbook } from '../../exchange-format/build-exchange-workbook';
import { parsedWorkbookOfSpec } from '../../exchange-format/spec-grid';
import { anExportOptions, demoExchangeRecords } from '../../test-support/exchange-records';
import type { ParsedWorkbook } from '../../workbook/read-workbook';
import { cellText, type SheetCell, type SheetRow } from '../../workbook/sheet-grid';

export function anExportedWorkbook(
  fileName = 'exported.xlsx',
  options: Parameters<typeof anExportOptions>[0] = {},
): ParsedWorkbook {
  const exported = buildExchangeWorkbook(demoExchangeRecords(30, 21), anExportOptions(options));
  return parsedWorkbookOfSpec(exported.spec, fileName);
}

type RowsEdit = (rows: SheetRow[]) => SheetRow[];

export function withSheetRows(
  workbook: ParsedWorkbook,
  sheetName: string,
  edit: RowsEdit,
  fileName = 'returned.xlsx',
): ParsedWorkbook {
  return {
    ...workbook,
    fileName,
    sheets: workbook.sheets.map((sheet) =>
      sheet.name === sheetName ? { ...sheet, rows: edit([...sheet.rows]) } : sheet,
    ),
  };
}

/** The 0-based index of the column headed `header` in the sheet's first row. */
export function columnIndexOf(workbook: ParsedWorkbook, sheetName: string, header: string): number {
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
  const index = (sheet?.rows[0] ?? []).findIndex((cell) => cellText(cell) === header);
  if (index === -1) throw new Error(`no column ${header} on ${sheetName}`);
  return index;
}

/** The row at Excel's `rowNumber` with one cell replaced (null clears it). */
export function withCell(
  rows: SheetRow[],
  rowNumber: number,
  columnIndex: number,
  cell: SheetCell | null,
): SheetRow[] {
  return rows.map((row, index) => {
    if (index !== rowNumber - 1) return row;
    const cells = [...row];
    cells[columnIndex] = cell;
    return cells;
  });
}

export function cellAt(
  workbook: ParsedWorkbook,
  sheetName: string,
  rowNumber: number,
  columnIndex: number,
): string {
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
  return cellText(sheet?.rows[rowNumber - 1]?.[columnIndex]);
}
