/**
 * What the repositories share: the database, the clock and id source (replaceable in tests),
 * the snapshot budget and the desktop's snapshot sink, and the one way to run a write.
 */
import type { BackupDocument } from '../../shared/backup/backup-file';
import type { SnapshotBudget } from '../../shared/backup/snapshot-budget';
import type { RegistryDb } from './registry-db';
import { toRegistryError } from './registry-error';
import type { SnapshotInfo } from './stored-rows';

/**
 * Receives each automatic snapshot after its transaction committed: the desktop writes it to
 * disk as well (through DesktopApi). Not awaited; the sink reports its own failures.
 */
export type SnapshotSink = (snapshot: SnapshotInfo, document: BackupDocument) => void;

export interface RegistryContext {
  readonly db: RegistryDb;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly snapshotBudget: SnapshotBudget;
  readonly snapshotSink?: SnapshotSink | undefined;
}

export function nowIso(context: RegistryContext): string {
  return context.clock().toISOString();
}

/**
 * Runs `scope` in one read-write transaction over every table. The scope must await nothing but
 * Dexie calls (anything else commits the transaction early); an error anywhere rolls back all of
 * it and is rethrown as a RegistryError.
 */
export async function inWriteTransaction<T>(
  context: RegistryContext,
  scope: () => Promise<T>,
): Promise<T> {
  const { db } = context;
  try {
    // Dexie follows native awaits in a transaction only when the scope is an async function.
    return await db.transaction('rw', db.tables, async () => scope());
  } catch (error) {
    throw toRegistryError(error);
  }
}

/** Hands snapshots taken by a committed transaction to the sink. */
export function deliverSnapshots(
  context: RegistryContext,
  snapshots: readonly { info: SnapshotInfo; document: BackupDocument }[],
): void {
  for (const snapshot of snapshots) context.snapshotSink?.(snapshot.info, snapshot.document);
}
