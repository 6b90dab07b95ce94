import { describe, expect, it } from 'vitest';
import { localized } from '../../text/localized-text';
import { importEntityLabels } from '../mapping/import-entity';
import { differingFields } from './differing-fields';
import type { CellChange, RowOutcome } from './sheet-import-plan';

function aChange(field: string, applied = true): CellChange {
  return { field, label: localized(field, field), before: 1, after: 2, applied };
}

function aChangedRow(rowNumber: number, changes: CellChange[]): RowOutcome {
  return { rowNumber, status: 'changed', match: null, changes };
}

describe('differingFields', () => {
  it('counts each kind of record’s differing cells per field, and those the policy writes', () => {
    const enterprises = {
      entity: 'enterprises' as const,
      rows: [
        aChangedRow(3, [aChange('name'), aChange('status', false)]),
        aChangedRow(4, [aChange('status', false)]),
      ],
    };
    const milestones = {
      entity: 'milestones' as const,
      rows: [aChangedRow(3, [aChange('status'), aChange('title')])],
    };
    expect(
      differingFields([enterprises, milestones]).map(({ key, cells, applied }) => ({
        key,
        cells,
        applied,
      })),
    ).toEqual([
      { key: 'enterprises.name', cells: 1, applied: 1 },
      { key: 'enterprises.status', cells: 2, applied: 0 },
      { key: 'milestones.status', cells: 1, applied: 1 },
      { key: 'milestones.title', cells: 1, applied: 1 },
    ]);
    expect(differingFields([milestones])[0]).toMatchObject({
      entity: 'milestones',
      field: 'status',
      entityLabel: importEntityLabels.milestones,
    });
  });

  it('lists nothing when no row differs', () => {
    expect(
      differingFields([
        {
          entity: 'enterprises',
          rows: [{ rowNumber: 3, status: 'new', match: null, changes: [] }],
        },
      ]),
    ).toEqual([]);
  });
});
