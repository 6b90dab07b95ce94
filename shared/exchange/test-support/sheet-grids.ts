/** Plain sheet grids from rows, for testing the layout steps without writing a workbook. */
import type { CellRange, SheetCell, SheetGrid } from '../workbook/sheet-grid';

export type GridValue = string | number | boolean | null;

function cellOf(value: GridValue): SheetCell | null {
  return value === null || value === '' ? null : { value };
}

/** `merges` as 0-based [firstRow, firstColumn, lastRow, lastColumn]. */
export function gridOf(
  rows: readonly (readonly GridValue[])[],
  merges: readonly (readonly [number, number, number, number])[] = [],
  extra: Partial<SheetGrid> = {},
): SheetGrid {
  return {
    name: 'Sheet1',
    rows: rows.map((row) => row.map(cellOf)),
    columnCount: Math.max(0, ...rows.map((row) => row.length)),
    merges: merges.map(([firstRow, firstColumn, lastRow, lastColumn]): CellRange => ({
      firstRow,
      firstColumn,
      lastRow,
      lastColumn,
    })),
    visibility: 'visible',
    hiddenColumns: [],
    hiddenRows: [],
    ...extra,
  };
}
