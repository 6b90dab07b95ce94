/**
 * A located record row to field values, with each cell's problem placed where the user sees
 * it: Excel's row number, the column letter and its header. This is what validation, matching
 * and the preview grid build on.
 */
import { localized, type LocalizedText } from '../../text/localized-text';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import type { DataRow, LocatedSheet } from '../layout/locate-sheet';
import { normaliseCell, type NormalisedValue } from './normalise-cell';
import type { ValueProblem, ValueProblemCode } from './value-problem';

export interface CellProblem {
  readonly rowNumber: number;
  readonly columnIndex: number;
  readonly letter: string;
  readonly header: string;
  readonly field: ImportFieldId;
  readonly code: ValueProblemCode;
  /** The problem with its place: "第 5 行 D 列（营业收入）：…". */
  readonly message: LocalizedText;
  /** The problem alone, for a cell editor that shows the place itself. */
  readonly problem: ValueProblem;
}

export interface NormalisedRow {
  readonly rowNumber: number;
  /** The value of each mapped field; null for a blank cell. Fields with problems are absent. */
  readonly values: Partial<Readonly<Record<ImportFieldId, NormalisedValue | null>>>;
  readonly problems: readonly CellProblem[];
}

function placed(
  rowNumber: number,
  letter: string,
  header: string,
  problem: ValueProblem,
): LocalizedText {
  return localized(
    `第 ${rowNumber} 行 ${letter} 列（${header}）：${problem.message.zh}`,
    `Row ${rowNumber}, column ${letter} (${header}): ${problem.message.en}`,
  );
}

export function normaliseRow(sheet: LocatedSheet, row: DataRow): NormalisedRow {
  const values: Partial<Record<ImportFieldId, NormalisedValue | null>> = {};
  const problems: CellProblem[] = [];
  for (const column of sheet.columns) {
    if (column.field === null) continue;
    const spec = importField(column.field);
    if (spec.kind === 'ignored') continue;
    const result = normaliseCell(row.cells[column.columnIndex], spec.kind, {
      unit: column.unit,
      date1904: sheet.date1904,
      titleYear: sheet.titleYear,
      ...(spec.choices === undefined ? {} : { choices: spec.choices }),
    });
    if (result.ok) {
      values[column.field] = result.value;
      continue;
    }
    problems.push({
      rowNumber: row.rowNumber,
      columnIndex: column.columnIndex,
      letter: column.letter,
      header: column.header,
      field: column.field,
      code: result.problem.code,
      message: placed(row.rowNumber, column.letter, column.header, result.problem),
      problem: result.problem,
    });
  }
  return { rowNumber: row.rowNumber, values, problems };
}
