/**
 * The record rows of a located exchange sheet, as the round trip compares them: each row's
 * 记录ID, its values as the import reads them, and the fields whose cells could not be read
 * (those are reported, not taken for a change to blank).
 */
import {
  exchangeEntities,
  exchangeSheetNames,
  recordIdHeader,
} from '../exchange-format/exchange-sheets';
import { exchangeListsSheetName } from '../exchange-format/build-exchange-workbook';
import { exchangeMetaSheetName } from '../exchange-format/exchange-meta';
import type { LocatedSheet } from '../layout/locate-sheet';
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import { normaliseRow, type CellProblem } from '../values/normalise-row';
import { cellText } from '../workbook/sheet-grid';
import { recordContentHash } from '../exchange-format/content-hash';
import { creditCodeKey, type ReturnedRow } from './compare-records';

const recordSheetNames: ReadonlySet<string> = new Set(
  exchangeEntities.map((entity) => exchangeSheetNames[entity]),
);

/**
 * One of the exchange format's record sheets (园区, 企业, …), by name: a tool that re-saves the
 * file may turn the very-hidden _meta and _lists into plain hidden sheets, and those must never
 * be read as records.
 */
export function isExchangeRecordSheet(sheet: LocatedSheet): boolean {
  return recordSheetNames.has(sheet.sheetName);
}

const machineSheetNames: ReadonlySet<string> = new Set([
  exchangeMetaSheetName,
  exchangeListsSheetName,
]);

/** The exchange format's own sheets (_meta, _lists), which hold no records. */
export function isExchangeMachineSheet(sheet: LocatedSheet): boolean {
  return machineSheetNames.has(sheet.sheetName);
}

/**
 * The returned workbook's sheet for one record sheet: the one of the same name, else a sheet
 * the user renamed that holds the same kind of records.
 */
export function findReturnedSheet(
  returned: readonly LocatedSheet[],
  name: string,
  entity: ImportEntity,
): LocatedSheet | undefined {
  return (
    returned.find((sheet) => sheet.sheetName === name) ??
    returned.find(
      (sheet) =>
        !isExchangeRecordSheet(sheet) && !isExchangeMachineSheet(sheet) && sheet.entity === entity,
    )
  );
}

export interface ExchangeSheetRows {
  /** The sheet's mapped fields in column order: what its content hash covers. */
  readonly fields: readonly ImportFieldId[];
  readonly rows: readonly ReturnedRow[];
  readonly problems: readonly CellProblem[];
}

export function exchangeSheetRows(sheet: LocatedSheet): ExchangeSheetRows {
  const idColumn = sheet.columns.find((column) => column.header === recordIdHeader);
  const fields = sheet.columns.flatMap((column) => (column.field === null ? [] : [column.field]));
  const problems: CellProblem[] = [];
  const rows = sheet.dataRows.map((dataRow): ReturnedRow => {
    const normalised = normaliseRow(sheet, dataRow);
    problems.push(...normalised.problems);
    const id = idColumn === undefined ? '' : cellText(dataRow.cells[idColumn.columnIndex]);
    return {
      rowNumber: dataRow.rowNumber,
      recordId: id === '' ? null : id,
      values: normalised.values,
      ...(normalised.problems.length === 0
        ? {}
        : { unreadable: normalised.problems.map((problem) => problem.field) }),
    };
  });
  return { fields, rows, problems };
}

/** Rows of a form exported without a record (a report not yet made) that came back untouched. */
export function untouchedFormRows(
  exported: readonly Pick<ReturnedRow, 'recordId' | 'values'>[],
  returned: readonly ReturnedRow[],
  fields: readonly ImportFieldId[],
): Set<ReturnedRow> {
  const blankHashes = new Map<string, string>();
  for (const row of exported) {
    const key = row.recordId === null ? creditCodeKey(fields, row.values) : null;
    if (key !== null) blankHashes.set(key, recordContentHash(fields, row.values));
  }
  return new Set(
    returned.filter((row) => {
      if (row.recordId !== null) return false;
      const key = creditCodeKey(fields, row.values);
      return key !== null && blankHashes.get(key) === recordContentHash(fields, row.values);
    }),
  );
}
