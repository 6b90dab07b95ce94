/**
 * Change sets inside their transaction: resolve a plan against the stored records into record
 * changes (cascading deletions, one version step per record however many edits touched it,
 * no-op edits dropped), and record a change set with its history. Only Dexie calls and plain
 * computation happen here.
 */
import {
  countChanges,
  toChangeParts,
  type ChangeSet,
  type ChangeSource,
  type HistoryDetail,
  type RecordChange,
  type RowOrigin,
  type StoredChange,
} from '../../shared/history/change-set';
import { isLive, type RecordMeta } from '../../shared/records/record-meta';
import { hasSameContent, reviseRecord } from '../../shared/records/record-revision';
import { describeRecord } from '../../shared/registry/describe-record';
import {
  contentTables,
  recordKey,
  references,
  type ContentTable,
  type StoredRecord,
  type VersionedRecord,
} from '../../shared/registry/registry-tables';
import {
  reportLocation,
  toMonthReport,
  withMonth,
  type MonthReport,
  type ReportYear,
} from '../../shared/reports/report-storage';
import type { LocalizedText } from '../../shared/text/localized-text';
import type { ChangePlan, OperationOptions, PlannedOperation } from './change-plan';
import { referringRecords } from './referring-records';
import type { RegistryDb } from './registry-db';
import { RegistryError } from './registry-error';
import type { Chunk } from './write-chunks';

interface WorkingRecord {
  readonly table: ContentTable;
  readonly id: string;
  readonly original: StoredRecord | undefined;
  current: StoredRecord | undefined;
  origin?: RowOrigin;
  originByMonth?: Record<string, RowOrigin>;
}

type Operation = PlannedOperation | { readonly kind: 'delete-year'; readonly id: string };

function deleted<T extends RecordMeta>(original: T | undefined, current: T, at: string): T {
  return { ...current, version: (original?.version ?? 0) + 1, updatedAt: at, deletedAt: at };
}

function checkVersion(
  options: OperationOptions,
  original: RecordMeta | undefined,
  what: () => LocalizedText,
): void {
  const expected = options.expectedVersion;
  if (expected === undefined || (original?.version ?? 0) === expected) return;
  const description = what();
  throw new RegistryError('stale-record', {
    zh: `${description.zh}在你编辑期间已被修改（你编辑的是第 ${expected} 版，现在是第 ${original?.version ?? 0} 版），未保存。请重新打开它，核对后再保存。`,
    en: `${description.en} changed while you were editing it (you edited version ${expected}, it is now version ${original?.version ?? 0}); nothing was saved. Reopen it, check, and save again.`,
  });
}

function notFound(what: LocalizedText): RegistryError {
  return new RegistryError('not-found', {
    zh: `找不到${what.zh}，可能已被删除。`,
    en: `${what.en} was not found; it may have been deleted.`,
  });
}

/** Deletions of enterprises and parks extend to the records that hang off them. */
async function withCascades(db: RegistryDb, operations: readonly PlannedOperation[]) {
  const cascaded: Operation[] = [...operations];
  for (const target of ['enterprises', 'parks'] as const) {
    const ids = operations
      .filter((operation) => operation.kind === 'delete' && operation.table === target)
      .map((operation) => (operation as { id: string }).id);
    if (ids.length === 0) continue;
    for (const reference of references) {
      if (reference.target !== target) continue;
      for (const row of await referringRecords(db, reference, ids)) {
        if (reference.table === 'reportYears') cascaded.push({ kind: 'delete-year', id: row.id });
        else if (isLive(row as VersionedRecord)) {
          cascaded.push({ kind: 'delete', table: reference.table, id: row.id, options: {} });
        }
      }
    }
  }
  return cascaded;
}

function locationOf(operation: Operation): { table: ContentTable; id: string } {
  switch (operation.kind) {
    case 'save':
      return { table: operation.table, id: operation.revision.id };
    case 'delete':
      return { table: operation.table, id: operation.id };
    case 'save-report':
      return {
        table: 'reportYears',
        id: reportLocation(operation.revision.enterpriseId, operation.revision.period).id,
      };
    case 'delete-report':
      return {
        table: 'reportYears',
        id: reportLocation(operation.enterpriseId, operation.period).id,
      };
    case 'delete-year':
      return { table: 'reportYears', id: operation.id };
  }
}

/** A save that expects no stored record (version 0): the plan or the import minted its id. */
function isCreation(operation: Operation): boolean {
  return operation.kind === 'save' && operation.options.expectedVersion === 0;
}

/**
 * The ids whose stored record cannot exist, so need not be read: records every operation on
 * which creates them, and the report years of enterprises created so. Each is added rather than
 * put (stored-writes.ts): were one stored after all, the add fails and the commit with it.
 */
function unstoredKeys(operations: readonly Operation[]): Set<string> {
  const created = new Set<string>();
  const readNeeded = new Set<string>();
  for (const operation of operations) {
    const { table, id } = locationOf(operation);
    (isCreation(operation) ? created : readNeeded).add(recordKey(table, id));
  }
  for (const key of readNeeded) created.delete(key);
  for (const operation of operations) {
    if (operation.kind !== 'save-report' && operation.kind !== 'delete-report') continue;
    const enterpriseId =
      operation.kind === 'save-report' ? operation.revision.enterpriseId : operation.enterpriseId;
    if (!created.has(recordKey('enterprises', enterpriseId))) continue;
    const { table, id } = locationOf(operation);
    if (!readNeeded.has(recordKey(table, id))) created.add(recordKey(table, id));
  }
  return created;
}

async function loadWorkingRecords(db: RegistryDb, operations: readonly Operation[]) {
  const unstored = unstoredKeys(operations);
  const idsByTable = new Map<ContentTable, Set<string>>();
  for (const operation of operations) {
    const { table, id } = locationOf(operation);
    let ids = idsByTable.get(table);
    if (ids === undefined) {
      ids = new Set();
      idsByTable.set(table, ids);
    }
    ids.add(id);
  }
  const working = new Map<string, WorkingRecord>();
  for (const table of contentTables) {
    const ids = [...(idsByTable.get(table) ?? [])];
    if (ids.length === 0) continue;
    const toRead = ids.filter((id) => !unstored.has(recordKey(table, id)));
    const read = toRead.length === 0 ? [] : await db.content(table).bulkGet(toRead);
    const stored = new Map(toRead.map((id, index) => [id, read[index]]));
    for (const id of ids) {
      const original = stored.get(id);
      working.set(recordKey(table, id), { table, id, original, current: original });
    }
  }
  return working;
}

function applyVersioned(
  record: WorkingRecord,
  operation: Extract<Operation, { kind: 'save' | 'delete' }>,
  at: string,
): void {
  const original = record.original as VersionedRecord | undefined;
  const current = record.current as VersionedRecord | undefined;
  const what = () =>
    current === undefined
      ? { zh: `记录 ${record.id}`, en: `Record ${record.id}` }
      : describeRecord(record.table, current);
  checkVersion(operation.options, original, what);
  if (operation.options.origin !== undefined) record.origin = operation.options.origin;
  if (operation.kind === 'save') {
    record.current = reviseRecord(original, operation.revision, at);
    return;
  }
  if (current === undefined) throw notFound(what());
  if (!isLive(current)) return;
  record.current = original === undefined ? undefined : deleted(original, current, at);
}

function applyReport(
  record: WorkingRecord,
  operation: Extract<Operation, { kind: 'save-report' | 'delete-report' | 'delete-year' }>,
  at: string,
): void {
  const original = record.original as ReportYear | undefined;
  let year = record.current as ReportYear | undefined;
  if (operation.kind === 'delete-year') {
    if (year === undefined) return;
    for (const [monthKey, month] of Object.entries(year.months)) {
      if (!isLive(month)) continue;
      year = {
        ...year,
        months: { ...year.months, [monthKey]: deleted(original?.months[monthKey], month, at) },
      };
    }
    record.current = year;
    return;
  }
  const enterpriseId =
    operation.kind === 'save-report' ? operation.revision.enterpriseId : operation.enterpriseId;
  const period = operation.kind === 'save-report' ? operation.revision.period : operation.period;
  const { monthKey } = reportLocation(enterpriseId, period);
  const originalMonth = original?.months[monthKey];
  const currentMonth = year?.months[monthKey];
  const what = () => ({
    zh: `企业 ${enterpriseId} ${period} 的报表`,
    en: `The ${period} report of enterprise ${enterpriseId}`,
  });
  checkVersion(operation.options, originalMonth, what);
  if (operation.options.origin !== undefined) {
    record.originByMonth = { ...record.originByMonth, [monthKey]: operation.options.origin };
  }
  if (operation.kind === 'save-report') {
    const content = toMonthReport(operation.revision);
    // A report is identified by enterprise and period: an existing one keeps its id.
    const month = reviseRecord<MonthReport>(
      originalMonth,
      { ...content, id: currentMonth?.id ?? content.id },
      at,
    );
    record.current = withMonth(year, enterpriseId, period, month);
    return;
  }
  if (currentMonth === undefined) throw notFound(what());
  if (!isLive(currentMonth)) return;
  record.current = withMonth(
    year,
    enterpriseId,
    period,
    originalMonth === undefined ? undefined : deleted(originalMonth, currentMonth, at),
  );
}

const unchanged = Symbol('unchanged');

function settledVersioned(record: WorkingRecord): StoredRecord | typeof unchanged {
  const original = record.original as VersionedRecord | undefined;
  const current = record.current as VersionedRecord | undefined;
  // A record created and deleted within one plan leaves nothing behind.
  if (current === undefined) return unchanged;
  if (original !== undefined && hasSameContent(original, current)) return unchanged;
  return current;
}

function settledYear(record: WorkingRecord): StoredRecord | typeof unchanged {
  const original = record.original as ReportYear | undefined;
  const current = record.current as ReportYear | undefined;
  if (current === undefined) return unchanged;
  // Months whose content did not change keep their stored version and time.
  const months = { ...current.months };
  for (const [key, month] of Object.entries(months)) {
    const before = original?.months[key];
    if (before !== undefined && hasSameContent(before, month)) months[key] = before;
  }
  const keys = Object.keys(months);
  if (original === undefined && keys.length === 0) return unchanged;
  if (
    original !== undefined &&
    keys.length === Object.keys(original.months).length &&
    keys.every((key) => original.months[key] === months[key])
  ) {
    return unchanged;
  }
  return { ...current, months };
}

/** The stored change a working record makes, or undefined when it ends as it began. */
function toStoredChange(record: WorkingRecord): StoredChange | undefined {
  const after = record.table === 'reportYears' ? settledYear(record) : settledVersioned(record);
  if (after === unchanged) return undefined;
  const { table, id, original, origin, originByMonth } = record;
  return {
    table,
    id,
    before: original,
    after,
    ...(origin === undefined ? {} : { origin }),
    ...(originByMonth === undefined ? {} : { originByMonth }),
  };
}

/** The record changes a plan makes to the registry as it is now. */
export async function resolvePlan(
  db: RegistryDb,
  plan: ChangePlan,
  at: string,
): Promise<StoredChange[]> {
  const operations = await withCascades(db, plan.operations);
  const working = await loadWorkingRecords(db, operations);
  for (const operation of operations) {
    const { table, id } = locationOf(operation);
    const record = working.get(recordKey(table, id));
    if (record === undefined) continue;
    if (operation.kind === 'save' || operation.kind === 'delete')
      applyVersioned(record, operation, at);
    else applyReport(record, operation, at);
  }
  return [...working.values()].flatMap((record) => toStoredChange(record) ?? []);
}

/** The revision the next write takes: one above the stored one. */
async function revisionAfterStored(db: RegistryDb): Promise<number> {
  return ((await db.registryState.get('revision'))?.value ?? 0) + 1;
}

function storeRevision(db: RegistryDb, revision: number): Promise<string> {
  return db.registryState.put({ key: 'revision', value: revision });
}

/** Raises the registry revision and returns the new value. */
export async function nextRevision(db: RegistryDb): Promise<number> {
  const revision = await revisionAfterStored(db);
  await storeRevision(db, revision);
  return revision;
}

export async function nextChangeSetSeq(db: RegistryDb): Promise<number> {
  return ((await db.changeSets.toCollection().last())?.seq ?? 0) + 1;
}

export interface ChangeSetRequest {
  readonly source: ChangeSource;
  readonly label: LocalizedText;
  readonly at: string;
  readonly detail: HistoryDetail;
  readonly changes: readonly StoredChange[];
  readonly counts?: ChangeSet['counts'];
  readonly seq?: number;
  readonly undoSnapshotId?: string;
}

/** A change set ready to be recorded: its row, and the write that records it with its parts. */
export interface PreparedChangeSet {
  readonly changeSet: ChangeSet;
  /** Stores the change set, its parts and the revision: one chunk of a write pipeline. */
  readonly record: Chunk;
}

/**
 * Reads the change set's sequence number and revision and prepares its records; writing them is
 * left to the caller, who may hand them to IndexedDB along with the content (commit.ts).
 */
export async function prepareChangeSet(
  db: RegistryDb,
  request: ChangeSetRequest,
): Promise<PreparedChangeSet> {
  const [seq, revision] = await Promise.all([
    request.seq ?? nextChangeSetSeq(db),
    revisionAfterStored(db),
  ]);
  const changeSet: ChangeSet = {
    seq,
    at: request.at,
    source: request.source,
    label: request.label,
    counts: request.counts ?? countChanges(request.changes),
    detail: request.detail,
    status: 'applied',
    revision,
    ...(request.undoSnapshotId === undefined ? {} : { undoSnapshotId: request.undoSnapshotId }),
  };
  // Every change a plan, undo or redo records has an `after`: deletions are tombstones.
  const parts =
    request.detail === 'records' ? toChangeParts(seq, request.changes as RecordChange[]) : [];
  return {
    changeSet,
    record: {
      size: 0,
      rows: [],
      write: () =>
        Promise.all([
          storeRevision(db, revision),
          db.changeSets.add(changeSet),
          parts.length > 0 ? db.changeParts.bulkAdd(parts) : undefined,
        ]),
    },
  };
}

/** Records a change set and, for a detailed one, the before and after of every record. */
export async function recordChangeSet(
  db: RegistryDb,
  request: ChangeSetRequest,
): Promise<ChangeSet> {
  // Independent reads and writes go together: a single edit waits on IndexedDB once for the
  // reads and once for the writes rather than once per call.
  const { changeSet, record } = await prepareChangeSet(db, request);
  await record.write();
  return changeSet;
}
