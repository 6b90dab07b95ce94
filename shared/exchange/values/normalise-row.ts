/**
 * A located record row to field values, with each cell's problem placed where the user sees
 * it: Excel's row number, the column letter and its header. This is what validation, matching
 * and the preview grid build on.
 */
import { localized, type LocalizedText } from '../../text/localized-text';
import {
  importField,
  type ChoiceSet,
  type ImportFieldId,
  type ValueKind,
} from '../mapping/import-fields';
import type { DataRow, LocatedColumn, LocatedSheet } from '../layout/locate-sheet';
import type { MaybeCell } from './cell-input';
import { normaliseCell, type NormaliseContext, type NormalisedValue } from './normalise-cell';
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

/**
 * Distinct values a column keeps the reading of: a column of codes, streets or dates repeats a
 * few dozen values over 20,000 rows, and reading each again (looking the code up, parsing the
 * date) was a good part of an import's time; a column of names repeats none, and stops keeping.
 */
const keptReadingsPerColumn = 512;

type Reading = ReturnType<typeof normaliseCell>;

/** One mapped column of a sheet, read cell by cell. */
class ColumnReader {
  /** By number format ('' for none), then by value. */
  private kept: Map<string, Map<unknown, Reading>> | undefined = new Map();
  private keptCount = 0;
  private reused = 0;
  private readonly context: NormaliseContext;

  constructor(
    readonly column: LocatedColumn & { readonly field: ImportFieldId },
    private readonly kind: ValueKind,
    sheet: LocatedSheet,
    choices: ChoiceSet | undefined,
  ) {
    this.context = {
      unit: column.unit,
      date1904: sheet.date1904,
      titleYear: sheet.titleYear,
      ...(choices === undefined ? {} : { choices }),
    };
  }

  read(cell: MaybeCell): Reading {
    const kept = this.kept;
    if (kept === undefined || cell === null || cell === undefined || cell.isError === true) {
      return normaliseCell(cell, this.kind, this.context);
    }
    const format = cell.numberFormat ?? '';
    const byValue = kept.get(format);
    const known = byValue?.get(cell.value);
    if (known !== undefined) {
      this.reused += 1;
      return known;
    }
    const reading = normaliseCell(cell, this.kind, this.context);
    // Lists are kept out: each row gets its own, as before.
    if (reading.ok && typeof reading.value === 'object' && reading.value !== null) return reading;
    if (this.keptCount >= keptReadingsPerColumn) {
      if (this.reused < this.keptCount) this.kept = undefined;
      return reading;
    }
    if (byValue === undefined) kept.set(format, new Map([[cell.value, reading]]));
    else byValue.set(cell.value, reading);
    this.keptCount += 1;
    return reading;
  }
}

function columnReaders(sheet: LocatedSheet): ColumnReader[] {
  return sheet.columns.flatMap((column) => {
    if (column.field === null) return [];
    const spec = importField(column.field);
    if (spec.kind === 'ignored') return [];
    return [new ColumnReader({ ...column, field: column.field }, spec.kind, sheet, spec.choices)];
  });
}

function readRow(readers: readonly ColumnReader[], row: DataRow): NormalisedRow {
  const values: Partial<Record<ImportFieldId, NormalisedValue | null>> = {};
  const problems: CellProblem[] = [];
  for (const reader of readers) {
    const { column } = reader;
    const result = reader.read(row.cells[column.columnIndex]);
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

/** The rows of a sheet, read column by column with what each column has read before. */
export function normaliseRows(sheet: LocatedSheet, rows: readonly DataRow[]): NormalisedRow[] {
  const readers = columnReaders(sheet);
  return rows.map((row) => readRow(readers, row));
}

export function normaliseRow(sheet: LocatedSheet, row: DataRow): NormalisedRow {
  return readRow(columnReaders(sheet), row);
}
