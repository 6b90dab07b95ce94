/**
 * What `validate` tells the district office about one workbook: the import pipeline run
 * headless (read → locate → normalise → validate), summed up per sheet with every problem placed at
 * Excel's row number and column letter. Plain data, so the CLI prints it as text or JSON and
 * the same report can back any other headless check.
 */
import type { LocalizedText } from '../../text/localized-text';
import type { ColumnUnit } from '../mapping/column-unit';
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import { locateWorkbook, type LocatedSheet } from '../layout/locate-sheet';
import type { ImportIssue, IssueSeverity } from '../validation/import-issue';
import { validateSheetRows, type SheetIssue } from '../validation/validate-sheet-rows';
import type { SkipReason } from '../layout/row-kinds';
import { normaliseRows } from '../values/normalise-row';
import type { WorkbookFormat } from '../workbook/file-content';
import type { ImportErrorCode } from '../workbook/import-error';
import { readWorkbook } from '../workbook/read-workbook';
import type { TextEncodingName } from '../workbook/text-decoding';

export interface ReportIssue {
  /** Excel's row number. */
  readonly row: number;
  /** Excel's column letter; null for a problem of the whole row. */
  readonly column: string | null;
  readonly header: string | null;
  readonly field: ImportFieldId | null;
  readonly severity: IssueSeverity;
  readonly code: string;
  /** Chinese first, then English on the next line. */
  readonly message: string;
}

export interface ReportColumn {
  readonly letter: string;
  readonly header: string;
  readonly field: ImportFieldId | null;
  readonly unit: ColumnUnit | null;
}

export interface SheetReport {
  readonly name: string;
  readonly entity: ImportEntity | null;
  readonly headerRows: readonly number[];
  readonly firstDataRow: number | null;
  readonly columns: readonly ReportColumn[];
  readonly rows: {
    readonly data: number;
    readonly valid: number;
    readonly invalid: number;
    readonly skipped: number;
  };
  readonly skipped: readonly { readonly row: number; readonly reason: SkipReason }[];
  readonly issues: readonly ReportIssue[];
}

/** Why a file was not read: the import's own reasons, or `missing` when no file was there to read. */
export type FileErrorCode = ImportErrorCode | 'missing';

export interface FileReport {
  readonly file: string;
  readonly format: WorkbookFormat | null;
  readonly encoding: TextEncodingName | null;
  /** Read, and no row has an error (warnings let a file through). */
  readonly ok: boolean;
  readonly error?: { readonly code: FileErrorCode; readonly message: string };
  readonly sheets: readonly SheetReport[];
}

/** One string for a message that leaves the app as text: Chinese first, English under it. */
export function bilingual(text: LocalizedText): string {
  return `${text.zh}\n${text.en}`;
}

function issueOf(issue: ImportIssue): ReportIssue {
  return {
    row: issue.rowNumber,
    column: issue.columnLetter === '' ? null : issue.columnLetter,
    header: issue.header === '' ? null : issue.header,
    field: issue.field,
    severity: issue.severity,
    code: issue.code,
    message: bilingual(issue.message),
  };
}

/** A problem of the whole sheet (no entity, a required column missing) sits on its header. */
function sheetIssueOf(sheet: LocatedSheet, issue: SheetIssue): ReportIssue {
  return {
    row: sheet.headerRows.at(-1) ?? 1,
    column: null,
    header: null,
    field: issue.field,
    severity: 'error',
    code: issue.code,
    message: bilingual(issue.message),
  };
}

/** One located sheet through normalising and validation, as the report shows it. */
export function sheetReport(sheet: LocatedSheet): SheetReport {
  const validation = validateSheetRows(sheet, normaliseRows(sheet, sheet.dataRows));
  // A sheet of no records (说明, an empty sheet) has nothing to be wrong about.
  const sheetIssues = sheet.dataRows.length === 0 ? [] : validation.sheetIssues;
  const { rows: data, valid, invalid } = validation.counts;
  return {
    name: sheet.sheetName,
    entity: sheet.entity,
    headerRows: sheet.headerRows,
    firstDataRow: sheet.firstDataRow,
    columns: sheet.columns.map(({ letter, header, field, unit }) => ({
      letter,
      header,
      field,
      unit,
    })),
    rows: { data, valid, invalid, skipped: sheet.skippedRows.length },
    skipped: sheet.skippedRows.map(({ rowNumber, reason }) => ({ row: rowNumber, reason })),
    issues: [
      ...sheetIssues.map((issue) => sheetIssueOf(sheet, issue)),
      ...validation.rows.flatMap((row) => row.issues.map(issueOf)),
    ],
  };
}

/** Reads, locates and checks one workbook's bytes. Never throws for a bad file. */
export function validateWorkbookBytes(bytes: Uint8Array, file: string): FileReport {
  const read = readWorkbook(bytes, file);
  if (!read.ok) {
    return {
      file,
      format: read.format,
      encoding: read.encoding,
      ok: false,
      error: { code: read.error.code, message: bilingual(read.error.message) },
      sheets: [],
    };
  }
  const sheets = locateWorkbook(read.workbook)
    // Sheets Excel cannot show at all hold the machine's data (an exchange workbook's _meta and
    // _lists), which no one fills in and which would read as records of the wrong kind.
    .filter((sheet) => sheet.visibility !== 'very-hidden')
    .map(sheetReport);
  return {
    file,
    format: read.workbook.format,
    encoding: read.workbook.encoding,
    ok: sheets.every((sheet) => sheet.rows.invalid === 0),
    sheets,
  };
}

/** A path that names no readable file; `reason` is what the system said (ENOENT, EACCES…). */
/** A file named on the command line: its bytes, or why it could not be opened (ENOENT…). */
export interface WorkbookFile {
  readonly name: string;
  readonly content: { readonly bytes: Uint8Array } | { readonly missing: string };
}

export function missingFileMessage(file: string, reason: string): string {
  return bilingual({
    zh: `找不到或无法打开文件“${file}”（${reason}）：请检查路径和文件名是否正确、文件是否可读`,
    en: `Cannot find or open "${file}" (${reason}): check the path and name, and that the file can be read`,
  });
}

export function missingFileReport(file: string, reason: string): FileReport {
  return {
    file,
    format: null,
    encoding: null,
    ok: false,
    error: { code: 'missing', message: missingFileMessage(file, reason) },
    sheets: [],
  };
}

/** The CLI's exit status over many files: 2 if any is unreadable, else 1 if any has errors. */
export function validationExitCode(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((report) => report.error !== undefined)) return 2;
  return reports.every((report) => report.ok) ? 0 : 1;
}
