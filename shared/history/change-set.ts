/**
 * The registry's history. Every write is a change set: one transaction, recorded with when it
 * happened, where it came from (a manual edit, an import with its file, sheet and row, a
 * restore, the demo) and, for each record, its stored value before and after. Undo and redo
 * work on whole change sets; the per-record history answers "who changed 营业收入 from X to Y,
 * when, from which file and row".
 */
import { z } from 'zod';
import {
  contentTables,
  recordKey,
  storedSchemaOf,
  type ContentTable,
  type StoredRecord,
  type VersionedRecord,
} from '../registry/registry-tables';
import { isLive, type RecordMeta } from '../records/record-meta';
import type { ReportYear } from '../reports/report-storage';
import type { LocalizedText } from '../text/localized-text';

/** The sheet and 1-based row of a workbook a record's values were read from. */
export const rowOriginSchema = z.object({
  sheet: z.string(),
  row: z.number().int().min(1),
});
export type RowOrigin = z.infer<typeof rowOriginSchema>;

/** One imported sheet as its change set records it. */
export const importedSheetSchema = z.object({
  name: z.string(),
  entity: z.string(),
  layoutSignature: z.string(),
  /** Column letter → field and unit, as the user confirmed them. */
  mapping: z.array(
    z.object({ letter: z.string(), field: z.string().nullable(), unit: z.string().nullable() }),
  ),
  /** Rows per outcome: new, changed, unchanged, unmatched, move, blocked, excluded… */
  counts: z.record(z.string(), z.number().int().min(0)),
});
export type ImportedSheet = z.infer<typeof importedSheetSchema>;

export const changeSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual-edit') }),
  /** Rows carry their sheet and row in each record change; a one-row import may name them here. */
  z.object({
    kind: z.literal('import'),
    fileName: z.string(),
    sheet: z.string().optional(),
    row: z.number().int().min(1).optional(),
    /** SHA-256 of the file's bytes (hex): the same file imported twice is known as such. */
    contentHash: z.string().optional(),
    /** Per sheet imported: what it held, the column mapping used and what each row did. */
    sheets: z.array(importedSheetSchema).optional(),
  }),
  z.object({
    kind: z.literal('restore'),
    /** The backup file restored, or the snapshot when restoring one of those. */
    fileName: z.string().optional(),
    snapshotId: z.string().optional(),
  }),
  z.object({ kind: z.literal('demo') }),
]);
export type ChangeSource = z.infer<typeof changeSourceSchema>;

export const localizedTextSchema = z.object({ zh: z.string(), en: z.string() });

export const changeCountsSchema = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  deleted: z.number().int().min(0),
});
export type ChangeCounts = z.infer<typeof changeCountsSchema>;

/**
 * How much a change set recorded: every record's before and after ('records'), or only counts
 * ('summary': the demo, whose undo clears the demo, and a restore, whose undo returns the
 * snapshot taken before it).
 */
export const historyDetails = ['records', 'summary'] as const;
export type HistoryDetail = (typeof historyDetails)[number];

export const changeSetStatuses = ['applied', 'undone'] as const;
export type ChangeSetStatus = (typeof changeSetStatuses)[number];

export const changeSetSchema = z.object({
  /** Order of the change sets; a restore continues after the highest of both histories. */
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  source: changeSourceSchema,
  /** What was done, for lists and undo buttons: "修改企业 北京星河文化传媒有限公司". */
  label: localizedTextSchema,
  counts: z.partialRecord(z.enum(contentTables), changeCountsSchema),
  detail: z.enum(historyDetails),
  status: z.enum(changeSetStatuses),
  /** When it was last undone or redone. */
  statusChangedAt: z.iso.datetime({ offset: true }).optional(),
  /**
   * The registry revision its last application, undo or redo produced. Redo offers the most
   * recently undone change set; a restore can be undone only while nothing happened after it.
   */
  revision: z.number().int().min(0),
  /** For a restore: the snapshot of the registry as it was before, which its undo restores. */
  undoSnapshotId: z.string().optional(),
});
export type ChangeSet = z.infer<typeof changeSetSchema>;

function recordChangeSchemaFor<T extends ContentTable>(table: T) {
  const recordSchema = storedSchemaOf(table);
  return z.object({
    table: z.literal(table),
    id: z.string().min(1),
    /** Absent when the change set created the record. */
    before: recordSchema.optional(),
    /** As the change set wrote it; a deletion is a tombstone. */
    after: recordSchema,
    origin: rowOriginSchema.optional(),
    /** Report years: where each month's figures were read, keyed by month "2".."12". */
    originByMonth: z.record(z.string(), rowOriginSchema).optional(),
  });
}

export const recordChangeSchema = z.discriminatedUnion('table', [
  recordChangeSchemaFor('parks'),
  recordChangeSchemaFor('enterprises'),
  recordChangeSchemaFor('tenancies'),
  recordChangeSchemaFor('reportYears'),
  recordChangeSchemaFor('cultivationPlans'),
  recordChangeSchemaFor('parkEvents'),
  recordChangeSchemaFor('financings'),
]);
export type RecordChange = z.infer<typeof recordChangeSchema>;

/**
 * A stored record going from `before` to `after`, undefined meaning absent: what a change set,
 * an undo, a redo or a bulk load writes. Deletions are tombstones, so `after` is absent only for
 * a record removed outright.
 */
export interface StoredChange {
  readonly table: ContentTable;
  readonly id: string;
  readonly before: StoredRecord | undefined;
  readonly after: StoredRecord | undefined;
  readonly origin?: RowOrigin;
  readonly originByMonth?: Readonly<Record<string, RowOrigin>>;
}

/**
 * Record changes are stored in parts of up to `changesPerPart`: IndexedDB's cost is per stored
 * record, so a 10,000-row import adds 20 history records, not 10,000.
 */
export const changesPerPart = 500;

export const changePartSchema = z.object({
  changeSetSeq: z.number().int().min(1),
  part: z.number().int().min(0),
  /** recordKey(table, id) of every change, indexed for the per-record history. */
  recordKeys: z.array(z.string()),
  changes: z.array(recordChangeSchema),
});
export type ChangePart = z.infer<typeof changePartSchema>;

/** Splits a change set's record changes into stored parts. */
export function toChangeParts(
  changeSetSeq: number,
  changes: readonly RecordChange[],
): ChangePart[] {
  const parts: ChangePart[] = [];
  for (let start = 0; start < changes.length; start += changesPerPart) {
    const slice = changes.slice(start, start + changesPerPart);
    parts.push({
      changeSetSeq,
      part: parts.length,
      recordKeys: slice.map((change) => recordKey(change.table, change.id)),
      changes: slice,
    });
  }
  return parts;
}

function emptyCounts(): ChangeCounts {
  return { created: 0, updated: 0, deleted: 0 };
}

function countOne(
  counts: ChangeCounts,
  before: RecordMeta | undefined,
  after: RecordMeta | undefined,
) {
  const wasLive = before !== undefined && isLive(before);
  const isNowLive = after !== undefined && isLive(after);
  if (!wasLive && isNowLive) counts.created += 1;
  else if (wasLive && !isNowLive) counts.deleted += 1;
  else if (wasLive && isNowLive) counts.updated += 1;
}

/**
 * How many records a change set created, changed and deleted per table; reports count one per
 * period, as people think of them, not per stored year record.
 */
export function countChanges(changes: readonly StoredChange[]): ChangeSet['counts'] {
  const counts: Partial<Record<ContentTable, ChangeCounts>> = {};
  for (const change of changes) {
    const tableCounts = (counts[change.table] ??= emptyCounts());
    if (change.table !== 'reportYears') {
      countOne(
        tableCounts,
        change.before as VersionedRecord | undefined,
        change.after as VersionedRecord | undefined,
      );
      continue;
    }
    const before = change.before as ReportYear | undefined;
    const after = change.after as ReportYear | undefined;
    const monthKeys = new Set([
      ...Object.keys(before?.months ?? {}),
      ...Object.keys(after?.months ?? {}),
    ]);
    for (const key of monthKeys) {
      const previous = before?.months[key];
      const next = after?.months[key];
      if (previous !== next) countOne(tableCounts, previous, next);
    }
  }
  return counts;
}

/** Whether a redo is possible in principle: a demo or restore cannot be re-applied. */
export function isRedoable(changeSet: ChangeSet): boolean {
  return changeSet.status === 'undone' && changeSet.detail === 'records';
}

/** "导入 报表.xlsx" / "Import 报表.xlsx": where a change set came from. */
export function describeSource(source: ChangeSource): LocalizedText {
  switch (source.kind) {
    case 'manual-edit':
      return { zh: '手工编辑', en: 'Manual edit' };
    case 'import': {
      const where =
        source.sheet === undefined
          ? { zh: '', en: '' }
          : source.row === undefined
            ? { zh: `，工作表「${source.sheet}」`, en: `, sheet "${source.sheet}"` }
            : {
                zh: `，工作表「${source.sheet}」第${source.row}行`,
                en: `, sheet "${source.sheet}" row ${source.row}`,
              };
      return {
        zh: `导入 ${source.fileName}${where.zh}`,
        en: `Import of ${source.fileName}${where.en}`,
      };
    }
    case 'restore':
      return source.fileName === undefined
        ? { zh: '从自动快照恢复', en: 'Restore from an automatic snapshot' }
        : { zh: `从备份 ${source.fileName} 恢复`, en: `Restore from backup ${source.fileName}` };
    case 'demo':
      return { zh: '示例数据', en: 'Demo data' };
  }
}
