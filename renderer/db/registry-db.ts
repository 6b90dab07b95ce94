/**
 * The registry's one Dexie database. Schema versions are append-only: a released version is
 * never edited, a change is a new version whose upgrade calls a pure migration from
 * shared/registry/schema-migrations (tested on a fixture database of the version before).
 *
 * Only the repositories in this folder use it.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { DistrictPeriodTotals, ParkPeriodTotals } from '../../shared/aggregates/report-totals';
import type { ChangePart, ChangeSet } from '../../shared/history/change-set';
import type { ContentTable, StoredRecords } from '../../shared/registry/registry-tables';
import {
  snapshotBeforeUpgrade,
  upgradeToV2,
  type UpgradeSnapshotListener,
} from './schema-upgrades';
import type { RegistryStateRow, SnapshotData, SnapshotInfo, StartFiguresRow } from './stored-rows';

export const registryDatabaseName = 'park-ledger';

/** v1: the domain model as first stored, one record per report and period. */
export const schemaV1 = {
  parks: 'id, name',
  enterprises: 'id, &creditCode, name',
  tenancies: 'id, enterpriseId, parkId',
  reports: 'id, [enterpriseId+period], period',
  cultivationPlans: 'id, parkId',
  parkEvents: 'id, parkId, date',
  financings: 'id, enterpriseId, date',
};

/**
 * v2: reports packed per enterprise and year (a unique [enterpriseId+year], whose first part also
 * serves queries by enterprise), report totals per park and period and per period, the change
 * history, snapshots and the revision counter. Enterprises index deletedAt, which only tombstones
 * have, so counting live ones is two index counts rather than a scan.
 */
export const schemaV2 = {
  reports: null,
  enterprises: 'id, &creditCode, name, deletedAt',
  reportYears: 'id, &[enterpriseId+year], year',
  parkEvents: 'id, [parkId+date], date',
  parkTotals: '[parkId+period], period',
  districtTotals: 'period',
  changeSets: 'seq',
  changeParts: '[changeSetSeq+part], *recordKeys',
  snapshots: 'id, takenAt',
  snapshotData: 'id',
  registryState: 'key',
};

/**
 * v3: report years lose their indexes: `year`, which no query used, and [enterpriseId+year],
 * whose uniqueness their id (`enterpriseId/year`) already guarantees and whose queries by
 * enterprise a range of ids serves (referring-records.ts). Each cost IndexedDB an entry (and the
 * unique one a look-up) for every year record written: the demo load writes ~33,000. And the
 * figures the dashboard opened on last, with the revision they were computed at, so a start
 * shows them at once when nothing changed since (renderer/db/start-figures.ts). No record is
 * rewritten and no content table gains a field, so this upgrade has no migration; it keeps a
 * snapshot of the registry it found, as every upgrade does.
 */
export const schemaV3 = {
  reportYears: 'id',
  startFigures: 'key',
};

/**
 * v4: enterprises lose their name index. No query reads it since the screens hold the registry
 * in memory (renderer/registry-view) and search it there (shared/enterprises/quick-search); it
 * cost IndexedDB an entry for every enterprise written: 20,000 for a 20,000-row import, 17,000
 * for the demo. Dropping an index rewrites no record, so, as for v3, there is no migration; the
 * upgrade keeps a snapshot of the registry it found.
 */
export const schemaV4 = {
  enterprises: 'id, &creditCode, deletedAt',
};

export class RegistryDb extends Dexie {
  declare parks: Table<StoredRecords['parks'], string>;
  declare enterprises: Table<StoredRecords['enterprises'], string>;
  declare tenancies: Table<StoredRecords['tenancies'], string>;
  declare reportYears: Table<StoredRecords['reportYears'], string>;
  declare cultivationPlans: Table<StoredRecords['cultivationPlans'], string>;
  declare parkEvents: Table<StoredRecords['parkEvents'], string>;
  declare financings: Table<StoredRecords['financings'], string>;
  declare parkTotals: Table<ParkPeriodTotals, [string, string]>;
  declare districtTotals: Table<DistrictPeriodTotals, string>;
  declare changeSets: Table<ChangeSet, number>;
  declare changeParts: Table<ChangePart, [number, number]>;
  declare snapshots: Table<SnapshotInfo, string>;
  declare snapshotData: Table<SnapshotData, string>;
  declare registryState: Table<RegistryStateRow, string>;
  declare startFigures: Table<StartFiguresRow, string>;

  /**
   * `onUpgradeSnapshot` hears of the snapshot an upgrade keeps while the database opens (none
   * when it was already current or empty).
   */
  constructor(
    name: string = registryDatabaseName,
    options?: DexieOptions,
    onUpgradeSnapshot: UpgradeSnapshotListener = () => undefined,
  ) {
    super(name, options);
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade((tx) => upgradeToV2(tx, onUpgradeSnapshot));
    this.version(3)
      .stores(schemaV3)
      .upgrade(snapshotBeforeUpgrade(2, 3, onUpgradeSnapshot));
    this.version(4)
      .stores(schemaV4)
      .upgrade(snapshotBeforeUpgrade(3, 4, onUpgradeSnapshot));
  }

  /** A content table by name, typed for code that loops over tables. */
  content<T extends ContentTable>(table: T): Table<StoredRecords[T], string> {
    return this.table(table);
  }
}
