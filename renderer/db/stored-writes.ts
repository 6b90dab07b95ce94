/**
 * How record changes reach the content tables, for change sets, undo, redo and the bulk load:
 * check what the write would break (credit codes, references), keep the report totals in step,
 * write in chunks. (Clearing the demo and a restore replace content wholesale and rebuild the
 * totals instead.) Runs inside the caller's transaction and uses only Dexie calls there; any
 * error aborts the whole transaction.
 */
import { Dexie } from 'dexie';
import {
  addTotals,
  isEmptyTotals,
  totalsDifference,
  type DistrictPeriodTotals,
  type TotalsAccumulator,
  type EnterpriseReporting,
  type ParkPeriodTotals,
} from '../../shared/aggregates/report-totals';
import type { StoredChange } from '../../shared/history/change-set';
import type { Enterprise } from '../../shared/enterprises/enterprise';
import { describeRecord } from '../../shared/registry/describe-record';
import {
  contentTableLabels,
  contentTables,
  recordKey,
  referencedId,
  references,
  type ContentTable,
  type StoredRecord,
} from '../../shared/registry/registry-tables';
import { isStoredLive } from '../../shared/registry/stored-record-state';
import type { ReportYear } from '../../shared/reports/report-storage';
import type { Tenancy } from '../../shared/tenancies/tenancy';
import { referringRecords, reportYearsOf } from './referring-records';
import type { RegistryDb } from './registry-db';
import { RegistryError } from './registry-error';
import {
  ChunkPipeline,
  chunksOf,
  writeChunks,
  type Chunk,
  type ProgressCounter,
} from './write-chunks';

export interface StoredWriteOptions {
  readonly progress?: ProgressCounter;
  /**
   * The caller's own writes (the change set's history), handed to IndexedDB in the same
   * pipeline after the content's chunks, once every check has passed: the page prepares them
   * while IndexedDB stores the content rather than after it.
   */
  readonly alongside?: readonly Chunk[];
}

export async function writeStoredChanges(
  db: RegistryDb,
  changes: readonly StoredChange[],
  options: StoredWriteOptions,
): Promise<void> {
  await checkCreditCodes(db, changes);
  await checkReferences(db, changes);
  const before = await reportingBefore(db, changes);
  // The totals are summed while the content is being stored: for the demo, summing its ~350,000
  // reports was the page's largest task before the write (in a profile on a loaded machine,
  // 1.3 s ahead of a 20 s write, IndexedDB idle meanwhile).
  let difference: TotalsAccumulator | undefined;
  await writeContent(db, changes, options, () => {
    difference = totalsDifferenceOf(changes, before);
  });
  if (difference !== undefined) await writeTotals(db, difference);
}

/**
 * Records absent before are added, not put: the caller either read that they are absent or
 * knows it (a freshly minted id, not looked up), and an add of an id stored after all fails
 * rather than overwriting it. An add of a credit code stored already fails on the unique index
 * too, which is the check for new enterprises (checkCreditCodes does the others).
 */
async function writeContent(
  db: RegistryDb,
  changes: readonly StoredChange[],
  options: StoredWriteOptions,
  whileWriting: () => void,
): Promise<void> {
  const refused: Refused[] = [];
  try {
    await writeChunks(
      [...contentChunks(db, changes, refused), ...(options.alongside ?? [])],
      options.progress,
      whileWriting,
    );
  } catch (error) {
    throw await explained(db, refused, error);
  }
  for (const table of contentTables) {
    const removals = changes.flatMap((change) =>
      change.table === table && change.after === undefined ? [change.id] : [],
    );
    if (removals.length > 0) await db.content(table).bulkDelete(removals);
  }
}

/**
 * The changes' records in chunks, every table's in one pipeline: no table waits for the last
 * one's to drain. A table's rewritten records go first, so a credit code one gives up is free
 * before a new one takes it. A chunk a constraint refuses adds its rows to `refused`.
 */
function contentChunks(
  db: RegistryDb,
  changes: readonly StoredChange[],
  refused: Refused[],
): Chunk[] {
  return contentTables.flatMap((table) => {
    const puts: StoredRecord[] = [];
    const adds: StoredRecord[] = [];
    for (const change of changes) {
      if (change.table !== table || change.after === undefined) continue;
      (change.before === undefined ? adds : puts).push(change.after);
    }
    return (['put', 'add'] as const).flatMap((mode) =>
      chunksOf(db.content(table), (mode === 'put' ? puts : adds) as never[], mode).map((chunk) => ({
        ...chunk,
        write: () =>
          chunk.write().catch((error: unknown) => {
            refused.push(...refusedRows(table, mode, chunk.rows as StoredRecord[], error));
            throw error;
          }),
      })),
    );
  });
}

/**
 * New records written part by part through one pipeline, for a bulk load that stores each part
 * while the caller prepares the next (the demo, generated as it is written). All or nothing, as
 * a change set's write: every part goes into the caller's one transaction, and the whole load is
 * checked once it is written, before the transaction commits. Parts only add records.
 *
 * Once chunks are in flight it awaits nothing but them: Dexie keeps its transaction across a
 * native await only for a limited number of ticks, which the writes' own completions use up.
 * So what the report totals need of stored enterprises is read with the first part, before
 * anything is written; a later part may only bring reporting of enterprises the load creates.
 */
export class NewRecordsWriter {
  private readonly pipeline: ChunkPipeline;
  private readonly written: StoredChange[] = [];
  private readonly created = new Set<string>();
  private readonly before = new Map<string, Reporting>();
  private readonly refused: Refused[] = [];

  constructor(
    private readonly db: RegistryDb,
    progress?: ProgressCounter,
  ) {
    this.pipeline = new ChunkPipeline(progress);
  }

  /** The changes handed over so far. */
  get changes(): readonly StoredChange[] {
    return this.written;
  }

  /**
   * Hands a part's records to IndexedDB; resolves (a Dexie promise, safe to await in the
   * transaction) once the last of them is handed over.
   */
  write(changes: readonly StoredChange[]): PromiseLike<void> {
    const first = this.written.length === 0;
    for (const change of changes) {
      if (change.before !== undefined) {
        throw new Error(`${change.table} ${change.id}: a bulk load only adds records`);
      }
      if (change.table === 'enterprises') this.created.add(change.id);
      this.written.push(change);
    }
    const stored = noteReporting(changes, this.before, this.created);
    if (stored.length > 0 && !first) {
      throw new Error('a later part of a bulk load brings stored enterprises');
    }
    const chunks = contentChunks(this.db, changes, this.refused);
    return Dexie.Promise.resolve(readStoredReporting(this.db, stored, this.before))
      .then(() => this.handFrom(chunks, 0))
      .catch(async (error: unknown) => {
        throw await explained(this.db, this.refused, error);
      });
  }

  /** Hands the chunks over from `index`, waiting (chained, not awaited) whenever the pipeline is full. */
  private handFrom(chunks: readonly Chunk[], index: number): PromiseLike<void> {
    for (let next = index; next < chunks.length; next += 1) {
      const chunk = chunks[next];
      if (chunk === undefined) break;
      const slot = this.pipeline.nextSlot();
      if (slot !== undefined) {
        return slot.then(() => {
          this.pipeline.hand(chunk);
          return this.handFrom(chunks, next + 1);
        });
      }
      this.pipeline.hand(chunk);
    }
    return Dexie.Promise.resolve();
  }

  /**
   * Waits for every write, then checks the whole load (credit codes, references) and brings the
   * report totals in step with it (summed while the last chunks are written).
   */
  async finish(): Promise<void> {
    const changes = this.written;
    const inFlight = this.pipeline.takeInFlight();
    const difference = totalsDifferenceOf(changes, this.before);
    try {
      for (const written of inFlight) await written;
    } catch (error) {
      throw await explained(this.db, this.refused, error);
    }
    await checkCreditCodes(this.db, changes);
    await checkReferences(this.db, changes);
    if (difference !== undefined) await writeTotals(this.db, difference);
  }
}

interface Refused {
  readonly table: ContentTable;
  readonly mode: 'add' | 'put';
  readonly record: StoredRecord;
}

/** The rows of a chunk a constraint refused (Dexie's BulkError gives them by position). */
function refusedRows(
  table: ContentTable,
  mode: 'add' | 'put',
  rows: readonly StoredRecord[],
  error: unknown,
): Refused[] {
  if (!(error instanceof Dexie.BulkError)) return [];
  return Object.entries(error.failuresByPos).flatMap(([position, failure]) => {
    const record = rows[Number(position)];
    return failure.name === 'ConstraintError' && record !== undefined
      ? [{ table, mode, record }]
      : [];
  });
}

/** What a failed write throws: the refusal explained when a constraint refused it, else its own error. */
async function explained(
  db: RegistryDb,
  refused: readonly Refused[],
  error: unknown,
): Promise<unknown> {
  return (await explainRefusal(db, refused)) ?? error;
}

/**
 * Why records were refused, as a RegistryError, looked up in the transaction (a refused request
 * does not abort it): a new record's id already stored, or a credit code another enterprise
 * holds. Undefined when nothing was refused so (a full disk, say).
 */
async function explainRefusal(
  db: RegistryDb,
  refused: readonly Refused[],
): Promise<RegistryError | undefined> {
  // An add is refused for its id or its credit code, a put only for its credit code.
  for (const { table, mode, record } of refused) {
    if (mode === 'add' && (await db.content(table).get(record.id)) !== undefined) {
      return alreadyStored(table, record);
    }
  }
  for (const { table, record } of refused) {
    if (table !== 'enterprises') continue;
    const claimant = record as Enterprise;
    const holder = await db.enterprises.where('creditCode').equals(claimant.creditCode).first();
    if (holder !== undefined && holder.id !== claimant.id) return duplicateCode(claimant, holder);
  }
  return undefined;
}

/** A new record whose id is stored already: the registry is not what the writer expected. */
function alreadyStored(table: ContentTable, record: StoredRecord): RegistryError {
  const what = describeRecord(table, record);
  return new RegistryError('stale-record', {
    zh: `${what.zh}不能作为新记录写入：台账中已有同一编号的记录，未保存。请重新打开后再试。`,
    en: `${what.en} cannot be written as a new record: the registry already holds a record with its id; nothing was saved. Reopen it and try again.`,
  });
}

/**
 * Two records of the change may not claim one code, nor may a rewritten record take a code
 * stored on another: looked up, as the unique index would refuse it only when the holder is not
 * rewritten by this same change first. New records need no look-up: their add is refused by the
 * unique index (see explainRefusal).
 */
async function checkCreditCodes(db: RegistryDb, changes: readonly StoredChange[]): Promise<void> {
  const enterpriseChanges = changes.filter((change) => change.table === 'enterprises');
  if (enterpriseChanges.length === 0) return;
  const claimants = new Map<string, Enterprise>();
  for (const change of enterpriseChanges) {
    const enterprise = change.after as Enterprise | undefined;
    if (enterprise === undefined) continue;
    const other = claimants.get(enterprise.creditCode);
    if (other !== undefined && other.id !== enterprise.id) throw duplicateCode(enterprise, other);
    claimants.set(enterprise.creditCode, enterprise);
  }
  // A record keeping its own code needs no look-up: the unique index says no other holds it.
  const codes = enterpriseChanges.flatMap((change) => {
    const before = change.before as Enterprise | undefined;
    const after = change.after as Enterprise | undefined;
    return before === undefined || after === undefined || before.creditCode === after.creditCode
      ? []
      : [after.creditCode];
  });
  if (codes.length === 0) return;
  const rewritten = new Set(enterpriseChanges.map((change) => change.id));
  const holders = await db.enterprises.where('creditCode').anyOf(codes).toArray();
  for (const holder of holders) {
    if (rewritten.has(holder.id)) continue;
    const claimant = claimants.get(holder.creditCode);
    if (claimant !== undefined) throw duplicateCode(claimant, holder);
  }
}

function duplicateCode(claimant: Enterprise, holder: Enterprise): RegistryError {
  const deleted = holder.deletedAt !== undefined;
  return new RegistryError('duplicate-credit-code', {
    zh: `统一社会信用代码 ${claimant.creditCode} 已属于企业「${holder.name}」${
      deleted ? '（已删除）' : ''
    }，不能再用于「${claimant.name}」。同一企业只保留一条记录：请修改那条记录${
      deleted ? '（或在修改历史中撤销其删除）' : ''
    }，或更正信用代码。`,
    en: `Credit code ${claimant.creditCode} already belongs to "${holder.name}"${
      deleted ? ' (deleted)' : ''
    } and cannot be used for "${claimant.name}". One enterprise has one record: edit that record${
      deleted ? ' (or undo its deletion in the history)' : ''
    }, or correct the code.`,
  });
}

async function checkReferences(db: RegistryDb, changes: readonly StoredChange[]): Promise<void> {
  const byKey = new Map(changes.map((change) => [recordKey(change.table, change.id), change]));
  await checkTargetsExist(db, changes, byKey);
  await checkNothingPointsAtRemoved(db, changes, byKey);
}

/** Every live record written must refer to a live enterprise or park. */
async function checkTargetsExist(
  db: RegistryDb,
  changes: readonly StoredChange[],
  byKey: ReadonlyMap<string, StoredChange>,
): Promise<void> {
  const toLookUp = {
    enterprises: new Map<string, StoredChange>(),
    parks: new Map<string, StoredChange>(),
  };
  for (const reference of references) {
    for (const change of changes) {
      const record = change.after;
      if (change.table !== reference.table || !isStoredLive(change.table, record)) continue;
      const targetId = referencedId(reference, record);
      const inBatch = byKey.get(recordKey(reference.target, targetId));
      if (inBatch === undefined) toLookUp[reference.target].set(targetId, change);
      else if (!isStoredLive(reference.target, inBatch.after)) {
        throw missingTarget(change, reference.target, targetId);
      }
    }
  }
  for (const target of ['enterprises', 'parks'] as const) {
    const ids = [...toLookUp[target].keys()];
    if (ids.length === 0) continue;
    const found = await db.content(target).bulkGet(ids);
    found.forEach((record, index) => {
      if (isStoredLive(target, record)) return;
      const id = ids[index] ?? '';
      const change = toLookUp[target].get(id);
      if (change !== undefined) throw missingTarget(change, target, id);
    });
  }
}

function missingTarget(change: StoredChange, target: ContentTable, targetId: string) {
  const what =
    change.after === undefined
      ? { zh: `记录 ${change.id}`, en: `Record ${change.id}` }
      : describeRecord(change.table, change.after);
  const label = contentTableLabels[target];
  return new RegistryError('missing-reference', {
    zh: `${what.zh}引用的${label.zh} ${targetId} 不存在或已删除，未保存。请先建立该${label.zh}，或更正引用。`,
    en: `${what.en} refers to ${label.en.toLowerCase()} ${targetId}, which does not exist or was deleted; nothing was saved. Create it first or correct the reference.`,
  });
}

/** No live record may be left referring to an enterprise or park that stops being live. */
async function checkNothingPointsAtRemoved(
  db: RegistryDb,
  changes: readonly StoredChange[],
  byKey: ReadonlyMap<string, StoredChange>,
): Promise<void> {
  for (const target of ['enterprises', 'parks'] as const) {
    const removed = new Map<string, StoredRecord>();
    for (const change of changes) {
      if (change.table !== target || isStoredLive(target, change.after)) continue;
      if (isStoredLive(target, change.before)) removed.set(change.id, change.before);
    }
    if (removed.size === 0) continue;
    const removedIds = [...removed.keys()];
    for (const reference of references) {
      if (reference.target !== target) continue;
      const referring = await referringRecords(db, reference, removedIds);
      for (const record of referring) {
        const rewritten = byKey.get(recordKey(reference.table, record.id));
        const after = rewritten === undefined ? record : rewritten.after;
        if (!isStoredLive(reference.table, after)) continue;
        const removedRecord = removed.get(referencedId(reference, after));
        if (removedRecord === undefined) continue;
        const what = describeRecord(target, removedRecord);
        const referrer = describeRecord(reference.table, after);
        throw new RegistryError('still-referenced', {
          zh: `不能删除${what.zh}：${referrer.zh}仍引用它。请先删除或改动引用它的记录。`,
          en: `Cannot delete ${what.en}: ${referrer.en} still refers to it. Delete or change that record first.`,
        });
      }
    }
  }
}

interface Reporting {
  tenancies: Map<string, Tenancy>;
  reportYears: Map<string, ReportYear>;
}

function asReporting(reporting: Reporting): EnterpriseReporting {
  return {
    tenancies: [...reporting.tenancies.values()],
    reportYears: [...reporting.reportYears.values()],
  };
}

/** The changes that alter what enterprises report: their tenancies and report years. */
function reportingChangesOf(changes: readonly StoredChange[]): StoredChange[] {
  return changes.filter((change) => change.table === 'tenancies' || change.table === 'reportYears');
}

/**
 * The tenancies and report years, as stored before the change, of every enterprise whose
 * reporting it alters: read before the change's own writes, which would otherwise be seen.
 */
async function reportingBefore(
  db: RegistryDb,
  changes: readonly StoredChange[],
): Promise<Map<string, Reporting>> {
  const created = new Set(
    changes
      .filter((change) => change.table === 'enterprises' && change.before === undefined)
      .map((change) => change.id),
  );
  const before = new Map<string, Reporting>();
  await readStoredReporting(db, noteReporting(changes, before, created), before);
  return before;
}

/**
 * Notes in `before` the enterprises whose reporting the changes alter that it does not hold yet,
 * with nothing reported; returns those with reporting stored, to be read. An enterprise
 * `created` by this very change has nothing stored yet: no need to look.
 */
function noteReporting(
  changes: readonly StoredChange[],
  before: Map<string, Reporting>,
  created: ReadonlySet<string>,
): string[] {
  const stored: string[] = [];
  for (const change of reportingChangesOf(changes)) {
    for (const record of [change.before, change.after]) {
      if (record === undefined) continue;
      const { enterpriseId } = record as Tenancy | ReportYear;
      if (before.has(enterpriseId)) continue;
      before.set(enterpriseId, { tenancies: new Map(), reportYears: new Map() });
      if (!created.has(enterpriseId)) stored.push(enterpriseId);
    }
  }
  return stored;
}

async function readStoredReporting(
  db: RegistryDb,
  enterpriseIds: readonly string[],
  before: ReadonlyMap<string, Reporting>,
): Promise<void> {
  if (enterpriseIds.length === 0) return;
  for (const tenancy of await db.tenancies.where('enterpriseId').anyOf(enterpriseIds).toArray()) {
    before.get(tenancy.enterpriseId)?.tenancies.set(tenancy.id, tenancy);
  }
  for (const year of await reportYearsOf(db, enterpriseIds)) {
    before.get(year.enterpriseId)?.reportYears.set(year.id, year);
  }
}

/**
 * The change's effect on the report totals (undefined when it alters no reporting): what its
 * enterprises contributed before (as read by reportingBefore) and after, from their tenancies
 * and report years plus this change. Plain computation.
 */
function totalsDifferenceOf(
  changes: readonly StoredChange[],
  before: ReadonlyMap<string, Reporting>,
): TotalsAccumulator | undefined {
  const reportingChanges = reportingChangesOf(changes);
  if (reportingChanges.length === 0) return undefined;
  const after = new Map<string, Reporting>(
    [...before].map(([id, reporting]) => [
      id,
      { tenancies: new Map(reporting.tenancies), reportYears: new Map(reporting.reportYears) },
    ]),
  );
  for (const change of reportingChanges) {
    const field = change.table === 'tenancies' ? 'tenancies' : 'reportYears';
    const previous = change.before as Tenancy | ReportYear | undefined;
    const next = change.after as Tenancy | ReportYear | undefined;
    if (previous !== undefined) after.get(previous.enterpriseId)?.[field].delete(change.id);
    if (next !== undefined)
      (after.get(next.enterpriseId)?.[field] as Map<string, typeof next>).set(change.id, next);
  }
  return totalsDifference(
    [...before.values()].map(asReporting),
    [...after.values()].map(asReporting),
  );
}

/** Adds a difference to the stored report totals. */
async function writeTotals(db: RegistryDb, difference: TotalsAccumulator): Promise<void> {
  const parkEntries = [...difference.parks()].filter((entry) => !isEmptyTotals(entry.totals));
  const parkKeys = parkEntries.map((entry): [string, string] => [entry.parkId, entry.period]);
  const storedParks = await db.parkTotals.bulkGet(parkKeys);
  const parkPuts: ParkPeriodTotals[] = [];
  const parkRemovals: [string, string][] = [];
  parkEntries.forEach((entry, index) => {
    const next = addTotals(storedParks[index], entry.totals, {
      parkId: entry.parkId,
      period: entry.period,
    });
    if (next !== null) parkPuts.push(next);
    else parkRemovals.push([entry.parkId, entry.period]);
  });
  if (parkPuts.length > 0) await db.parkTotals.bulkPut(parkPuts);
  if (parkRemovals.length > 0) await db.parkTotals.bulkDelete(parkRemovals);

  const districtEntries = [...difference.district].filter(([, totals]) => !isEmptyTotals(totals));
  const storedDistrict = await db.districtTotals.bulkGet(districtEntries.map(([period]) => period));
  const districtPuts: DistrictPeriodTotals[] = [];
  const districtRemovals: string[] = [];
  districtEntries.forEach(([period, totals], index) => {
    const next = addTotals(storedDistrict[index], totals, { period });
    if (next !== null) districtPuts.push(next);
    else districtRemovals.push(period);
  });
  if (districtPuts.length > 0) await db.districtTotals.bulkPut(districtPuts);
  if (districtRemovals.length > 0) await db.districtTotals.bulkDelete(districtRemovals);
}
