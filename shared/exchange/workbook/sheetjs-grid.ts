/**
 * Turns a SheetJS worksheet (dense mode) into a plain SheetGrid. This is the only module that
 * knows SheetJS's cell objects, so the rest of the pipeline is testable with plain data.
 */
import type { CellObject, ColInfo, Range, RowInfo, WorkSheet } from 'xlsx';
import type { CellRange, SheetCell, SheetGrid, SheetRow, SheetVisibility } from './sheet-grid';

/** The parts of a dense worksheet read here; SheetJS types them through an `any` index. */
interface DenseSheetView {
  readonly '!data'?: readonly (readonly (CellObject | undefined)[] | undefined)[];
  readonly '!ref'?: string;
  readonly '!fullref'?: string;
  readonly '!merges'?: readonly Range[];
  readonly '!cols'?: readonly (ColInfo | undefined)[];
  readonly '!rows'?: readonly (RowInfo | undefined)[];
}

/** Excel's error codes as BIFF and SheetJS store them. */
const errorTexts: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function toSheetCell(cell: CellObject | undefined): SheetCell | null {
  if (cell === undefined) return null;
  const value = cell.v;
  switch (cell.t) {
    case 's':
      return typeof value === 'string' && value !== '' ? { value } : null;
    case 'n': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const format = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
      return format === undefined ? { value } : { value, numberFormat: format };
    }
    case 'b':
      return typeof value === 'boolean' ? { value } : null;
    case 'e':
      return { value: errorTexts[Number(value)] ?? '#ERROR', isError: true };
    case 'd':
      // Read with cellDates off, SheetJS turns date cells into serials; this is a safeguard.
      return value instanceof Date ? { value: value.toISOString() } : null;
    case 'z':
      return null;
  }
}

function toCellRange(range: Range): CellRange {
  return {
    firstRow: range.s.r,
    firstColumn: range.s.c,
    lastRow: range.e.r,
    lastColumn: range.e.c,
  };
}

function hiddenIndexes(infos: readonly ({ hidden?: boolean } | undefined)[] | undefined): number[] {
  const indexes: number[] = [];
  infos?.forEach((info, index) => {
    if (info?.hidden === true) indexes.push(index);
  });
  return indexes;
}

export function sheetVisibility(hidden: 0 | 1 | 2 | undefined): SheetVisibility {
  if (hidden === 1) return 'hidden';
  return hidden === 2 ? 'very-hidden' : 'visible';
}

/** The range the sheet declares, before `sheetRows` cut it short (SheetJS's `!fullref`). */
export function declaredRange(sheet: WorkSheet): string | undefined {
  const view: DenseSheetView = sheet;
  return view['!fullref'] ?? view['!ref'];
}

export function gridFromWorksheet(
  sheet: WorkSheet,
  name: string,
  visibility: SheetVisibility,
): SheetGrid {
  const view: DenseSheetView = sheet;
  const rows: SheetRow[] = [];
  let columnCount = 0;
  for (const row of view['!data'] ?? []) {
    const cells = row === undefined ? [] : Array.from(row, toSheetCell);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    columnCount = Math.max(columnCount, cells.length);
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return {
    name,
    rows,
    columnCount,
    merges: (view['!merges'] ?? []).map(toCellRange),
    visibility,
    hiddenColumns: hiddenIndexes(view['!cols']),
    hiddenRows: hiddenIndexes(view['!rows']),
  };
}
