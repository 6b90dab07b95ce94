/**
 * The records that refer to given enterprises or parks. Report years have no index on their
 * enterprise: their id, `enterpriseId/year`, begins with it, so ranges of ids find them (an
 * index cost IndexedDB an entry for each year record written, ~33,000 in the demo load).
 */
import type { Reference, StoredRecord } from '../../shared/registry/registry-tables';
import { reportYearIdBounds, type ReportYear } from '../../shared/reports/report-storage';
import type { RegistryDb } from './registry-db';

/** Every year record, tombstones included, of the given enterprises. */
export async function reportYearsOf(
  db: RegistryDb,
  enterpriseIds: readonly string[],
): Promise<ReportYear[]> {
  if (enterpriseIds.length === 0) return [];
  const wanted = new Set(enterpriseIds);
  const years = await db.reportYears
    .where('id')
    .inAnyRange(enterpriseIds.map(reportYearIdBounds))
    .toArray();
  return years.filter((year) => wanted.has(year.enterpriseId));
}

/** The records of the reference's table that refer to any of `ids`. */
export function referringRecords(
  db: RegistryDb,
  reference: Reference,
  ids: readonly string[],
): Promise<StoredRecord[]> {
  if (reference.table === 'reportYears') return reportYearsOf(db, ids);
  return db.content(reference.table).where(reference.field).anyOf(ids).toArray();
}
