/**
 * The whole registry as one document (a backup) and back: read for an export or a snapshot,
 * written by a restore. Derived tables (report totals) are not part of it; a restore rebuilds
 * them from the reports.
 */
import type { Table } from 'dexie';
import { computeTotals } from '../../shared/aggregates/report-totals';
import { backupFormatName, type BackupFile } from '../../shared/backup/backup-file';
import type { ChangePart, ChangeSet } from '../../shared/history/change-set';
import { contentTables, type StoredTables } from '../../shared/registry/registry-tables';
import { currentSchemaVersion } from '../../shared/registry/schema-migrations';
import type { RegistryDb } from './registry-db';
import { writeInChunks, type ProgressListener } from './write-chunks';

/** The database, or the upgrade transaction while the schema changes. */
export interface TableSource {
  table<T, K>(name: string): Table<T, K>;
}

/** Reads every content and history table; call inside a transaction for a consistent copy. */
export async function readRegistryDocument(source: TableSource, at: string): Promise<BackupFile> {
  const tables: Partial<StoredTables> = {};
  for (const table of contentTables) {
    (tables as Record<string, unknown>)[table] = await source.table(table).toArray();
  }
  return {
    format: backupFormatName,
    schemaVersion: currentSchemaVersion,
    exportedAt: at,
    tables: tables as StoredTables,
    history: {
      changeSets: await source.table<ChangeSet, number>('changeSets').toArray(),
      changeParts: await source.table<ChangePart, [number, number]>('changeParts').toArray(),
    },
  };
}

export function isEmptyDocument(document: BackupFile): boolean {
  return (
    contentTables.every((table) => document.tables[table].length === 0) &&
    document.history.changeSets.length === 0
  );
}

/**
 * Replaces the content, history and totals with the document's (inside the caller's
 * transaction, so a failure leaves everything as it was).
 */
export async function replaceRegistryContent(
  db: RegistryDb,
  document: BackupFile,
  onProgress?: ProgressListener,
): Promise<void> {
  const total =
    contentTables.reduce((sum, table) => sum + document.tables[table].length, 0) +
    document.history.changeParts.length;
  const progress = { done: 0, total, onProgress };
  for (const table of contentTables) {
    await db.content(table).clear();
    await writeInChunks(db.content(table), document.tables[table], 'add', progress);
  }
  await db.changeSets.clear();
  await db.changeSets.bulkAdd(document.history.changeSets);
  await db.changeParts.clear();
  await writeInChunks(db.changeParts, document.history.changeParts, 'add', progress);
  await rebuildTotals(db, document.tables);
}

/** Recomputes every report total from the given tenancies and report years. */
export async function rebuildTotals(
  db: RegistryDb,
  tables: Pick<StoredTables, 'tenancies' | 'reportYears'>,
): Promise<void> {
  const totals = computeTotals(tables.tenancies, tables.reportYears);
  await db.parkTotals.clear();
  await db.parkTotals.bulkAdd(totals.parks);
  await db.districtTotals.clear();
  await db.districtTotals.bulkAdd(totals.district);
}
