/**
 * What `diff <exported> <returned>` tells the office: per sheet, per record and field, what
 * changed between the workbook sent out and the one that came back, with Excel's row numbers
 * and column letters of the returned file. Plain data for text or JSON.
 */
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import type { CellStatus, MatchedBy, RecordComparison } from '../round-trip/compare-records';
import type { FieldValues } from '../round-trip/field-values';
import {
  diffExchangeWorkbooks,
  type SheetDiff,
  type WorkbookDiffError,
} from '../round-trip/workbook-diff';
import type { NormalisedValue } from '../values/normalise-cell';
import { readWorkbook, type ParsedWorkbook } from '../workbook/read-workbook';
import {
  bilingual,
  missingFileMessage,
  type FileErrorCode,
  type WorkbookFile,
} from './validation-report';

export interface DiffField {
  readonly field: ImportFieldId;
  readonly column: string | null;
  readonly header: string | null;
  readonly status: CellStatus;
  readonly before: NormalisedValue | null;
  readonly after: NormalisedValue | null;
}

export type DiffRecord =
  | {
      readonly change: 'changed';
      readonly recordId: string;
      readonly row: number;
      readonly matchedBy: MatchedBy;
      readonly fields: readonly DiffField[];
    }
  | {
      readonly change: 'added';
      readonly row: number;
      /** An id the row carried that matches no exported record. */
      readonly recordId: string | null;
      readonly values: FieldValues;
    }
  | { readonly change: 'deleted'; readonly recordId: string }
  | { readonly change: 'duplicate'; readonly recordId: string; readonly row: number };

export interface DiffSheetReport {
  readonly name: string;
  readonly entity: ImportEntity | null;
  readonly counts: {
    readonly unchanged: number;
    readonly changed: number;
    readonly added: number;
    readonly deleted: number;
    readonly duplicates: number;
    readonly unreadable: number;
  };
  readonly records: readonly DiffRecord[];
  readonly problems: readonly {
    readonly row: number;
    readonly column: string;
    readonly header: string;
    readonly field: ImportFieldId;
    readonly code: string;
    readonly message: string;
  }[];
}

export type DiffErrorCode = FileErrorCode | WorkbookDiffError['code'];

export interface DiffReport {
  readonly exported: string;
  readonly returned: string;
  /** Both read, and nothing needs a decision: no row deleted or given twice, no unreadable cell. */
  readonly ok: boolean;
  readonly error?: {
    readonly file: string;
    readonly code: DiffErrorCode;
    readonly message: string;
  };
  readonly exportId: string | null;
  readonly sheets: readonly DiffSheetReport[];
}

function recordOf(sheet: SheetDiff, comparison: RecordComparison): DiffRecord | null {
  switch (comparison.kind) {
    case 'matched': {
      const changed = comparison.cells.filter((cell) => cell.status !== 'unchanged');
      if (changed.length === 0) return null;
      return {
        change: 'changed',
        recordId: comparison.recordId,
        row: comparison.rowNumber,
        matchedBy: comparison.matchedBy,
        fields: changed.map((cell) => {
          const column = sheet.columns.find((candidate) => candidate.field === cell.field);
          return {
            field: cell.field,
            column: column?.letter ?? null,
            header: column?.header ?? null,
            status: cell.status,
            before: cell.baseline === undefined ? cell.mine : cell.baseline,
            after: cell.theirs,
          };
        }),
      };
    }
    case 'added-there':
      return {
        change: 'added',
        row: comparison.rowNumber,
        recordId: comparison.unknownId,
        values: comparison.values,
      };
    case 'deleted-there':
    case 'deleted-here':
      return { change: 'deleted', recordId: comparison.recordId };
    case 'duplicate-row':
      return { change: 'duplicate', recordId: comparison.recordId, row: comparison.rowNumber };
  }
}

function sheetReportOf(sheet: SheetDiff): DiffSheetReport {
  const records = sheet.comparisons.flatMap((comparison) => recordOf(sheet, comparison) ?? []);
  const count = (change: DiffRecord['change']) =>
    records.filter((record) => record.change === change).length;
  return {
    name: sheet.name,
    entity: sheet.entity,
    counts: {
      unchanged:
        sheet.comparisons.filter((comparison) => comparison.kind === 'matched').length -
        count('changed'),
      changed: count('changed'),
      added: count('added'),
      deleted: count('deleted'),
      duplicates: count('duplicate'),
      unreadable: sheet.problems.length,
    },
    records,
    problems: sheet.problems.map((problem) => ({
      row: problem.rowNumber,
      column: problem.letter,
      header: problem.header,
      field: problem.field,
      code: problem.code,
      message: bilingual(problem.message),
    })),
  };
}

type DiffError = NonNullable<DiffReport['error']>;

function readInput(file: WorkbookFile): ParsedWorkbook | DiffError {
  if ('missing' in file.content) {
    return {
      file: file.name,
      code: 'missing',
      message: missingFileMessage(file.name, file.content.missing),
    };
  }
  const read = readWorkbook(file.content.bytes, file.name);
  if (read.ok) return read.workbook;
  return { file: file.name, code: read.error.code, message: bilingual(read.error.message) };
}

export function diffWorkbookFiles(exported: WorkbookFile, returned: WorkbookFile): DiffReport {
  const base = { exported: exported.name, returned: returned.name, exportId: null, sheets: [] };
  const exportedBook = readInput(exported);
  if ('code' in exportedBook) return { ...base, ok: false, error: exportedBook };
  const returnedBook = readInput(returned);
  if ('code' in returnedBook) return { ...base, ok: false, error: returnedBook };
  const diff = diffExchangeWorkbooks(exportedBook, returnedBook);
  if (!diff.ok) {
    const file = diff.which === 'exported' ? exported.name : returned.name;
    return {
      ...base,
      ok: false,
      error: { file, code: diff.error.code, message: bilingual(diff.error.message) },
    };
  }
  const sheets = diff.sheets.map(sheetReportOf);
  return {
    ...base,
    ok: sheets.every(
      (sheet) =>
        sheet.counts.deleted === 0 &&
        sheet.counts.duplicates === 0 &&
        sheet.counts.unreadable === 0,
    ),
    exportId: diff.meta.exportId,
    sheets,
  };
}

/** 2 when a file could not be read as an exchange workbook, 1 when something needs a decision. */
export function diffExitCode(report: DiffReport): 0 | 1 | 2 {
  if (report.error !== undefined) return 2;
  return report.ok ? 0 : 1;
}
