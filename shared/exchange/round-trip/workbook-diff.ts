/**
 * A returned exchange workbook against the workbook as it was exported: sheet by sheet, every
 * record compared three ways with the exported file standing for both the baseline and "here"
 * (what `diff` does, with no registry at hand). The app compares with the registry instead,
 * through the same `compareSheet`.
 */
import { recordContentHash } from '../exchange-format/content-hash';
import {
  readExchangeMeta,
  type ExchangeMeta,
  type ExchangeMetaErrorCode,
} from '../exchange-format/exchange-meta';
import { locateWorkbook, type LocatedSheet } from '../layout/locate-sheet';
import type { ImportEntity } from '../mapping/import-entity';
import type { CellProblem } from '../values/normalise-row';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import { localized, type LocalizedText } from '../../text/localized-text';
import { compareSheet, type BaselineRecord, type RecordComparison } from './compare-records';
import {
  exchangeSheetRows,
  findReturnedSheet,
  isExchangeRecordSheet,
  untouchedFormRows,
} from './exchange-sheet-rows';

export interface SheetDiff {
  readonly name: string;
  readonly entity: ImportEntity | null;
  /** Excel's column letter and header of each field in the returned sheet, for messages. */
  readonly columns: readonly {
    readonly field: string;
    readonly letter: string;
    readonly header: string;
  }[];
  readonly comparisons: readonly RecordComparison[];
  /** Cells of the returned sheet that could not be read. */
  readonly problems: readonly CellProblem[];
}

export interface WorkbookDiffError {
  readonly code: ExchangeMetaErrorCode | 'different-export';
  readonly message: LocalizedText;
}

export type WorkbookDiff =
  | { readonly ok: true; readonly meta: ExchangeMeta; readonly sheets: readonly SheetDiff[] }
  | {
      readonly ok: false;
      readonly which: 'exported' | 'returned';
      readonly error: WorkbookDiffError;
    };

function sheetDiff(
  meta: ExchangeMeta,
  exportedSheet: LocatedSheet,
  returnedSheet: LocatedSheet | undefined,
): SheetDiff {
  const exported = exchangeSheetRows(exportedSheet);
  const returned =
    returnedSheet === undefined ? { rows: [], problems: [] } : exchangeSheetRows(returnedSheet);
  const { fields } = exported;
  const valuesById = new Map(exported.rows.map((row) => [row.recordId, row.values]));
  const baseline = meta.records
    .filter((stamp) => stamp.sheet === exportedSheet.sheetName)
    .map((stamp): BaselineRecord => ({
      recordId: stamp.recordId,
      version: stamp.version,
      contentHash: stamp.contentHash,
      values: valuesById.get(stamp.recordId) ?? {},
    }));
  const untouched = untouchedFormRows(exported.rows, returned.rows, fields);
  const comparisons = compareSheet({
    fields,
    hashOf: (values) => recordContentHash(fields, values),
    baseline,
    current: baseline.map(({ recordId, version, values }) => ({
      recordId,
      version,
      values: values ?? {},
    })),
    returned: returned.rows.filter((row) => !untouched.has(row)),
  });
  const columnsOf = returnedSheet ?? exportedSheet;
  return {
    name: exportedSheet.sheetName,
    entity: exportedSheet.entity,
    columns: columnsOf.columns.flatMap((column) =>
      column.field === null
        ? []
        : [{ field: column.field, letter: column.letter, header: column.header }],
    ),
    comparisons,
    problems: returned.problems,
  };
}

export function diffExchangeWorkbooks(
  exported: ParsedWorkbook,
  returned: ParsedWorkbook,
): WorkbookDiff {
  const exportedMeta = readExchangeMeta(exported);
  if (!exportedMeta.ok) return { ok: false, which: 'exported', error: exportedMeta.error };
  const { meta } = exportedMeta;
  // A returned file that lost its hidden sheet is still compared, by sheet names and ids.
  const returnedMeta = readExchangeMeta(returned);
  if (returnedMeta.ok && returnedMeta.meta.exportId !== meta.exportId) {
    return {
      ok: false,
      which: 'returned',
      error: {
        code: 'different-export',
        message: localized(
          `“${returned.fileName}”来自另一次导出（导出编号 ${returnedMeta.meta.exportId}，而“${exported.fileName}”是 ${meta.exportId}）：请与发出的那份交换表比较`,
          `"${returned.fileName}" comes from another export (export id ${returnedMeta.meta.exportId}; "${exported.fileName}" is ${meta.exportId}): compare it with the workbook that was sent`,
        ),
      },
    };
  }
  const returnedSheets = locateWorkbook(returned);
  const sheets = locateWorkbook(exported)
    .filter(isExchangeRecordSheet)
    .map((sheet) =>
      sheetDiff(
        meta,
        sheet,
        sheet.entity === null
          ? undefined
          : findReturnedSheet(returnedSheets, sheet.sheetName, sheet.entity),
      ),
    );
  return { ok: true, meta, sheets };
}
