/**
 * The record rows of a located exchange sheet, as the round trip compares them: each row's
 * 记录ID, its values as the import reads them, and the fields whose cells could not be read
 * (those are reported, not taken for a change to blank).
 */
import { recordIdHeader } from '../exchange-format/exchange-sheets';
import type { LocatedSheet } from '../layout/locate-sheet';
import type { ImportFieldId } from '../mapping/import-fields';
import { normaliseRow, type CellProblem } from '../values/normalise-row';
import { cellText } from '../workbook/sheet-grid';
import type { ReturnedRow } from './compare-records';

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
