/**
 * Undo and redo compare and set stored records as a whole. A versioned record is one state; a
 * report year holds one state per month, each with its own version and tombstone, so it is
 * compared and reverted month by month.
 */
import { isLive } from '../records/record-meta';
import { isSameState, revertRecord } from '../records/record-revision';
import type { ReportYear } from '../reports/report-storage';
import type { ContentTable, StoredRecord, VersionedRecord } from './registry-tables';

function monthKeysOf(...years: (ReportYear | undefined)[]): Set<string> {
  return new Set(years.flatMap((year) => (year === undefined ? [] : Object.keys(year.months))));
}

function isSameYearState(current: ReportYear | undefined, expected: ReportYear | undefined) {
  for (const key of monthKeysOf(current, expected)) {
    if (!isSameState(current?.months[key], expected?.months[key])) return false;
  }
  return true;
}

function revertYear(
  current: ReportYear | undefined,
  target: ReportYear | undefined,
  at: string,
): ReportYear | undefined {
  const template = current ?? target;
  if (template === undefined) return undefined;
  const months = { ...current?.months };
  let changed = false;
  for (const key of monthKeysOf(current, target)) {
    const reverted = revertRecord(current?.months[key], target?.months[key], at);
    if (reverted !== undefined) {
      months[key] = reverted;
      changed = true;
    }
  }
  if (!changed) return undefined;
  return { id: template.id, enterpriseId: template.enterpriseId, year: template.year, months };
}

/** Whether a stored record is in the state a change left it (see isSameState). */
export function isSameStoredState(
  table: ContentTable,
  current: StoredRecord | undefined,
  expected: StoredRecord | undefined,
): boolean {
  if (table === 'reportYears') {
    return isSameYearState(current as ReportYear | undefined, expected as ReportYear | undefined);
  }
  return isSameState(
    current as VersionedRecord | undefined,
    expected as VersionedRecord | undefined,
  );
}

/** What to store so a record takes the target's state; undefined when it already has it. */
export function revertStoredRecord(
  table: ContentTable,
  current: StoredRecord | undefined,
  target: StoredRecord | undefined,
  at: string,
): StoredRecord | undefined {
  if (table === 'reportYears') {
    return revertYear(current as ReportYear | undefined, target as ReportYear | undefined, at);
  }
  return revertRecord(
    current as VersionedRecord | undefined,
    target as VersionedRecord | undefined,
    at,
  );
}

/** Whether the stored record holds anything live: a live record, or a year with a live month. */
export function isStoredLive(
  table: ContentTable,
  record: StoredRecord | undefined,
): record is StoredRecord {
  if (record === undefined) return false;
  if (table === 'reportYears') return Object.values((record as ReportYear).months).some(isLive);
  return isLive(record as VersionedRecord);
}
