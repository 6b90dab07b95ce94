import { describe, expect, it } from 'vitest';
import type { ChangeSet } from './change-set';
import { nextToRedo, nextToUndo } from './undo-order';

function aSet(seq: number, revision: number, overrides: Partial<ChangeSet> = {}): ChangeSet {
  return {
    seq,
    at: '2024-11-01T00:00:00.000Z',
    source: { kind: 'manual-edit' },
    label: { zh: `第${seq}次`, en: `#${seq}` },
    counts: {},
    detail: 'records',
    status: 'applied',
    revision,
    ...overrides,
  };
}

const undone = { status: 'undone', statusChangedAt: '2024-11-02T00:00:00.000Z' } as const;
const redone = { status: 'applied', statusChangedAt: '2024-11-02T00:00:00.000Z' } as const;

describe('undo and redo order', () => {
  it('undo the latest applied and redo the latest undone, stack-wise', () => {
    // 1 and 2 made, 2 then 1 undone, 1 redone: undo offers 1, redo offers 2.
    const sets = [aSet(1, 5, redone), aSet(2, 3, undone)];
    expect(nextToUndo(sets)?.seq).toBe(1);
    expect(nextToRedo(sets)?.seq).toBe(2);
  });

  it('offer no redo once something new was done after the undo', () => {
    const sets = [aSet(1, 1), aSet(2, 3, undone), aSet(3, 4)];
    expect(nextToRedo(sets)).toBeUndefined();
    expect(nextToUndo(sets)?.seq).toBe(3);
  });

  it('never offer to redo the demo or a restore', () => {
    expect(
      nextToRedo([aSet(1, 2, { ...undone, detail: 'summary', source: { kind: 'demo' } })]),
    ).toBeUndefined();
  });
});
