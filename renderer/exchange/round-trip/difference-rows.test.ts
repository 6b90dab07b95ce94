import { describe, expect, it } from 'vitest';
import type { CellComparison } from '../../../shared/exchange/round-trip/compare-records';
import type { SheetDiff } from '../../../shared/exchange/round-trip/workbook-diff';
import { comparisonSummary, differenceRows } from './difference-rows';

function sheetOf(cells: readonly CellComparison[]): SheetDiff {
  return {
    name: '企业',
    entity: 'enterprises',
    columns: [],
    problems: [],
    comparisons: [
      { kind: 'matched', recordId: 'e1', rowNumber: 2, matchedBy: 'id', version: 2, cells },
      { kind: 'added-there', rowNumber: 3, unknownId: null, values: {} },
      { kind: 'deleted-there', recordId: 'e2' },
    ],
  };
}

describe('round-trip difference rows', () => {
  const sheet = sheetOf([
    { field: 'enterpriseName', status: 'unchanged', mine: '甲', theirs: '甲' },
    { field: 'contactName', status: 'changed-there', mine: '王芳', theirs: '李雷' },
    { field: 'notes', status: 'changed-here', mine: '新', theirs: '旧' },
    { field: 'contactPhone', status: 'conflict', mine: '1', theirs: '2' },
  ]);

  it('counts cells by class, new rows and rows for review', () => {
    expect(comparisonSummary([sheet])).toEqual({
      unchanged: 1,
      changedThere: 1,
      changedHere: 1,
      conflict: 1,
      added: 1,
      review: 1,
    });
  });

  it('lists the differing cells with the exported value where one side kept it', () => {
    const rows = differenceRows([sheet]);
    expect(rows.map((row) => [row.field, row.status, row.exported])).toEqual([
      ['contactName', 'changed-there', '王芳'],
      ['notes', 'changed-here', '旧'],
      ['contactPhone', 'conflict', undefined],
    ]);
  });
});
