/**
 * Backups and automatic snapshots. A backup file is the whole registry, history included; a
 * restore replaces the registry with it in one transaction, after snapshotting the registry as it
 * was, and is recorded as a change set whose undo puts that snapshot back.
 */
import {
  backupFileName,
  readBackupText,
  serializeBackup,
  validateBackup,
  type BackupFile,
  type BackupReading,
} from '../../shared/backup/backup-file';
import type { ChangeSet, ChangeSource } from '../../shared/history/change-set';
import { contentTables } from '../../shared/registry/registry-tables';
import type { LocalizedText } from '../../shared/text/localized-text';
import { nextChangeSetSeq, nextRevision, recordChangeSet } from './change-sets';
import {
  deliverSnapshots,
  inWriteTransaction,
  nowIso,
  type RegistryContext,
} from './registry-context';
import { RegistryError } from './registry-error';
import { readRegistryDocument, replaceRegistryContent } from './registry-document';
import { storeSnapshot, type TakenSnapshot } from './snapshot-store';
import type { SnapshotInfo } from './stored-rows';
import type { ProgressListener } from './write-chunks';

export interface ExportedBackup {
  readonly fileName: string;
  readonly text: string;
  readonly document: BackupFile;
}

export interface RestoreOptions {
  /** The file restored from, for the history. */
  readonly fileName?: string;
  readonly onProgress?: ProgressListener;
}

function notRevertible(text: LocalizedText): RegistryError {
  return new RegistryError('not-revertible', text);
}

export class BackupRepository {
  constructor(private readonly context: RegistryContext) {}

  /** The whole registry as a backup file's text, read in one consistent transaction. */
  async exportBackup(): Promise<ExportedBackup> {
    const { db } = this.context;
    const at = nowIso(this.context);
    const document = await db.transaction('r', db.tables, async () => readRegistryDocument(db, at));
    return { fileName: backupFileName(at), text: serializeBackup(document), document };
  }

  /** Reads and validates a backup file: the report to show before asking to restore. */
  readFile(text: string): BackupReading {
    return readBackupText(text);
  }

  /**
   * Replaces the registry with a validated backup (confirm first: this replaces everything).
   * The registry as it was is kept as a snapshot; undoing the restore's change set puts it back.
   */
  async restore(backup: BackupFile, options: RestoreOptions = {}): Promise<ChangeSet> {
    const source: ChangeSource =
      options.fileName === undefined
        ? { kind: 'restore' }
        : { kind: 'restore', fileName: options.fileName };
    return this.replaceWith(backup, source, options.onProgress);
  }

  /** Automatic snapshots, newest first. */
  async snapshots(): Promise<SnapshotInfo[]> {
    return (await this.context.db.snapshots.orderBy('takenAt').toArray()).reverse();
  }

  /** A snapshot's content, validated as a backup would be. */
  async readSnapshot(id: string): Promise<BackupReading> {
    const data = await this.context.db.snapshotData.get(id);
    if (data === undefined) throw this.snapshotGone();
    return validateBackup(data.document);
  }

  /** Restores an automatic snapshot; undoable like any restore. */
  async restoreSnapshot(id: string, onProgress?: ProgressListener): Promise<ChangeSet> {
    const reading = await this.readSnapshot(id);
    if (!reading.ok) throw new RegistryError('invalid-backup', reading.report.summary);
    return this.replaceWith(reading.backup, { kind: 'restore', snapshotId: id }, onProgress);
  }

  async deleteSnapshot(id: string): Promise<void> {
    const { db } = this.context;
    await db.transaction('rw', db.snapshots, db.snapshotData, async () => {
      await db.snapshots.delete(id);
      await db.snapshotData.delete(id);
    });
  }

  /**
   * Undoes a restore inside the caller's transaction: puts back the snapshot taken before it.
   * Only while nothing has changed since, or those later changes would be lost unseen.
   */
  readonly undoRestore = async (changeSet: ChangeSet, at: string): Promise<TakenSnapshot> => {
    const { db } = this.context;
    const revision = (await db.registryState.get('revision'))?.value ?? 0;
    if (changeSet.revision !== revision) {
      throw notRevertible({
        zh: `「${changeSet.label.zh}」之后台账又有改动，不能再撤销这次恢复（那样会丢掉之后的改动）。如需回到恢复之前，请在“自动快照”中恢复“恢复前”的快照。`,
        en: `The registry has changed since "${changeSet.label.en}", so the restore can no longer be undone (that would lose the later changes). To go back, restore the "before restore" automatic snapshot.`,
      });
    }
    const data =
      changeSet.undoSnapshotId === undefined
        ? undefined
        : await db.snapshotData.get(changeSet.undoSnapshotId);
    if (data === undefined) throw this.snapshotGone();
    const reading = validateBackup(data.document);
    if (!reading.ok) throw new RegistryError('invalid-backup', reading.report.summary);
    const current = await readRegistryDocument(db, at);
    const snapshot = await storeSnapshot(db, current, {
      kind: 'before-restore',
      label: {
        zh: `撤销「${changeSet.label.zh}」前`,
        en: `Before undoing "${changeSet.label.en}"`,
      },
      at,
      budget: this.context.snapshotBudget,
    });
    await replaceRegistryContent(db, reading.backup);
    await db.changeSets.put({
      ...changeSet,
      status: 'undone',
      statusChangedAt: at,
      revision: await nextRevision(db),
    });
    return { info: snapshot, document: current };
  };

  private snapshotGone(): RegistryError {
    return notRevertible({
      zh: '所需的自动快照已不存在（快照按容量轮换删除）。请从备份文件恢复。',
      en: 'The automatic snapshot needed is gone (snapshots rotate by size). Restore from a backup file instead.',
    });
  }

  private async replaceWith(
    backup: BackupFile,
    source: ChangeSource,
    onProgress: ProgressListener | undefined,
  ): Promise<ChangeSet> {
    const { db } = this.context;
    const at = nowIso(this.context);
    const snapshots: TakenSnapshot[] = [];
    const label: LocalizedText =
      source.kind === 'restore' && source.fileName !== undefined
        ? { zh: `从备份 ${source.fileName} 恢复`, en: `Restore from backup ${source.fileName}` }
        : { zh: '从自动快照恢复', en: 'Restore from an automatic snapshot' };
    const changeSet = await inWriteTransaction(this.context, async () => {
      const current = await readRegistryDocument(db, at);
      // Kept even when the registry is empty: undoing the restore returns to exactly this.
      const info = await storeSnapshot(db, current, {
        kind: 'before-restore',
        label: { zh: `${label.zh}前`, en: `Before: ${label.en}` },
        at,
        budget: this.context.snapshotBudget,
      });
      snapshots.push({ info, document: current });
      const previousSeq = (await nextChangeSetSeq(db)) - 1;
      await replaceRegistryContent(db, backup, onProgress);
      const backupSeq = Math.max(0, ...backup.history.changeSets.map((item) => item.seq));
      const counts: ChangeSet['counts'] = {};
      for (const table of contentTables) {
        counts[table] = { created: backup.tables[table].length, updated: 0, deleted: 0 };
      }
      return recordChangeSet(db, {
        source,
        label,
        at,
        detail: 'summary',
        changes: [],
        counts,
        seq: Math.max(previousSeq, backupSeq) + 1,
        undoSnapshotId: info.id,
      });
    });
    deliverSnapshots(this.context, snapshots);
    return changeSet;
  }
}
