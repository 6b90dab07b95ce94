/**
 * What the round-trip panel shows of a comparison: the counts by class, and one row per cell
 * that differs, with the value as exported where it can be known (a cell changed on one side
 * only was exported as the other side still has it).
 */
import type { CellStatus } from '../../../shared/exchange/round-trip/compare-records';
import type { ImportFieldId } from '../../../shared/exchange/mapping/import-fields';
import type { NormalisedValue } from '../../../shared/exchange/values/normalise-cell';
import type { SheetDiff } from '../../../shared/exchange/round-trip/workbook-diff';

export interface ComparisonSummary {
  readonly unchanged: number;
  readonly changedThere: number;
  readonly changedHere: number;
  readonly conflict: number;
  readonly added: number;
  readonly review: number;
}

export interface DifferenceRow {
  readonly sheetName: string;
  readonly recordId: string;
  readonly rowNumber: number;
  readonly field: ImportFieldId;
  readonly status: Exclude<CellStatus, 'unchanged'>;
  /** undefined when it cannot be known (both sides changed, and only a hash was exported). */
  readonly exported: NormalisedValue | null | undefined;
  readonly mine: NormalisedValue | null;
  readonly theirs: NormalisedValue | null;
}

export function comparisonSummary(sheets: readonly SheetDiff[]): ComparisonSummary {
  const counts = {
    unchanged: 0,
    changedThere: 0,
    changedHere: 0,
    conflict: 0,
    added: 0,
    review: 0,
  };
  for (const comparison of sheets.flatMap((sheet) => sheet.comparisons)) {
    if (comparison.kind === 'added-there') counts.added += 1;
    else if (comparison.kind !== 'matched') counts.review += 1;
    else {
      for (const cell of comparison.cells) {
        if (cell.status === 'unchanged') counts.unchanged += 1;
        else if (cell.status === 'changed-there') counts.changedThere += 1;
        else if (cell.status === 'changed-here') counts.changedHere += 1;
        else if (cell.status === 'conflict') counts.conflict += 1;
      }
    }
  }
  return counts;
}

export function differenceRows(sheets: readonly SheetDiff[]): DifferenceRow[] {
  return sheets.flatMap((sheet) =>
    sheet.comparisons.flatMap((comparison) =>
      comparison.kind !== 'matched'
        ? []
        : comparison.cells.flatMap((cell): DifferenceRow[] => {
            if (cell.status === 'unchanged') return [];
            const exported =
              cell.baseline !== undefined
                ? cell.baseline
                : cell.status === 'changed-there'
                  ? cell.mine
                  : cell.status === 'changed-here'
                    ? cell.theirs
                    : undefined;
            return [
              {
                sheetName: sheet.name,
                recordId: comparison.recordId,
                rowNumber: comparison.rowNumber,
                field: cell.field,
                status: cell.status,
                exported,
                mine: cell.mine,
                theirs: cell.theirs,
              },
            ];
          }),
    ),
  );
}
