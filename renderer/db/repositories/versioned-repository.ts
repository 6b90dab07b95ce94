/**
 * What every repository of a versioned table offers: read one record, save one (create or
 * replace) and delete one, each a change set of its own. Several edits that belong together go
 * into one plan instead (Registry.plan / Registry.commit).
 */
import type { ChangeSet, ChangeSource } from '../../../shared/history/change-set';
import { isLive } from '../../../shared/records/record-meta';
import { describeRecord } from '../../../shared/registry/describe-record';
import {
  contentTableLabels,
  type StoredRecords,
  type VersionedTable,
} from '../../../shared/registry/registry-tables';
import type { LocalizedText } from '../../../shared/text/localized-text';
import type { Draft, OperationOptions } from '../change-plan';
import { commitPlan, createPlan } from '../commit';
import type { RegistryContext } from '../registry-context';
import type { ProgressListener } from '../write-chunks';

export interface WriteOptions extends OperationOptions {
  /** Defaults to a manual edit. */
  readonly source?: ChangeSource;
  /** Defaults to "修改企业「…」" and the like. */
  readonly label?: LocalizedText;
  readonly onProgress?: ProgressListener;
}

export const manualEdit: ChangeSource = { kind: 'manual-edit' };

export class VersionedRepository<T extends VersionedTable> {
  constructor(
    protected readonly context: RegistryContext,
    protected readonly tableName: T,
  ) {}

  protected get table() {
    return this.context.db.content(this.tableName);
  }

  /** The live record with this id. */
  async get(id: string): Promise<StoredRecords[T] | undefined> {
    const record = await this.table.get(id);
    return record !== undefined && isLive(record) ? record : undefined;
  }

  /** The record as stored, tombstone included: what an undo or an import needs to see. */
  getStored(id: string): Promise<StoredRecords[T] | undefined> {
    return this.table.get(id);
  }

  /** Creates (draft without id) or replaces a record; resolves to its id. */
  async save(draft: Draft<StoredRecords[T]>, options: WriteOptions = {}): Promise<string> {
    const verb = draft.id === undefined ? { zh: '新建', en: 'Create' } : { zh: '修改', en: 'Edit' };
    const described = this.describe(draft);
    const plan = createPlan(
      this.context,
      options.source ?? manualEdit,
      options.label ?? {
        zh: `${verb.zh}${described.zh}`,
        en: `${verb.en} ${described.en}`,
      },
    );
    const id = plan.save(this.tableName, draft, options);
    await commitPlan(this.context, plan, options);
    return id;
  }

  /** Deletes a record as a tombstone (with what hangs off an enterprise or park). */
  async delete(id: string, options: WriteOptions = {}): Promise<ChangeSet | undefined> {
    const stored = await this.table.get(id);
    const described =
      stored === undefined
        ? { zh: `${contentTableLabels[this.tableName].zh} ${id}`, en: `record ${id}` }
        : describeRecord(this.tableName, stored);
    const plan = createPlan(
      this.context,
      options.source ?? manualEdit,
      options.label ?? { zh: `删除${described.zh}`, en: `Delete ${described.en}` },
    );
    plan.delete(this.tableName, id, options);
    return commitPlan(this.context, plan, options);
  }

  private describe(draft: Draft<StoredRecords[T]>): LocalizedText {
    // The draft lacks only bookkeeping, which no description uses.
    return describeRecord(this.tableName, {
      ...draft,
      id: draft.id ?? '',
      version: 1,
      updatedAt: '',
    } as never);
  }
}
