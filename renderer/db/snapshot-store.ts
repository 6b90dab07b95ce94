/**
 * Automatic snapshots inside IndexedDB, taken in the same transaction as the import, restore or
 * upgrade they protect, and rotated within a size budget (shared/backup/snapshot-budget).
 */
import type { BackupDocument } from '../../shared/backup/backup-file';
import type { BackupKind } from '../../shared/backup/rotation';
import {
  defaultSnapshotBudget,
  snapshotsOverBudget,
  type SnapshotBudget,
} from '../../shared/backup/snapshot-budget';
import type { LocalizedText } from '../../shared/text/localized-text';
import { isEmptyDocument, readRegistryDocument, type TableSource } from './registry-document';
import type { SnapshotData, SnapshotInfo } from './stored-rows';

export interface SnapshotRequest {
  readonly kind: BackupKind;
  readonly label: LocalizedText;
  readonly at: string;
  readonly budget?: SnapshotBudget;
}

export async function storeSnapshot(
  source: TableSource,
  document: BackupDocument,
  request: SnapshotRequest,
): Promise<SnapshotInfo> {
  const info: SnapshotInfo = {
    id: crypto.randomUUID(),
    takenAt: request.at,
    kind: request.kind,
    label: request.label,
    approxBytes: JSON.stringify(document).length,
    schemaVersion: document.schemaVersion,
  };
  const snapshots = source.table<SnapshotInfo, string>('snapshots');
  const data = source.table<SnapshotData, string>('snapshotData');
  await snapshots.add(info);
  await data.add({ id: info.id, document });
  const evicted = snapshotsOverBudget<SnapshotInfo>(
    await snapshots.toArray(),
    request.budget ?? defaultSnapshotBudget,
  ).map((snapshot) => snapshot.id);
  await snapshots.bulkDelete(evicted);
  await data.bulkDelete(evicted);
  return info;
}

export interface TakenSnapshot {
  readonly info: SnapshotInfo;
  readonly document: BackupDocument;
}

/**
 * Snapshots the whole registry inside the caller's transaction, before it changes anything.
 * An empty registry has nothing to protect and gets no snapshot.
 */
export async function takeSnapshot(
  source: TableSource,
  request: SnapshotRequest,
): Promise<TakenSnapshot | undefined> {
  const document = await readRegistryDocument(source, request.at);
  if (isEmptyDocument(document)) return undefined;
  return { info: await storeSnapshot(source, document, request), document };
}
