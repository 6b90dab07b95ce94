/**
 * One record's history read from the change sets that touched it: for each, what kind of change
 * it was, which fields went from what to what, and the file, sheet and row the values came from.
 * A report year is read month by month, so a report's history lists only its own period.
 */
import { makePeriod, type Period } from '../periods/period';
import { isLive, type RecordMeta } from '../records/record-meta';
import { isSamePlainData } from '../records/record-revision';
import { reportFigureLabels } from '../reports/report-figure-labels';
import type { ReportYear } from '../reports/report-storage';
import type { ReportFigureField } from '../reports/revenue-report';
import type { LocalizedText } from '../text/localized-text';
import type { ChangeSet, RecordChange, RowOrigin } from './change-set';

export type RecordChangeKind = 'created' | 'updated' | 'deleted' | 'revived';

export interface FieldChange {
  readonly field: string;
  readonly label: LocalizedText;
  readonly before: unknown;
  readonly after: unknown;
}

export interface RecordHistoryEntry {
  readonly changeSet: ChangeSet;
  readonly kind: RecordChangeKind;
  /** Set for a report's entry: the period the figures belong to. */
  readonly period?: Period;
  readonly origin?: RowOrigin;
  readonly fields: readonly FieldChange[];
}

/** A change set and one of its record changes, as the history store returns them. */
export interface TouchingChange {
  readonly changeSet: ChangeSet;
  readonly change: RecordChange;
}

const notContent: ReadonlySet<string> = new Set(['id', 'version', 'updatedAt', 'deletedAt']);

function labelOf(field: string): LocalizedText {
  return field in reportFigureLabels
    ? reportFigureLabels[field as ReportFigureField]
    : { zh: field, en: field };
}

function changeKind(before: RecordMeta | undefined, after: RecordMeta): RecordChangeKind {
  if (before === undefined) return 'created';
  if (isLive(before) && !isLive(after)) return 'deleted';
  if (!isLive(before) && isLive(after)) return 'revived';
  return 'updated';
}

/** The content fields that differ between two versions of a record. */
export function fieldChanges(before: RecordMeta | undefined, after: RecordMeta): FieldChange[] {
  const left = (before ?? {}) as Record<string, unknown>;
  const right = after as unknown as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (field) => !notContent.has(field),
  );
  return fields
    .filter((field) => !isSamePlainData(left[field], right[field]))
    .map((field) => ({ field, label: labelOf(field), before: left[field], after: right[field] }));
}

function monthEntries(touching: TouchingChange): RecordHistoryEntry[] {
  const before = touching.change.before as ReportYear | undefined;
  const after = touching.change.after as ReportYear;
  const entries: RecordHistoryEntry[] = [];
  for (const [monthKey, month] of Object.entries(after.months)) {
    const previous = before?.months[monthKey];
    if (previous !== undefined && isSamePlainData(previous, month)) continue;
    entries.push({
      changeSet: touching.changeSet,
      kind: changeKind(previous, month),
      period: makePeriod(after.year, Number(monthKey)),
      origin: touching.change.originByMonth?.[monthKey] ?? touching.change.origin,
      fields: fieldChanges(previous, month),
    });
  }
  return entries;
}

/** Newest first: what each change set did to the record (for a report year, to each month). */
export function recordHistory(touching: readonly TouchingChange[]): RecordHistoryEntry[] {
  const entries = touching.flatMap((item): RecordHistoryEntry[] =>
    item.change.table === 'reportYears'
      ? monthEntries(item)
      : [
          {
            changeSet: item.changeSet,
            kind: changeKind(item.change.before, item.change.after),
            origin: item.change.origin,
            fields: fieldChanges(item.change.before, item.change.after),
          },
        ],
  );
  return entries.sort((a, b) => b.changeSet.seq - a.changeSet.seq);
}

/** The history of one report: the entries of its year record for its period. */
export function reportHistory(
  touching: readonly TouchingChange[],
  period: Period,
): RecordHistoryEntry[] {
  return recordHistory(touching).filter((entry) => entry.period === period);
}
