import { describe, expect, it } from 'vitest';
import { localized } from '../../text/localized-text';
import { differingFields } from './differing-fields';
import type { CellChange, RowOutcome } from './sheet-import-plan';

function aChange(field: string, applied = true): CellChange {
  return { field, label: localized(field, field), before: 1, after: 2, applied };
}

function aChangedRow(rowNumber: number, changes: CellChange[]): RowOutcome {
  return { rowNumber, status: 'changed', match: null, changes };
}

describe('differingFields', () => {
  it('counts each field’s differing cells across sheets, and those the policy writes', () => {
    const enterprises = {
      rows: [
        aChangedRow(3, [aChange('name'), aChange('contactName', false)]),
        aChangedRow(4, [aChange('contactName', false)]),
      ],
    };
    const revenue = { rows: [aChangedRow(3, [aChange('revenueYuan'), aChange('name')])] };
    expect(differingFields([enterprises, revenue])).toEqual([
      { field: 'name', label: localized('name', 'name'), cells: 2, applied: 2 },
      {
        field: 'contactName',
        label: localized('contactName', 'contactName'),
        cells: 2,
        applied: 0,
      },
      {
        field: 'revenueYuan',
        label: localized('revenueYuan', 'revenueYuan'),
        cells: 1,
        applied: 1,
      },
    ]);
  });

  it('lists nothing when no row differs', () => {
    expect(
      differingFields([{ rows: [{ rowNumber: 3, status: 'new', match: null, changes: [] }] }]),
    ).toEqual([]);
  });
});
