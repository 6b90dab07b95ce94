/**
 * The demo registry in the database: load it (one change set through the bulk path), tell
 * whether it is there, clear it with one action.
 */
import type { ChangeSet } from '../../shared/history/change-set';
import type { RegistryRecords } from '../../shared/registry/registry-tables';
import { bulkLoad, bulkLoadInParts, type BulkLoadPart } from './bulk-load';
import { clearDemo } from './demo-records';
import { inWriteTransaction, nowIso, type RegistryContext } from './registry-context';
import type { ProgressListener } from './write-chunks';

export class DemoRepository {
  constructor(private readonly context: RegistryContext) {}

  /**
   * Loads generated demo records (every one marked demo: true) as one change set; `onProgress`
   * hears stored records written so far. All or nothing.
   */
  load(records: RegistryRecords, onProgress?: ProgressListener): Promise<ChangeSet> {
    return bulkLoad(this.context, records, onProgress === undefined ? {} : { onProgress });
  }

  /** The same, the records coming in parts, each written while the next is made (see bulk-load). */
  loadInParts(parts: Iterable<BulkLoadPart>, onProgress?: ProgressListener): Promise<ChangeSet> {
    return bulkLoadInParts(this.context, parts, onProgress === undefined ? {} : { onProgress });
  }

  async isLoaded(): Promise<boolean> {
    const { db } = this.context;
    return (await db.parks.filter((park) => park.demo === true).first()) !== undefined;
  }

  /** Removes every demo record and what hangs off it; the rest of the registry stays. */
  async clear(): Promise<void> {
    const at = nowIso(this.context);
    await inWriteTransaction(this.context, () => clearDemo(this.context.db, at));
  }
}
