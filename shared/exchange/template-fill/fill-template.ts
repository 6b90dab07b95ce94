/**
 * The office's own template, filled: the import's locating finds the template's header row and
 * columns (title rows, a 栏次 row, a 合计 or 填表人 line below), the rows are written under the
 * header in each column's unit, and everything else of the workbook — title rows, styles,
 * merged cells, other sheets, print setup — is kept as the office made it. The first data
 * row's look (borders, fonts, formats) is given to every written row.
 */
import ExcelJS from 'exceljs';
import { localized, type LocalizedText } from '../../text/localized-text';
import type { FieldValues } from '../exchange-format/content-hash';
import { locateSheet, type LocatedColumn, type LocatedSheet } from '../layout/locate-sheet';
import type { ImportEntity } from '../mapping/import-entity';
import { importEntityLabels } from '../mapping/import-entity';
import { readWorkbook } from '../workbook/read-workbook';
import { defaultDateFormat, excelCellValue } from '../workbook-writer/write-workbook';
import { textFormat } from '../exchange-format/workbook-spec';
import { templateCell } from './template-cells';

export interface TemplateFillRequest {
  readonly templateBytes: Uint8Array;
  readonly templateName: string;
  /** What the rows are; the sheet whose headers say the same is filled. */
  readonly entity: ImportEntity;
  readonly rows: readonly FieldValues[];
}

export interface TemplateFill {
  readonly bytes: Uint8Array;
  readonly sheetName: string;
  /** Excel row number of the first written row. */
  readonly firstRow: number;
  readonly rowsWritten: number;
  /** Headers of the template's columns that no field fills: left empty for the user. */
  readonly unfilledHeaders: readonly string[];
}

export type TemplateFillResult =
  | { readonly ok: true; readonly fill: TemplateFill }
  | { readonly ok: false; readonly error: LocalizedText };

/** Rows under the header that belong to the form, not to the records. */
const formRowsBelowHeader = new Set(['column-numbers']);
/** Rows that end the record area: the totals and sign-off lines stay below the records. */
const footerReasons = new Set(['total', 'subtotal', 'note']);

function chosenSheet(request: TemplateFillRequest, sheets: readonly LocatedSheet[]) {
  return sheets.find((sheet) => sheet.visibility === 'visible' && sheet.entity === request.entity);
}

function firstRecordRow(sheet: LocatedSheet, headerEnd: number): number {
  let row = headerEnd + 1;
  const skipped = new Map(sheet.skippedRows.map((skip) => [skip.rowNumber, skip.reason]));
  while (formRowsBelowHeader.has(skipped.get(row) ?? '')) row += 1;
  return row;
}

function footerRow(sheet: LocatedSheet, firstRow: number): number | null {
  const footer = sheet.skippedRows.find(
    (skip) => skip.rowNumber >= firstRow && footerReasons.has(skip.reason),
  );
  return footer?.rowNumber ?? null;
}

function writeRow(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: readonly LocatedColumn[],
  values: FieldValues,
  serial: number,
  model: ExcelJS.Row | undefined,
): void {
  const row = worksheet.getRow(rowNumber);
  if (model !== undefined && model.number !== rowNumber) {
    model.eachCell({ includeEmpty: true }, (modelCell, columnNumber) => {
      row.getCell(columnNumber).style = { ...modelCell.style };
    });
    row.height = model.height;
  }
  for (const column of columns) {
    if (column.field === null) continue;
    const cell = row.getCell(column.columnIndex + 1);
    if (column.field === 'serialNo') {
      cell.value = serial;
      continue;
    }
    const spec = templateCell(column.field, column.unit, values[column.field]);
    cell.value = excelCellValue(spec);
    if (spec?.kind === 'text' && spec.guarded) cell.numFmt = textFormat;
    // ExcelJS leaves numFmt unset on a cell without one, whatever its typings say.
    const format = (cell as { numFmt?: string }).numFmt ?? '';
    if (spec?.kind === 'date' && !/[ymd]/i.test(format)) cell.numFmt = defaultDateFormat;
  }
}

export async function fillTemplate(request: TemplateFillRequest): Promise<TemplateFillResult> {
  const read = readWorkbook(request.templateBytes, request.templateName);
  if (!read.ok) return { ok: false, error: read.error.message };
  if (read.workbook.format !== 'xlsx') {
    return {
      ok: false,
      error: localized(
        `模板“${request.templateName}”不是 .xlsx 工作簿：请在 Excel 或 WPS 中另存为 .xlsx 后再选择`,
        `The template "${request.templateName}" is not an .xlsx workbook: save it as .xlsx in Excel or WPS, then choose it again`,
      ),
    };
  }
  const located = read.workbook.sheets.map((grid, index) =>
    locateSheet(grid, index, { date1904: read.workbook.date1904 }),
  );
  const sheet = chosenSheet(request, located);
  const headerEnd = sheet?.headerRows[sheet.headerRows.length - 1];
  if (sheet === undefined || headerEnd === undefined) {
    const what = importEntityLabels[request.entity];
    return {
      ok: false,
      error: localized(
        `模板“${request.templateName}”中没有找到${what.zh}的表头（如 企业名称、统一社会信用代码）：请确认选对了模板`,
        `No header for ${what.en} (such as 企业名称 or 统一社会信用代码) was found in the template "${request.templateName}": check that it is the right template`,
      ),
    };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(request.templateBytes as unknown as ExcelJS.Buffer);
  const worksheet = workbook.getWorksheet(sheet.sheetName);
  if (worksheet === undefined) {
    return {
      ok: false,
      error: localized('模板工作表无法打开', 'The template sheet cannot be opened'),
    };
  }
  const firstRow = firstRecordRow(sheet, headerEnd);
  const footer = footerRow(sheet, firstRow);
  const room = footer === null ? Infinity : footer - firstRow;
  if (footer !== null && request.rows.length > room) {
    // Make room above the totals and sign-off lines, which move down with their merges.
    const missing = request.rows.length - room;
    worksheet.spliceRows(footer, 0, ...Array.from({ length: missing }, () => []));
  }
  const model = worksheet.getRow(firstRow);
  request.rows.forEach((values, index) => {
    writeRow(worksheet, firstRow + index, sheet.columns, values, index + 1, model);
  });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    ok: true,
    fill: {
      bytes,
      sheetName: sheet.sheetName,
      firstRow,
      rowsWritten: request.rows.length,
      unfilledHeaders: sheet.columns
        .filter((column) => column.field === null && column.header !== '')
        .map((column) => column.header),
    },
  };
}
