/**
 * Exchange workbooks as files: a small demo export written by the app's own writer, and copies
 * of its spec with a cell typed over or a row removed, as someone returns it edited.
 */
import {
  buildExchangeWorkbook,
  type ExchangeWorkbook,
} from '../../exchange-format/build-exchange-workbook';
import type { CellSpec, WorkbookSpec } from '../../exchange-format/workbook-spec';
import { anExportOptions, demoExchangeRecords } from '../../test-support/exchange-records';

export function aSmallExport(
  options: Parameters<typeof anExportOptions>[0] = {},
): ExchangeWorkbook {
  return buildExchangeWorkbook(demoExchangeRecords(30, 21), anExportOptions(options));
}

/** The spec with one sheet's rows edited; Excel's row 1 is `rows[0]`. */
export function withSpecRows(
  spec: WorkbookSpec,
  sheetName: string,
  edit: (rows: WorkbookSpec['sheets'][number]['rows']) => WorkbookSpec['sheets'][number]['rows'],
): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) =>
      sheet.name === sheetName ? { ...sheet, rows: edit(sheet.rows) } : sheet,
    ),
  };
}

export function withSpecCell(
  spec: WorkbookSpec,
  sheetName: string,
  rowNumber: number,
  columnIndex: number,
  cell: CellSpec,
): WorkbookSpec {
  return withSpecRows(spec, sheetName, (rows) =>
    rows.map((row, index) =>
      index === rowNumber - 1
        ? { ...row, cells: row.cells.map((old, column) => (column === columnIndex ? cell : old)) }
        : row,
    ),
  );
}

/** The 0-based index of the column headed `header` on a sheet of the spec. */
export function specColumn(spec: WorkbookSpec, sheetName: string, header: string): number {
  const sheet = spec.sheets.find((candidate) => candidate.name === sheetName);
  const index = (sheet?.rows[0]?.cells ?? []).findIndex(
    (cell) => cell?.kind === 'text' && cell.text === header,
  );
  if (index === -1) throw new Error(`no column ${header} on ${sheetName}`);
  return index;
}
