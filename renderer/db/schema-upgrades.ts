/**
 * Upgrades between schema versions, run by Dexie inside the version-change transaction. Each
 * keeps a snapshot of the old content (in the old shape, so a faulty migration cannot spoil it)
 * and calls the pure migration from shared/registry/schema-migrations.
 */
import type { Transaction } from 'dexie';
import { computeTotals } from '../../shared/aggregates/report-totals';
import { backupFormatName, type BackupFileV1 } from '../../shared/backup/backup-file';
import { migrateV1ToV2, type StoredTablesV1 } from '../../shared/registry/schema-migrations';
import { storeSnapshot } from './snapshot-store';

const v1Tables = [
  'parks',
  'enterprises',
  'tenancies',
  'reports',
  'cultivationPlans',
  'parkEvents',
  'financings',
] as const satisfies readonly (keyof StoredTablesV1)[];

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const v1: Partial<StoredTablesV1> = {};
  for (const table of v1Tables) {
    (v1 as Record<string, unknown[]>)[table] = await tx.table(table).toArray();
  }
  const tables = v1 as StoredTablesV1;
  const at = new Date().toISOString();
  if (v1Tables.some((table) => tables[table].length > 0)) {
    const document: BackupFileV1 = {
      format: backupFormatName,
      schemaVersion: 1,
      exportedAt: at,
      tables,
    };
    await storeSnapshot(tx, document, {
      kind: 'before-upgrade',
      label: { zh: '升级数据版本（v1 → v2）前', en: 'Before the data upgrade (v1 → v2)' },
      at,
    });
  }
  const migrated = migrateV1ToV2(tables);
  await tx.table('reportYears').bulkAdd(migrated.reportYears);
  const totals = computeTotals(migrated.tenancies, migrated.reportYears);
  await tx.table('parkTotals').bulkAdd(totals.parks);
  await tx.table('districtTotals').bulkAdd(totals.district);
}
