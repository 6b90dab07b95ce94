/**
 * Upgrades between schema versions, run by Dexie inside the version-change transaction. Every
 * upgrade keeps a snapshot of the content it found (in the old shape, so a faulty migration
 * cannot spoil it); one that reshapes records calls the pure migration from
 * shared/registry/schema-migrations.
 */
import type { Transaction } from 'dexie';
import { computeTotals } from '../../shared/aggregates/report-totals';
import { backupFormatName, type BackupFileV1 } from '../../shared/backup/backup-file';
import { migrateV1ToV2, type StoredTablesV1 } from '../../shared/registry/schema-migrations';
import { storeSnapshot, takeSnapshot, type TakenSnapshot } from './snapshot-store';

/** Hears of each snapshot an upgrade keeps; it is only kept if the whole upgrade commits. */
export type UpgradeSnapshotListener = (snapshot: TakenSnapshot) => void;

/**
 * The version-change transactions that already keep a snapshot: Dexie runs the upgrades from an
 * old version to the current one in one transaction, and the snapshot worth keeping is of the
 * content as it was found, before the first of them.
 */
const snapshotKept = new WeakSet<IDBTransaction>();

function upgradeLabel(from: number, to: number) {
  return {
    zh: `升级数据版本（v${String(from)} → v${String(to)}）前`,
    en: `Before the data upgrade (v${String(from)} → v${String(to)})`,
  };
}

const v1Tables = [
  'parks',
  'enterprises',
  'tenancies',
  'reports',
  'cultivationPlans',
  'parkEvents',
  'financings',
] as const satisfies readonly (keyof StoredTablesV1)[];

export async function upgradeToV2(
  tx: Transaction,
  onSnapshot: UpgradeSnapshotListener,
): Promise<void> {
  const v1: Partial<StoredTablesV1> = {};
  for (const table of v1Tables) {
    (v1 as Record<string, unknown[]>)[table] = await tx.table(table).toArray();
  }
  const tables = v1 as StoredTablesV1;
  const at = new Date().toISOString();
  snapshotKept.add(tx.idbtrans);
  if (v1Tables.some((table) => tables[table].length > 0)) {
    const document: BackupFileV1 = {
      format: backupFormatName,
      schemaVersion: 1,
      exportedAt: at,
      tables,
    };
    const info = await storeSnapshot(tx, document, {
      kind: 'before-upgrade',
      label: upgradeLabel(1, 2),
      at,
    });
    onSnapshot({ info, document });
  }
  const migrated = migrateV1ToV2(tables);
  await tx.table('reportYears').bulkAdd(migrated.reportYears);
  const totals = computeTotals(migrated.tenancies, migrated.reportYears);
  await tx.table('parkTotals').bulkAdd(totals.parks);
  await tx.table('districtTotals').bulkAdd(totals.district);
}

/**
 * An upgrade that only changes indexes or adds tables: its records keep their shape, so the
 * snapshot is a current-format backup of the registry as found (none when it is empty).
 */
export function snapshotBeforeUpgrade(
  from: number,
  to: number,
  onSnapshot: UpgradeSnapshotListener,
) {
  return async (tx: Transaction): Promise<void> => {
    if (snapshotKept.has(tx.idbtrans)) return;
    snapshotKept.add(tx.idbtrans);
    const snapshot = await takeSnapshot(tx, {
      kind: 'before-upgrade',
      label: upgradeLabel(from, to),
      at: new Date().toISOString(),
    });
    if (snapshot !== undefined) onSnapshot(snapshot);
  };
}
