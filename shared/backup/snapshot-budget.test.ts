import { describe, expect, it } from 'vitest';
import { snapshotsOverBudget } from './snapshot-budget';

const snapshot = (day: number, approxBytes: number) => ({
  takenAt: `2024-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  approxBytes,
});

describe('snapshotsOverBudget', () => {
  it('keeps the newest that fit by count and size and evicts the rest, oldest first', () => {
    const snapshots = [snapshot(1, 10), snapshot(4, 10), snapshot(2, 10), snapshot(3, 10)];
    expect(snapshotsOverBudget(snapshots, { maxSnapshots: 2, maxTotalBytes: 100 })).toEqual([
      snapshot(1, 10),
      snapshot(2, 10),
    ]);
    expect(snapshotsOverBudget(snapshots, { maxSnapshots: 10, maxTotalBytes: 25 })).toEqual([
      snapshot(1, 10),
      snapshot(2, 10),
    ]);
  });

  it('never evicts the newest, even alone over the size budget', () => {
    expect(
      snapshotsOverBudget([snapshot(1, 5), snapshot(2, 500)], {
        maxSnapshots: 5,
        maxTotalBytes: 100,
      }),
    ).toEqual([snapshot(1, 5)]);
  });
});
