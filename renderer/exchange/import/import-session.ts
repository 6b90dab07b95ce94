/**
 * One workbook being imported, as the worker holds it: the parsed sheets, the user's edits,
 * exclusions, mapping and kind of records per sheet, and for each sheet the rows normalised
 * and validated. Every change re-runs only what it affects and returns the preview the page
 * shows. Plain TypeScript over shared/exchange, so tests drive it without a worker.
 */
import type {
  ExistingRecords,
  SheetImportPlan,
} from '../../../shared/exchange/matching/sheet-import-plan';
import { planWorkbookImport } from '../../../shared/exchange/matching/sheet-import-plan';
import type { ImportPolicy } from '../../../shared/exchange/matching/field-policy';
import {
  columnMappingOf,
  locateSheet,
  type LocatedSheet,
} from '../../../shared/exchange/layout/locate-sheet';
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import type { ColumnUnit } from '../../../shared/exchange/mapping/column-unit';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import type { ImportFieldId } from '../../../shared/exchange/mapping/import-fields';
import type { ImportIssue } from '../../../shared/exchange/validation/import-issue';
import {
  validateSheetRows,
  type SheetIssue,
  type SheetValidation,
} from '../../../shared/exchange/validation/validate-sheet-rows';
import {
  normaliseRow,
  normaliseRows,
  type NormalisedRow,
} from '../../../shared/exchange/values/normalise-row';
import type { ImportError } from '../../../shared/exchange/workbook/import-error';
import { readWorkbook, type ParsedWorkbook } from '../../../shared/exchange/workbook/read-workbook';
import { defaultReadLimits } from '../../../shared/exchange/workbook/read-limits';
import type { SheetCell, SheetGrid, SheetRow } from '../../../shared/exchange/workbook/sheet-grid';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { LocalizedText } from '../../../shared/text/localized-text';

export interface PreviewColumn {
  readonly columnIndex: number;
  readonly letter: string;
  readonly header: string;
  readonly field: ImportFieldId | null;
  readonly unit: ColumnUnit | null;
}

export interface PreviewRow {
  readonly rowNumber: number;
  /** The cell text by column index, as the user sees and edits it. */
  readonly cells: readonly string[];
  readonly issues: readonly ImportIssue[];
  readonly blocked: boolean;
  readonly excluded: boolean;
  /** Column indexes the user edited. */
  readonly edited: readonly number[];
}

export interface SheetPreview {
  readonly sheetIndex: number;
  readonly name: string;
  readonly entity: ImportEntity | null;
  readonly layoutSignature: string;
  readonly headerRows: readonly number[];
  readonly columns: readonly PreviewColumn[];
  readonly rows: readonly PreviewRow[];
  readonly sheetIssues: readonly SheetIssue[];
  readonly notices: readonly LocalizedText[];
  readonly skippedRows: readonly { readonly rowNumber: number; readonly message: LocalizedText }[];
  readonly counts: SheetValidation['counts'] & { readonly excluded: number };
  /** Left out of the import as a whole (a notes sheet, a sheet of another kind). */
  readonly skipped: boolean;
}

export interface SessionPreview {
  readonly fileName: string;
  readonly format: string;
  readonly notices: readonly LocalizedText[];
  readonly sheets: readonly SheetPreview[];
}

export type ReadOutcome =
  | { readonly ok: true; readonly preview: SessionPreview }
  | { readonly ok: false; readonly error: ImportError };

export type ProgressReport = (done: number, total: number) => void;

interface SheetState {
  readonly grid: { -readonly [K in keyof SheetGrid]: SheetGrid[K] } & { rows: SheetRow[] };
  located: LocatedSheet;
  mapping: ColumnMapping | undefined;
  normalised: NormalisedRow[];
  validation: SheetValidation;
  readonly excluded: Set<number>;
  readonly edited: Map<number, Set<number>>;
  skipped: boolean;
}

/**
 * One empty list for every row without issues or edits: the preview crosses to the page by
 * structured clone, which sends an object met twice once, so 20,000 rows carry two lists, not
 * 40,000.
 */
const noIssues: readonly ImportIssue[] = [];
const noEdits: readonly number[] = [];

function cellText(cell: SheetCell | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value);
}

/** What the preview shows in a cell: a date serial as the date it stands for. */
function displayText(cell: SheetCell | null | undefined, value: unknown): string {
  if (typeof cell?.value === 'number' && typeof value === 'string') return value;
  return cellText(cell);
}

export class ImportSession {
  private workbook: ParsedWorkbook | undefined;
  private sheets: SheetState[] = [];

  read(
    bytes: Uint8Array,
    fileName: string,
    remembered: Readonly<Record<string, ColumnMapping>>,
    onProgress: ProgressReport = () => undefined,
  ): ReadOutcome {
    // The very-hidden sheets (an exchange workbook's _meta and _lists) hold no records to import.
    const result = readWorkbook(bytes, fileName, defaultReadLimits, { skipVeryHidden: true });
    if (!result.ok) return { ok: false, error: result.error };
    this.workbook = result.workbook;
    const grids = result.workbook.sheets;
    this.sheets = grids.map((grid, index) => {
      const copy = { ...grid, rows: [...grid.rows] };
      const first = locateSheet(copy, index, { date1904: result.workbook.date1904 });
      const mapping = remembered[first.layoutSignature];
      // Located again only when a remembered mapping changes what the columns hold.
      const state = this.stateOf(copy, index, mapping, mapping === undefined ? first : undefined);
      onProgress(index + 1, grids.length);
      return state;
    });
    return { ok: true, preview: this.preview() };
  }

  private stateOf(
    grid: SheetState['grid'],
    index: number,
    mapping: ColumnMapping | undefined,
    located: LocatedSheet = locateSheet(grid, index, {
      date1904: this.workbook?.date1904 ?? false,
      ...(mapping === undefined ? {} : { mapping }),
    }),
  ): SheetState {
    const state: SheetState = {
      grid,
      located,
      mapping,
      normalised: normaliseRows(located, located.dataRows),
      validation: validateSheetRows(located, []),
      excluded: new Set(),
      edited: new Map(),
      // A sheet without a header (a cover or notes page) is left out until the user says.
      skipped: located.headerRows.length === 0,
    };
    this.revalidate(state);
    return state;
  }

  private sheet(sheetIndex: number): SheetState {
    const state = this.sheets[sheetIndex];
    if (state === undefined) throw new RangeError(`No sheet ${String(sheetIndex)}`);
    return state;
  }

  private included(state: SheetState): NormalisedRow[] {
    return state.normalised.filter((row) => !state.excluded.has(row.rowNumber));
  }

  private revalidate(state: SheetState): void {
    state.validation = validateSheetRows(state.located, this.included(state));
  }

  /** Replaces one cell's content with what the user typed, and checks the sheet again. */
  editCell(
    sheetIndex: number,
    rowNumber: number,
    columnIndex: number,
    text: string,
  ): SessionPreview {
    const state = this.sheet(sheetIndex);
    const rowIndex = rowNumber - 1;
    const cells = [...(state.grid.rows[rowIndex] ?? [])];
    cells[columnIndex] = text.trim() === '' ? null : { value: text };
    state.grid.rows[rowIndex] = cells;
    const edits = state.edited.get(rowNumber) ?? new Set<number>();
    edits.add(columnIndex);
    state.edited.set(rowNumber, edits);
    const position = state.located.dataRows.findIndex((row) => row.rowNumber === rowNumber);
    const dataRow = state.located.dataRows[position];
    if (dataRow !== undefined) {
      const updated = { ...dataRow, cells };
      const dataRows = [...state.located.dataRows];
      dataRows[position] = updated;
      state.located = { ...state.located, dataRows };
      state.normalised[position] = normaliseRow(state.located, updated);
    }
    this.revalidate(state);
    return this.preview();
  }

  setExcluded(
    sheetIndex: number,
    rowNumbers: readonly number[],
    excluded: boolean,
  ): SessionPreview {
    const state = this.sheet(sheetIndex);
    for (const rowNumber of rowNumbers) {
      if (excluded) state.excluded.add(rowNumber);
      else state.excluded.delete(rowNumber);
    }
    this.revalidate(state);
    return this.preview();
  }

  setSkipped(sheetIndex: number, skipped: boolean): SessionPreview {
    this.sheet(sheetIndex).skipped = skipped;
    return this.preview();
  }

  /** The user's mapping (fields, units, kind of records) for a sheet; rows are read again. */
  setMapping(sheetIndex: number, mapping: ColumnMapping): SessionPreview {
    const old = this.sheet(sheetIndex);
    const state = this.stateOf(old.grid, sheetIndex, mapping);
    for (const rowNumber of old.excluded) state.excluded.add(rowNumber);
    for (const [rowNumber, columns] of old.edited) state.edited.set(rowNumber, columns);
    state.skipped = old.skipped;
    this.revalidate(state);
    this.sheets[sheetIndex] = state;
    return this.preview();
  }

  mappingOf(sheetIndex: number): ColumnMapping {
    return columnMappingOf(this.sheet(sheetIndex).located);
  }

  /** The mapping of each sheet the import includes, by sheet index, without a new preview. */
  includedMappings(): Record<number, ColumnMapping> {
    return Object.fromEntries(
      this.sheets
        .filter((state) => !state.skipped)
        .map((state) => [state.located.sheetIndex, columnMappingOf(state.located)]),
    );
  }

  plan(
    existing: ExistingRecords,
    options: {
      readonly policy: ImportPolicy;
      readonly confirmedRows: Readonly<Record<number, readonly number[]>>;
      readonly today: IsoDate;
      readonly newId: () => string;
    },
  ): SheetImportPlan[] {
    const active = this.sheets.filter(
      (state) => !state.skipped && state.validation.entity !== null,
    );
    return planWorkbookImport(
      active.map((state) => ({
        sheet: state.located,
        rows: this.included(state),
        validation: state.validation,
        confirmedRows: new Set(options.confirmedRows[state.located.sheetIndex] ?? []),
      })),
      existing,
      { policy: options.policy, today: options.today, newId: options.newId },
    );
  }

  preview(): SessionPreview {
    const workbook = this.workbook;
    if (workbook === undefined) throw new Error('No workbook read yet');
    return {
      fileName: workbook.fileName,
      format: workbook.format,
      notices: workbook.notices,
      sheets: this.sheets.map((state) => this.sheetPreview(state)),
    };
  }

  private sheetPreview(state: SheetState): SheetPreview {
    const { located, validation } = state;
    const columns = located.columns.map(
      ({ columnIndex, letter, header, field, unit }): PreviewColumn => ({
        columnIndex,
        letter,
        header,
        field,
        unit,
      }),
    );
    const byRow = new Map(validation.rows.map((row) => [row.rowNumber, row]));
    const rows = located.dataRows.map((dataRow, index): PreviewRow => {
      const checked = byRow.get(dataRow.rowNumber);
      const values = state.normalised[index]?.values ?? {};
      const edits = state.edited.get(dataRow.rowNumber);
      return {
        rowNumber: dataRow.rowNumber,
        cells: columns.map((column) =>
          displayText(
            dataRow.cells[column.columnIndex],
            column.field === null ? undefined : values[column.field],
          ),
        ),
        issues: checked === undefined || checked.issues.length === 0 ? noIssues : checked.issues,
        blocked: checked?.blocked ?? false,
        excluded: state.excluded.has(dataRow.rowNumber),
        edited: edits === undefined ? noEdits : [...edits],
      };
    });
    return {
      sheetIndex: located.sheetIndex,
      name: located.sheetName,
      entity: validation.entity,
      layoutSignature: located.layoutSignature,
      headerRows: located.headerRows,
      columns,
      rows,
      sheetIssues: validation.sheetIssues,
      notices: located.notices.map((notice) => notice.message),
      skippedRows: located.skippedRows.map(({ rowNumber, message }) => ({ rowNumber, message })),
      counts: { ...validation.counts, excluded: state.excluded.size },
      skipped: state.skipped,
    };
  }
}
