/**
 * The change history: the list of change sets, one record's history, and undo and redo of a
 * change set, one edit or a whole import alike. Undoing the demo clears it; undoing a restore
 * puts back the snapshot taken before it (see backup-repository).
 */
import { Dexie } from 'dexie';
import { isRedoable, type ChangeSet, type RecordChange } from '../../shared/history/change-set';
import {
  recordHistory,
  reportHistory,
  type RecordHistoryEntry,
  type TouchingChange,
} from '../../shared/history/record-history';
import { nextToRedo, nextToUndo } from '../../shared/history/undo-order';
import {
  explainRevertConflict,
  planRevert,
  type RevertDirection,
} from '../../shared/history/undo-plan';
import type { Period } from '../../shared/periods/period';
import {
  contentTables,
  recordKey,
  type ContentTable,
  type StoredRecord,
} from '../../shared/registry/registry-tables';
import { reportLocation } from '../../shared/reports/report-storage';
import { nextRevision } from './change-sets';
import { clearDemo } from './demo-records';
import {
  deliverSnapshots,
  inWriteTransaction,
  nowIso,
  type RegistryContext,
} from './registry-context';
import type { RegistryDb } from './registry-db';
import { RegistryError } from './registry-error';
import type { TakenSnapshot } from './snapshot-store';
import { writeStoredChanges } from './stored-writes';
import type { ProgressListener } from './write-chunks';

/**
 * Undoes a restore change set inside the current transaction (provided by the backups); resolves
 * to the snapshot it took of the registry it replaced.
 */
export type RestoreUndo = (changeSet: ChangeSet, at: string) => Promise<TakenSnapshot>;

export interface RevertOptions {
  readonly onProgress?: ProgressListener;
}

async function changesOf(db: RegistryDb, seq: number): Promise<RecordChange[]> {
  const parts = await db.changeParts
    .where('[changeSetSeq+part]')
    .between([seq, Dexie.minKey], [seq, Dexie.maxKey])
    .toArray();
  return parts.flatMap((part) => part.changes);
}

async function touching(
  db: RegistryDb,
  table: ContentTable,
  id: string,
): Promise<TouchingChange[]> {
  const parts = await db.changeParts.where('recordKeys').equals(recordKey(table, id)).toArray();
  const changeSets = await db.changeSets.bulkGet(parts.map((part) => part.changeSetSeq));
  return parts.flatMap((part, index) => {
    const changeSet = changeSets[index];
    if (changeSet === undefined) return [];
    return part.changes
      .filter((change) => change.table === table && change.id === id)
      .map((change) => ({ changeSet, change }));
  });
}

async function currentRecords(db: RegistryDb, changes: readonly RecordChange[]) {
  const current = new Map<string, StoredRecord | undefined>();
  for (const table of contentTables) {
    const ids = changes.filter((change) => change.table === table).map((change) => change.id);
    if (ids.length === 0) continue;
    const records = await db.content(table).bulkGet(ids);
    ids.forEach((id, index) => current.set(recordKey(table, id), records[index]));
  }
  return (table: ContentTable, id: string) => current.get(recordKey(table, id));
}

function notRevertible(zh: string, en: string): RegistryError {
  return new RegistryError('not-revertible', { zh, en });
}

export class HistoryRepository {
  constructor(
    private readonly context: RegistryContext,
    private readonly undoRestore: RestoreUndo,
  ) {}

  private get db(): RegistryDb {
    return this.context.db;
  }

  /** The most recent change sets, newest first. */
  list(limit = 100): Promise<ChangeSet[]> {
    return this.db.changeSets.reverse().limit(limit).toArray();
  }

  get(seq: number): Promise<ChangeSet | undefined> {
    return this.db.changeSets.get(seq);
  }

  /**
   * What a change set did, record by record, each with its before and after (none for a
   * summary change set: the demo, a restore).
   */
  recordChanges(seq: number): Promise<RecordChange[]> {
    return changesOf(this.db, seq);
  }

  /** What the Undo and Redo buttons would act on. */
  async undoRedoTargets(): Promise<{ undo?: ChangeSet; redo?: ChangeSet }> {
    const all = await this.db.changeSets.toArray();
    const undo = nextToUndo(all);
    const redo = nextToRedo(all);
    return { ...(undo === undefined ? {} : { undo }), ...(redo === undefined ? {} : { redo }) };
  }

  /** A record's history, newest first: each change, its fields from → to, file and row. */
  async ofRecord(table: ContentTable, id: string): Promise<RecordHistoryEntry[]> {
    return recordHistory(await touching(this.db, table, id));
  }

  /** One report's history (its period within the enterprise's year record). */
  async ofReport(enterpriseId: string, period: Period): Promise<RecordHistoryEntry[]> {
    const { id } = reportLocation(enterpriseId, period);
    return reportHistory(await touching(this.db, 'reportYears', id), period);
  }

  /** Undoes a change set (by default the latest applied); resolves to it as now stored. */
  async undo(seq?: number, options: RevertOptions = {}): Promise<ChangeSet> {
    return this.revert('undo', seq, options);
  }

  /** Redoes an undone change set (by default the latest undone). */
  async redo(seq?: number, options: RevertOptions = {}): Promise<ChangeSet> {
    return this.revert('redo', seq, options);
  }

  private async revert(
    direction: RevertDirection,
    seq: number | undefined,
    options: RevertOptions,
  ): Promise<ChangeSet> {
    const at = nowIso(this.context);
    const db = this.db;
    const snapshots: TakenSnapshot[] = [];
    const result = await inWriteTransaction(this.context, async () => {
      const changeSet = await this.target(direction, seq);
      if (direction === 'undo' && changeSet.source.kind === 'demo') {
        const undone = await clearDemo(db, at);
        return undone.find((item) => item.seq === changeSet.seq) ?? changeSet;
      }
      if (direction === 'undo' && changeSet.source.kind === 'restore') {
        snapshots.push(await this.undoRestore(changeSet, at));
        const restored = await db.changeSets.get(changeSet.seq);
        return restored ?? changeSet;
      }
      if (changeSet.detail === 'summary') {
        throw notRevertible(
          `「${changeSet.label.zh}」只记录了数量，无法逐条撤销。`,
          `"${changeSet.label.en}" recorded only counts and cannot be undone record by record.`,
        );
      }
      const changes = await changesOf(db, changeSet.seq);
      const plan = planRevert(changes, direction, await currentRecords(db, changes), at);
      if (plan.kind === 'conflict') {
        const later = await this.laterTouching(changeSet, plan.change);
        throw new RegistryError(
          'revert-conflict',
          explainRevertConflict(direction, changeSet, plan.change, later),
        );
      }
      await writeStoredChanges(db, plan.writes, {
        progress: { done: 0, total: plan.writes.length, onProgress: options.onProgress },
      });
      const updated: ChangeSet = {
        ...changeSet,
        status: direction === 'undo' ? 'undone' : 'applied',
        statusChangedAt: at,
        revision: await nextRevision(db),
      };
      await db.changeSets.put(updated);
      return updated;
    });
    deliverSnapshots(this.context, snapshots);
    return result;
  }

  private async target(direction: RevertDirection, seq: number | undefined): Promise<ChangeSet> {
    const changeSet =
      seq === undefined
        ? (await this.undoRedoTargets())[direction]
        : await this.db.changeSets.get(seq);
    if (changeSet === undefined) {
      throw direction === 'undo'
        ? notRevertible('没有可以撤销的更改。', 'There is nothing to undo.')
        : notRevertible('没有可以重做的更改。', 'There is nothing to redo.');
    }
    const label = changeSet.label;
    if (direction === 'undo' && changeSet.status !== 'applied') {
      throw notRevertible(`「${label.zh}」已经撤销过了。`, `"${label.en}" is already undone.`);
    }
    if (direction === 'redo' && changeSet.status !== 'undone') {
      throw notRevertible(
        `「${label.zh}」没有被撤销，无需重做。`,
        `"${label.en}" is not undone; there is nothing to redo.`,
      );
    }
    if (direction === 'redo' && !isRedoable(changeSet)) {
      throw changeSet.source.kind === 'demo'
        ? notRevertible(
            '示例数据清除后不能重做；需要时请在“设置”中重新载入示例数据。',
            'Cleared demo data cannot be redone; load the demo again from Settings if needed.',
          )
        : notRevertible(
            `「${label.zh}」不能重做；请重新从备份文件恢复。`,
            `"${label.en}" cannot be redone; restore from the backup file again.`,
          );
    }
    return changeSet;
  }

  /** The change set that last touched a record after `changeSet` did, if the history knows it. */
  private async laterTouching(
    changeSet: ChangeSet,
    change: RecordChange,
  ): Promise<ChangeSet | undefined> {
    const others = (await touching(this.db, change.table, change.id))
      .map((item) => item.changeSet)
      .filter((other) => other.seq !== changeSet.seq && other.revision > changeSet.revision);
    return others.sort((a, b) => b.revision - a.revision)[0];
  }
}
