/**
 * The registry: the local database and the repositories over it. The UI, the import and the
 * demo loader use a Registry and never Dexie.
 *
 *   const registry = getRegistry();
 *   await registry.enterprises.save({ ...draft });            // one edit, one change set
 *   const plan = registry.plan({ kind: 'import', fileName }, label);
 *   plan.save('enterprises', draft, { origin: { sheet, row } });
 *   plan.saveReport(reportDraft, { origin: { sheet, row } });
 *   await registry.commit(plan, { onProgress });               // many edits, one change set
 *   await registry.history.undo();
 */
import type { SnapshotBudget } from '../../shared/backup/snapshot-budget';
import { defaultSnapshotBudget } from '../../shared/backup/snapshot-budget';
import type { ChangeSet, ChangeSource } from '../../shared/history/change-set';
import type { RegistryRecords } from '../../shared/registry/registry-tables';
import type { LocalizedText } from '../../shared/text/localized-text';
import { BackupRepository } from './backup-repository';
import { bulkLoad, type BulkLoadOptions } from './bulk-load';
import type { ChangePlan } from './change-plan';
import { commitPlan, createPlan, type CommitOptions } from './commit';
import { DemoRepository } from './demo-repository';
import { HistoryRepository } from './history-repository';
import { deliverSnapshots, type RegistryContext, type SnapshotSink } from './registry-context';
import { RegistryDb, registryDatabaseName } from './registry-db';
import { EnterprisesRepository } from './repositories/enterprises-repository';
import { FinancingsRepository } from './repositories/financings-repository';
import { ParkEventsRepository } from './repositories/park-events-repository';
import { ParksRepository } from './repositories/parks-repository';
import { CultivationPlansRepository } from './repositories/plans-repository';
import { ReportsRepository } from './repositories/reports-repository';
import { TenanciesRepository } from './repositories/tenancies-repository';
import { TotalsRepository } from './repositories/totals-repository';
import { desktopSnapshotSink } from '../platform/desktop-backups';
import { reportBackupFailure } from '../platform/backup-failures';
import type { TakenSnapshot } from './snapshot-store';
import { requestPersistentStorage } from './storage';

export interface RegistryOptions {
  /** The IndexedDB database name; tests give each registry its own. */
  readonly name?: string;
  /** An IndexedDB implementation other than the browser's (fake-indexeddb in tests). */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  readonly clock?: () => Date;
  readonly newId?: () => string;
  readonly snapshotBudget?: SnapshotBudget;
  readonly snapshotSink?: SnapshotSink;
}

export class Registry {
  /** The database itself: for tests and benchmarks only; everything else uses the repositories. */
  readonly db: RegistryDb;
  readonly parks: ParksRepository;
  readonly enterprises: EnterprisesRepository;
  readonly tenancies: TenanciesRepository;
  readonly reports: ReportsRepository;
  readonly cultivationPlans: CultivationPlansRepository;
  readonly parkEvents: ParkEventsRepository;
  readonly financings: FinancingsRepository;
  readonly totals: TotalsRepository;
  readonly history: HistoryRepository;
  readonly backups: BackupRepository;
  readonly demo: DemoRepository;
  private readonly context: RegistryContext;

  constructor(options: RegistryOptions = {}) {
    const upgradeSnapshots: TakenSnapshot[] = [];
    this.db = new RegistryDb(
      options.name ?? registryDatabaseName,
      {
        ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
        ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
      },
      (snapshot) => upgradeSnapshots.push(snapshot),
    );
    // An upgrade's snapshot goes to disk too, once the upgrade has committed.
    this.db.on('ready', () => {
      deliverSnapshots(this.context, upgradeSnapshots.splice(0));
    });
    this.context = {
      db: this.db,
      clock: options.clock ?? (() => new Date()),
      newId: options.newId ?? (() => crypto.randomUUID()),
      snapshotBudget: options.snapshotBudget ?? defaultSnapshotBudget,
      snapshotSink: options.snapshotSink,
    };
    this.parks = new ParksRepository(this.context);
    this.enterprises = new EnterprisesRepository(this.context);
    this.tenancies = new TenanciesRepository(this.context);
    this.reports = new ReportsRepository(this.context, this.tenancies);
    this.cultivationPlans = new CultivationPlansRepository(this.context);
    this.parkEvents = new ParkEventsRepository(this.context);
    this.financings = new FinancingsRepository(this.context);
    this.totals = new TotalsRepository(this.context);
    this.backups = new BackupRepository(this.context);
    this.history = new HistoryRepository(this.context, this.backups.undoRestore);
    this.demo = new DemoRepository(this.context);
  }

  /** Starts a change set of several edits; commit it with `commit`. */
  plan(source: ChangeSource, label: LocalizedText): ChangePlan {
    return createPlan(this.context, source, label);
  }

  /**
   * Commits a plan as one change set (with a snapshot first when its source is an import).
   * Resolves to undefined when it changes nothing; rejects with a RegistryError, having written
   * nothing, otherwise.
   */
  commit(plan: ChangePlan, options: CommitOptions = {}): Promise<ChangeSet | undefined> {
    return commitPlan(this.context, plan, options);
  }

  /** Adds many new records as one change set (the demo loader's path; see bulk-load). */
  bulkLoad(records: RegistryRecords, options: BulkLoadOptions = {}): Promise<ChangeSet> {
    return bulkLoad(this.context, records, options);
  }

  /** Whether the registry holds no parks and no enterprises: the app then offers the demo. */
  async isEmpty(): Promise<boolean> {
    return (await this.db.parks.count()) === 0 && (await this.db.enterprises.count()) === 0;
  }

  close(): void {
    this.db.close();
  }
}

export function openRegistry(options: RegistryOptions = {}): Registry {
  return new Registry(options);
}

let appRegistry: Registry | undefined;

/** The app's registry in the browser's IndexedDB; asks once for persistent storage. */
export function getRegistry(): Registry {
  if (appRegistry === undefined) {
    // On the desktop every automatic snapshot is also written to the backup folder on disk.
    const snapshotSink = desktopSnapshotSink(window.desktop, reportBackupFailure);
    appRegistry = openRegistry(snapshotSink === undefined ? {} : { snapshotSink });
    void requestPersistentStorage();
  }
  return appRegistry;
}
