/**
 * Automatic snapshots kept inside IndexedDB (before every import, restore and schema upgrade)
 * share the browser's quota with the registry itself, so they are bounded by count and by size:
 * the newest are kept while they fit, the oldest go first. The newest one is always kept, even
 * alone over the size budget, because it is the one an undo of the last import may need.
 */

export interface SnapshotBudget {
  readonly maxSnapshots: number;
  readonly maxTotalBytes: number;
}

export const defaultSnapshotBudget: SnapshotBudget = {
  maxSnapshots: 10,
  maxTotalBytes: 300 * 1024 * 1024,
};

export interface SizedSnapshot {
  readonly takenAt: string;
  readonly approxBytes: number;
}

/** The snapshots to delete so the rest fit the budget, oldest first. */
export function snapshotsOverBudget<T extends SizedSnapshot>(
  snapshots: readonly T[],
  budget: SnapshotBudget,
): T[] {
  const newestFirst = [...snapshots].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
  let keptBytes = 0;
  let keptCount = 0;
  const evicted: T[] = [];
  for (const snapshot of newestFirst) {
    const fits =
      keptCount === 0 ||
      (keptCount < budget.maxSnapshots && keptBytes + snapshot.approxBytes <= budget.maxTotalBytes);
    if (fits && evicted.length === 0) {
      keptBytes += snapshot.approxBytes;
      keptCount += 1;
    } else {
      evicted.push(snapshot);
    }
  }
  return evicted.reverse();
}
