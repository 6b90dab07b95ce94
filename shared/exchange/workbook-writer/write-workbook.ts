/**
 * Renders a WorkbookSpec to .xlsx bytes with ExcelJS. SheetJS Community, which reads every
 * format here, cannot write cell styles, frozen panes or data validation; ExcelJS can, and it
 * runs unchanged in the browser, a Worker and Node (its package ships a browser build), so the
 * renderer and the CLI write the same file. Everything the file says is decided in the spec;
 * this module only maps it to ExcelJS's model — except the data rows of the record sheets,
 * which are most of the file and cost ExcelJS twice what the whole file is worth: those are
 * written as XML directly (sheet-data-xml.ts) into ExcelJS's package, which is zipped again
 * with the platform's deflate (zip-package.ts).
 */
import ExcelJS from 'exceljs';
import { isoDateToExcelSerial } from '../exchange-format/excel-serial';
import type {
  CellSpec,
  ListSource,
  ListValidation,
  RowSpec,
  RowStyle,
  SheetSpec,
  WorkbookSpec,
} from '../exchange-format/workbook-spec';
import { textFormat } from '../exchange-format/workbook-spec';
import { columnLetter } from '../workbook/sheet-grid';
import { dataRowsXml, withDataRows, type DataRow, type FormatOf } from './sheet-data-xml';
import { deflatedZip, storedParts, utf8Bytes, utf8Text } from './zip-package';

/** The slice of ExcelJS's data validations used here; its typings leave the collection out. */
interface DataValidationCollection {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** The format of a date cell whose column names none. */
export const defaultDateFormat = 'yyyy-mm-dd';

const headerFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF4' },
};

const rowFonts: Readonly<Record<RowStyle, Partial<ExcelJS.Font> | undefined>> = {
  title: { bold: true, size: 14 },
  subtitle: { size: 11, color: { argb: 'FF555555' } },
  header: { bold: true },
  data: undefined,
  note: { size: 10, color: { argb: 'FF444444' } },
};

const sheetStates: Readonly<Record<SheetSpec['visibility'], ExcelJS.WorksheetState>> = {
  visible: 'visible',
  hidden: 'hidden',
  'very-hidden': 'veryHidden',
};

/** The value ExcelJS writes for a cell of the spec. */
export function excelCellValue(cell: CellSpec): ExcelJS.CellValue {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
      // A string value is written as a string cell; ExcelJS makes formulas only from objects.
      return cell.text;
    case 'number':
      return cell.value;
    case 'date':
      // The serial itself, not a JS Date: no time zone can move the day.
      return isoDateToExcelSerial(cell.date);
  }
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function listFormula(source: ListSource): string {
  if (source.kind === 'values') return `"${source.values.join(',')}"`;
  const letter = columnLetter(source.columnIndex);
  return `${quotedSheet(source.sheet)}!$${letter}$${String(source.firstRow)}:$${letter}$${String(source.lastRow)}`;
}

function addValidation(collection: DataValidationCollection, validation: ListValidation): void {
  const letter = columnLetter(validation.columnIndex);
  collection.add(`${letter}${String(validation.firstRow)}:${letter}${String(validation.lastRow)}`, {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(validation.source)],
    showErrorMessage: validation.suggestionsOnly !== true,
    errorStyle: 'stop',
    errorTitle: '请从列表中选择',
    error: validation.error,
  });
}

/** A cell's format where its column's (which new cells inherit) is not the right one. */
function ownFormat(cell: CellSpec, columnFormat: string | undefined): string | undefined {
  if (cell?.kind === 'text' && cell.guarded && columnFormat !== textFormat) return textFormat;
  if (cell?.kind === 'date' && (columnFormat === undefined || columnFormat === textFormat)) {
    return defaultDateFormat;
  }
  return undefined;
}

/** The number format a data cell ends up with: its own, else its column's; '' for none. */
function effectiveFormat(cell: CellSpec, columnFormat: string | undefined): string {
  return ownFormat(cell, columnFormat) ?? columnFormat ?? '';
}

/** Data rows under a merge stay with ExcelJS, which writes the merge's cells in them. */
function writesDataRowsItself(sheet: SheetSpec): DataRow[] {
  const merged = (rowIndex: number) =>
    sheet.merges.some((merge) => merge.firstRow <= rowIndex && rowIndex <= merge.lastRow);
  return sheet.rows.flatMap((row, rowIndex) =>
    row.style === 'data' && !merged(rowIndex)
      ? [{ rowNumber: rowIndex + 1, cells: row.cells }]
      : [],
  );
}

function writeDataRow(row: ExcelJS.Row, cells: readonly CellSpec[], sheet: SheetSpec): void {
  row.values = cells.map((cell) => (cell === null ? undefined : excelCellValue(cell)));
  cells.forEach((cell, columnIndex) => {
    const format = ownFormat(cell, sheet.columns[columnIndex]?.numberFormat);
    if (format !== undefined) row.getCell(columnIndex + 1).numFmt = format;
  });
}

function writeStyledRow(row: ExcelJS.Row, rowSpec: RowSpec, sheet: SheetSpec): void {
  const font = rowFonts[rowSpec.style];
  rowSpec.cells.forEach((cellSpec, columnIndex) => {
    const cell = row.getCell(columnIndex + 1);
    cell.value = excelCellValue(cellSpec);
    const format = ownFormat(cellSpec, sheet.columns[columnIndex]?.numberFormat);
    if (format !== undefined) cell.numFmt = format;
    if (font !== undefined) cell.font = font;
    if (rowSpec.style === 'header') {
      cell.fill = headerFill;
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA7B4' } } };
    } else if (rowSpec.style === 'note') {
      cell.alignment = { vertical: 'top', wrapText: true };
    }
  });
}

/**
 * What is left to put into a sheet's XML after ExcelJS has written it: the data rows, and the
 * probe row whose cells carry one number format each, so that the data cells use the very
 * styles ExcelJS registered for those formats.
 */
interface PendingRows {
  readonly worksheetId: number;
  readonly rows: readonly DataRow[];
  readonly formatOf: FormatOf;
  readonly probeRow: number;
  /** The format of each probe cell, by column letter. */
  readonly probeFormats: ReadonlyMap<string, string>;
  readonly dimension: string;
}

/** The used range as ExcelJS states it: every cell it holds, styled empty ones included. */
function usedRange(sheet: SheetSpec): string {
  let firstRow = Infinity;
  let lastRow = -1;
  let firstColumn = Infinity;
  let lastColumn = -1;
  const include = (rowIndex: number, columnIndex: number) => {
    firstRow = Math.min(firstRow, rowIndex);
    lastRow = Math.max(lastRow, rowIndex);
    firstColumn = Math.min(firstColumn, columnIndex);
    lastColumn = Math.max(lastColumn, columnIndex);
  };
  sheet.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, columnIndex) => {
      if (cell !== null || row.style !== 'data') include(rowIndex, columnIndex);
    });
  });
  for (const merge of sheet.merges) {
    include(merge.firstRow, merge.firstColumn);
    include(merge.lastRow, merge.lastColumn);
  }
  if (lastRow < 0) return 'A1';
  return `${columnLetter(firstColumn)}${String(firstRow + 1)}:${columnLetter(lastColumn)}${String(lastRow + 1)}`;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): PendingRows | undefined {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheetStates[sheet.visibility],
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }] : [],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    width: column.width,
    hidden: column.hidden === true,
    ...(column.numberFormat === undefined ? {} : { style: { numFmt: column.numberFormat } }),
  }));
  const ownRows = writesDataRowsItself(sheet);
  const own = new Set(ownRows.map((row) => row.rowNumber));
  sheet.rows.forEach((rowSpec, rowIndex) => {
    if (own.has(rowIndex + 1)) return;
    const row = worksheet.getRow(rowIndex + 1);
    if (rowSpec.style === 'data') writeDataRow(row, rowSpec.cells, sheet);
    else writeStyledRow(row, rowSpec, sheet);
  });
  for (const merge of sheet.merges) {
    worksheet.mergeCells(
      merge.firstRow + 1,
      merge.firstColumn + 1,
      merge.lastRow + 1,
      merge.lastColumn + 1,
    );
  }
  const validations = (worksheet as unknown as { dataValidations: DataValidationCollection })
    .dataValidations;
  for (const validation of sheet.validations) addValidation(validations, validation);
  if (ownRows.length === 0) return undefined;

  const formatOf: FormatOf = (cell, columnIndex) =>
    effectiveFormat(cell, sheet.columns[columnIndex]?.numberFormat);
  const formats = new Set<string>();
  for (const row of ownRows) {
    row.cells.forEach((cell, columnIndex) => {
      if (cell !== null) formats.add(formatOf(cell, columnIndex));
    });
  }
  formats.delete('');
  const probeRow = sheet.rows.length + 1;
  const probe = worksheet.getRow(probeRow);
  const probeFormats = new Map<string, string>();
  [...formats].forEach((format, index) => {
    probe.getCell(index + 1).numFmt = format;
    probeFormats.set(columnLetter(index), format);
  });
  return {
    worksheetId: worksheet.id,
    rows: ownRows,
    formatOf,
    probeRow,
    probeFormats,
    dimension: usedRange(sheet),
  };
}

const probeCellPattern = /<c r="([A-Z]+)\d+" s="(\d+)"/g;

/** The sheet's XML from ExcelJS with the pending data rows in it, styled as the probe says. */
function completedSheet(sheetXml: string, pending: PendingRows): string {
  const probe = new RegExp(`<row r="${String(pending.probeRow)}"[^>]*>[\\s\\S]*?</row>`).exec(
    sheetXml,
  );
  const styles = new Map<string, string>([['', '']]);
  for (const [, letter = '', style = ''] of probe?.[0].matchAll(probeCellPattern) ?? []) {
    const format = pending.probeFormats.get(letter);
    if (format !== undefined) styles.set(format, ` s="${style}"`);
  }
  for (const format of pending.probeFormats.values()) {
    if (!styles.has(format)) throw new Error(`ExcelJS wrote no style for the format ${format}`);
  }
  return withDataRows(
    sheetXml,
    dataRowsXml(pending.rows, pending.formatOf, styles),
    pending.probeRow,
    pending.dimension,
  );
}

/** The workbook's .xlsx bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = spec.title;
  workbook.creator = spec.creator;
  const pending = spec.sheets.flatMap((sheet) => writeSheet(workbook, sheet) ?? []);
  // Stored, not deflated: the package is opened again to put the data rows in, then deflated.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const bySheetPart = new Map(
    pending.map((sheet) => [`xl/worksheets/sheet${String(sheet.worksheetId)}.xml`, sheet]),
  );
  const parts = storedParts(new Uint8Array(stored)).map((part) => {
    const sheet = bySheetPart.get(part.name);
    if (sheet === undefined) return part;
    return { name: part.name, data: utf8Bytes(completedSheet(utf8Text(part.data), sheet)) };
  });
  return deflatedZip(parts);
}
