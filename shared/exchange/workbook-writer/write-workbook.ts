/**
 * Renders a WorkbookSpec to .xlsx bytes with ExcelJS. SheetJS Community, which reads every
 * format here, cannot write cell styles, frozen panes or data validation; ExcelJS can, and it
 * runs unchanged in the browser, a Worker and Node (its package ships a browser build), so the
 * renderer and the CLI write the same file. Everything the file says is decided in the spec;
 * this module only maps it to ExcelJS's model.
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

/**
 * Data rows are most of a workbook: values set at once (empty cells never created), and a
 * format only where the column's does not fit, so 20,000 rows cost no style object per cell.
 */
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

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheetStates[sheet.visibility],
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }] : [],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    width: column.width,
    hidden: column.hidden === true,
    ...(column.numberFormat === undefined ? {} : { style: { numFmt: column.numberFormat } }),
  }));
  sheet.rows.forEach((rowSpec, rowIndex) => {
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
}

/** The workbook's .xlsx bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = spec.title;
  workbook.creator = spec.creator;
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
