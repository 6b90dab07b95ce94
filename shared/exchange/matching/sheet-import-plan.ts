/**
 * Steps 6 of an import: each valid row matched to the record it is about and compared with it,
 * cell by cell, under the user's policy. The result is a plain plan — what each row does (new,
 * changed with old → new, unchanged, not matched, a move to another park) and the record
 * drafts to write, each with the sheet and Excel row it came from — which the renderer turns
 * into one change set. Nothing here writes; an unchanged file plans no writes at all.
 *
 * Every kind of sheet is planned: parks and enterprises; and the records hanging off them —
 * reports, tenancies, financing (of an enterprise, found by credit code, else by name) and
 * events and cultivation plans (of a park, found by name) — each matched to a stored record
 * by the same natural key that makes two rows of a sheet duplicates (validation/duplicate-rows).
 * A milestone is part of its park's cultivation plan: matched there by its title, written as
 * an update of the plan. A row whose park or enterprise the registry does not hold is not
 * matched, with the fix.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { z } from 'zod';
import {
  cultivationPlanSchema,
  milestoneSchema,
  type CultivationPlan,
  type Milestone,
} from '../../cultivation/cultivation-plan';
import { enterpriseSchema, type Enterprise } from '../../enterprises/enterprise';
import { parkEventSchema, type ParkEvent } from '../../events/park-event';
import { financingSchema, type Financing } from '../../financing/financing';
import type { RowOrigin } from '../../history/change-set';
import { parkSchema, type Park } from '../../parks/park';
import type { Period } from '../../periods/period';
import { withoutBookkeeping, type RecordDraft } from '../../records/record-draft';
import { isLive, type RecordMeta } from '../../records/record-meta';
import type {
  RegistryRecords,
  StoredRecords,
  VersionedTable,
} from '../../registry/registry-tables';
import type { RevenueReport } from '../../reports/revenue-report';
import { planTenancyMove, tenanciesHousingOn } from '../../tenancies/tenancy-move';
import { tenancySchema, type Tenancy } from '../../tenancies/tenancy';
import { toLookupKey } from '../../text/half-width';
import { localized, type LocalizedText } from '../../text/localized-text';
import { draftOfRow, recordFieldOf, type RowDraft } from '../drafts/row-draft';
import type { LocatedSheet } from '../layout/locate-sheet';
import type { ImportEntity } from '../mapping/import-entity';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import type { NormalisedRow } from '../values/normalise-row';
import type { SheetValidation } from '../validation/validate-sheet-rows';
import { mergedValue, policyFor, sameValue, type GivenAs, type ImportPolicy } from './field-policy';
import { createRecordMatcher, type MatchBasis, type RecordMatcher } from './record-matcher';

/** The registry's records an import is compared with: every table, reports unpacked. */
export type ExistingRecords = RegistryRecords;

export const rowStatuses = ['new', 'changed', 'unchanged', 'unmatched', 'move', 'blocked'] as const;
export type RowStatus = (typeof rowStatuses)[number];

export interface CellChange {
  /** The model field: "name", "revenueYuan". */
  readonly field: string;
  readonly label: LocalizedText;
  readonly before: unknown;
  readonly after: unknown;
  /** False when the policy keeps the stored value. */
  readonly applied: boolean;
}

export interface RowMatch {
  readonly recordId: string;
  readonly recordName: string;
  readonly basis: MatchBasis;
  /** Matched by name only: written only once the user confirms it is the same record. */
  readonly needsConfirmation: boolean;
}

export interface RowOutcome {
  readonly rowNumber: number;
  readonly status: RowStatus;
  readonly match: RowMatch | null;
  readonly changes: readonly CellChange[];
  /** For a move: the parks it leaves and the one it moves into. */
  readonly move?: { readonly from: readonly string[]; readonly to: string };
  /** Why a row is not matched or what was left out of it. */
  readonly note?: LocalizedText;
}

interface WriteOf<Table extends string, T extends RecordMeta> {
  readonly table: Table;
  readonly draft: RecordDraft<T>;
  readonly origin: RowOrigin;
  /**
   * The version the row's values were decided on: a row tied to its record's (the round trip),
   * or 0 for a new record, whose freshly minted id no stored record may hold.
   */
  readonly expectedVersion?: number;
}

export type PlannedWrite =
  | { [Table in VersionedTable]: WriteOf<Table, StoredRecords[Table]> }[VersionedTable]
  | WriteOf<'reports', RevenueReport>;

export type OutcomeCounts = Readonly<Record<RowStatus, number>>;

export interface SheetImportPlan {
  readonly sheetName: string;
  readonly entity: ImportEntity | null;
  readonly rows: readonly RowOutcome[];
  readonly writes: readonly PlannedWrite[];
  readonly counts: OutcomeCounts;
}

/**
 * A row already tied to the record it is about (the round trip reads the row's 记录ID): found
 * by id, not by its natural key, so a title or park changed there is an update, not a new
 * record; `cleared` model fields were emptied there and are emptied here too.
 */
export interface TiedRow {
  readonly recordId: string;
  readonly expectedVersion: number;
  readonly cleared: readonly string[];
  /**
   * Model fields the row gives whole rather than in part (field-policy's GivenAs): a park's
   * certifications composed from all three of its cells, an empty list when they are blank.
   */
  readonly whole?: readonly string[];
}

export interface PlanOptions {
  readonly policy: ImportPolicy;
  /** Row numbers whose name-only match the user confirmed. */
  readonly confirmedRows?: ReadonlySet<number>;
  /** By row number: rows tied to their record. */
  readonly tied?: ReadonlyMap<number, TiedRow>;
  /** The day a move without its own 入驻日期 takes effect. */
  readonly today: IsoDate;
  readonly newId: () => string;
  readonly entity?: ImportEntity;
  readonly year?: number;
}

/** A new record's draft with the model's defaults (formerNames [], status 在营…) filled in. */
function newDraft<T extends RecordMeta>(
  schema: z.ZodType<T>,
  id: string,
  fields: object,
): RecordDraft<T> {
  return withoutBookkeeping(
    schema.parse({ ...fields, id, version: 1, updatedAt: '2000-01-01T00:00:00.000Z' }),
  );
}

function labelOfField(entity: ImportEntity, field: string): LocalizedText {
  const importId = Object.entries(recordFieldOf[entity]).find(([, model]) => model === field)?.[0];
  return importId === undefined
    ? localized(field, field)
    : importField(importId as ImportFieldId).label;
}

interface Comparison {
  /** The stored record itself when nothing is applied. */
  readonly merged: Readonly<Record<string, unknown>>;
  readonly changes: readonly CellChange[];
}

/**
 * One empty list for every row that changes nothing: the plan crosses from the worker to the
 * page by structured clone, which sends an object met twice once.
 */
const noChanges: readonly CellChange[] = [];

/** The stored record with the row's values merged in under the policy, and what differs. */
function compare(
  entity: ImportEntity,
  stored: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  policy: ImportPolicy,
  tied?: TiedRow,
): Comparison {
  // Copied only once a value changes: most rows of a returned workbook change nothing.
  let merged: Record<string, unknown> | undefined;
  let changes: CellChange[] | undefined;
  for (const [field, value] of Object.entries(incoming)) {
    const before = stored[field];
    const givenAs: GivenAs = tied?.whole?.includes(field) === true ? 'whole' : 'part';
    const wanted = mergedValue(field, before, value, 'overwrite', givenAs);
    if (sameValue(before, wanted)) continue;
    const after = mergedValue(field, before, value, policyFor(policy, entity, field), givenAs);
    const applied = !sameValue(before, after);
    if (applied) {
      merged ??= { ...stored };
      // A field cleared there is left out, as a blank cell leaves it out of a new record.
      if (after === undefined) Reflect.deleteProperty(merged, field);
      else merged[field] = after;
    }
    changes ??= [];
    changes.push({ field, label: labelOfField(entity, field), before, after: wanted, applied });
  }
  return { merged: merged ?? stored, changes: changes ?? noChanges };
}

/**
 * A tied row's values with the fields cleared there, as undefined: compared, they are emptied;
 * and certifications given whole as the empty list their blank cells say.
 */
function withCleared(
  incoming: Readonly<Record<string, unknown>>,
  tied: TiedRow | undefined,
): Readonly<Record<string, unknown>> {
  if (tied === undefined) return incoming;
  const emptied = tied.whole?.includes('certifications') === true ? { certifications: [] } : {};
  const cleared = Object.fromEntries(tied.cleared.map((field) => [field, undefined]));
  return { ...emptied, ...incoming, ...cleared };
}

function counted(rows: readonly RowOutcome[]): OutcomeCounts {
  const counts = Object.fromEntries(rowStatuses.map((status) => [status, 0])) as Record<
    RowStatus,
    number
  >;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

const unmatchedEnterprise = localized(
  '登记册中没有这家企业（统一社会信用代码和名称都没有找到）：请先导入或新增该企业',
  'The registry has no such enterprise (neither its credit code nor its name was found): import or add it first',
);

function ambiguousNote(names: readonly string[]): LocalizedText {
  return localized(
    `登记册中有多家企业与该名称相近（${names.join('、')}）：请在表中填写统一社会信用代码`,
    `Several enterprises have a name like this one (${names.join(', ')}): give the credit code in the sheet`,
  );
}

function confirmNote(name: string): LocalizedText {
  return localized(
    `仅按名称匹配到“${name}”：请确认是同一家企业后再导入`,
    `Matched to "${name}" by name only: confirm it is the same enterprise to import it`,
  );
}

function unknownParkNote(parkName: string): LocalizedText {
  return localized(
    `园区“${parkName}”不在登记册中：请先新增或导入该园区，或改正园区名称`,
    `Park "${parkName}" is not in the registry: add or import the park first, or correct its name`,
  );
}

function noPlanNote(parkName: string): LocalizedText {
  return localized(
    `园区“${parkName}”还没有百亿培育计划，里程碑无处记录：请先在“百亿园区培育”中为该园区制定计划，或在同一工作簿中这张表之前的“培育进展”表里给出它`,
    `Park "${parkName}" has no cultivation plan to hold the milestone: create its plan under 百亿园区培育 first, or give it on a 培育进展 sheet before this one in the workbook`,
  );
}

function otherPlanNote(parkName: string): LocalizedText {
  return localized(
    `这一里程碑属于园区“${parkName}”的培育计划，不能改到另一个园区：请把园区名称改回；如确需移动，请删除该行的记录ID，作为新里程碑导入，再在原计划中删除它`,
    `This milestone belongs to the cultivation plan of park "${parkName}" and cannot move to another park: restore the park name; to move it, clear its record ID to import it as a new milestone, then delete it from the old plan`,
  );
}

const goneNote = localized(
  '这条记录在导出后已在本机删除：这一行不会写入；如仍需要，请删除该行的记录ID后重新导入',
  'The record was deleted here after the export: this row is not written; to add it again, clear its record ID and import it',
);

function parkMatch(park: Park): RowMatch {
  return { recordId: park.id, recordName: park.name, basis: 'name', needsConfirmation: false };
}

/*
 * Each kind's natural key, the identity duplicate-rows gives a row of that kind: a row and a
 * stored record with the same key are the same record, whatever else the row changes.
 */
function eventKey(parkId: string, date: unknown, title: unknown): string {
  return `${parkId}|${String(date)}|${toLookupKey(String(title))}`;
}

function financingKey(enterpriseId: string, date: unknown, amountYuan: unknown): string {
  return `${enterpriseId}|${String(date)}|${String(amountYuan)}`;
}

function tenancyKey(enterpriseId: string, parkId: string, movedInOn: IsoDate | undefined): string {
  return `${enterpriseId}|${parkId}|${movedInOn ?? ''}`;
}

function indexed<T extends RecordMeta>(
  records: readonly T[],
  keyOf: (record: T) => string,
): Map<string, T> {
  return new Map(records.filter(isLive).map((record) => [keyOf(record), record]));
}

/** A park's plan: the one with the latest baseline when it has had several. */
function planByPark(plans: readonly CultivationPlan[]): Map<string, CultivationPlan> {
  const byPark = new Map<string, CultivationPlan>();
  for (const plan of plans.filter(isLive)) {
    const known = byPark.get(plan.parkId);
    if (known === undefined || known.baselineYear < plan.baselineYear)
      byPark.set(plan.parkId, plan);
  }
  return byPark;
}

type EnterpriseFound =
  | { kind: 'found'; enterprise: Enterprise; match: RowMatch }
  | { kind: 'unconfirmed'; match: RowMatch }
  | { kind: 'none'; note: LocalizedText | null };

type MoveInto =
  | { readonly kind: 'moved'; readonly from: readonly string[] }
  | { readonly kind: 'already-here'; readonly tenancy: Tenancy }
  | { readonly kind: 'refused'; readonly message: LocalizedText };

class SheetPlanner {
  readonly rows: RowOutcome[] = [];
  readonly writes: PlannedWrite[] = [];
  /**
   * The stored records by natural key, each index built when a row first looks one up: a sheet
   * holds one kind of record, and indexing the others (17,000 tenancies for an enterprise
   * list) was work no row used.
   */
  private readonly indexes: {
    reportByKey?: Map<string, RevenueReport>;
    eventByKey?: Map<string, ParkEvent>;
    financingByKey?: Map<string, Financing>;
    tenancyByKey?: Map<string, Tenancy>;
    planOfPark?: Map<string, CultivationPlan>;
  } = {};
  /**
   * Plans whose milestones this sheet's rows change, by plan id: each written once, after the
   * sheet, with all its rows' milestones; from the first row that changed it.
   */
  private readonly milestonesOfPlan = new Map<
    string,
    {
      readonly plan: CultivationPlan;
      readonly milestones: Milestone[];
      origin?: RowOrigin;
      /** The plan's version tied rows were decided on (the round trip). */
      expectedVersion?: number;
    }
  >();
  /** Each table's records by id, indexed the first time a tied row looks one up. */
  private readonly byId = new Map<readonly RecordMeta[], Map<string, RecordMeta>>();

  constructor(
    private readonly sheet: LocatedSheet,
    private readonly existing: ExistingRecords,
    private readonly matcher: RecordMatcher,
    private readonly options: PlanOptions,
  ) {}

  private get reportByKey(): Map<string, RevenueReport> {
    this.indexes.reportByKey ??= new Map(
      this.existing.reports.map((report) => [`${report.enterpriseId}|${report.period}`, report]),
    );
    return this.indexes.reportByKey;
  }

  private get eventByKey(): Map<string, ParkEvent> {
    this.indexes.eventByKey ??= indexed(this.existing.events, (e) =>
      eventKey(e.parkId, e.date, e.title),
    );
    return this.indexes.eventByKey;
  }

  private get financingByKey(): Map<string, Financing> {
    this.indexes.financingByKey ??= indexed(this.existing.financings, (f) =>
      financingKey(f.enterpriseId, f.date, f.amountYuan),
    );
    return this.indexes.financingByKey;
  }

  private get tenancyByKey(): Map<string, Tenancy> {
    this.indexes.tenancyByKey ??= indexed(this.existing.tenancies, (t) =>
      tenancyKey(t.enterpriseId, t.parkId, t.movedInOn),
    );
    return this.indexes.tenancyByKey;
  }

  private get planOfPark(): Map<string, CultivationPlan> {
    this.indexes.planOfPark ??= planByPark(this.existing.plans);
    return this.indexes.planOfPark;
  }

  private origin(rowNumber: number): RowOrigin {
    return { sheet: this.sheet.sheetName, row: rowNumber };
  }

  private unmatched(rowNumber: number, note: LocalizedText, match: RowMatch | null = null): void {
    this.rows.push({ rowNumber, status: 'unmatched', match, changes: noChanges, note });
  }

  /**
   * The record a tied row names: undefined when the row is not tied, null (noted as not
   * matched) when the record is no longer here.
   */
  private tiedRecord<T extends RecordMeta>(
    rowNumber: number,
    records: readonly T[],
  ): T | undefined | null {
    const tied = this.options.tied?.get(rowNumber);
    if (tied === undefined) return undefined;
    let byId = this.byId.get(records);
    if (byId === undefined) {
      byId = new Map(records.filter(isLive).map((record) => [record.id, record]));
      this.byId.set(records, byId);
    }
    const record = byId.get(tied.recordId) as T | undefined;
    if (record === undefined) this.unmatched(rowNumber, goneNote);
    return record ?? null;
  }

  private matchOf(draft: RowDraft): EnterpriseFound {
    const found = this.matcher.enterprise(draft.refs);
    if (found.kind === 'none') return { kind: 'none', note: null };
    if (found.kind === 'ambiguous') {
      return { kind: 'none', note: ambiguousNote(found.candidates.map((e) => e.name)) };
    }
    const needsConfirmation =
      found.basis === 'name' && !(this.options.confirmedRows?.has(draft.rowNumber) ?? false);
    const match: RowMatch = {
      recordId: found.enterprise.id,
      recordName: found.enterprise.name,
      basis: found.basis,
      needsConfirmation,
    };
    return needsConfirmation
      ? { kind: 'unconfirmed', match }
      : { kind: 'found', enterprise: found.enterprise, match };
  }

  /** The enterprise a row of another kind belongs to; a row naming none is noted as not matched. */
  private referencedEnterprise(
    draft: RowDraft,
  ): { readonly enterprise: Enterprise; readonly match: RowMatch } | undefined {
    const found = this.matchOf(draft);
    if (found.kind === 'found') return found;
    if (found.kind === 'unconfirmed') {
      this.unmatched(draft.rowNumber, confirmNote(found.match.recordName), found.match);
    } else this.unmatched(draft.rowNumber, found.note ?? unmatchedEnterprise);
    return undefined;
  }

  /** The park a row of another kind belongs to; a row naming none is noted as not matched. */
  private referencedPark(draft: RowDraft): Park | undefined {
    const parkName = draft.refs.parkName ?? '';
    const park = this.matcher.park(parkName);
    if (park === undefined) this.unmatched(draft.rowNumber, unknownParkNote(parkName));
    return park;
  }

  /**
   * A row of a kind stored as one record a row: a new record, or the stored one with the row
   * merged in under the policy. The write, if any, is for the caller to file under its table.
   */
  private keyedRow<T extends RecordMeta>(
    entity: ImportEntity,
    schema: z.ZodType<T>,
    rowNumber: number,
    stored: T | undefined,
    incoming: Readonly<Record<string, unknown>>,
    match: RowMatch | null,
  ): {
    readonly outcome: RowOutcome;
    readonly write?: { readonly draft: RecordDraft<T>; readonly expectedVersion?: number };
  } {
    if (stored === undefined) {
      return {
        outcome: { rowNumber, status: 'new', match, changes: noChanges },
        write: { draft: newDraft(schema, this.options.newId(), incoming), expectedVersion: 0 },
      };
    }
    const tied = this.options.tied?.get(rowNumber);
    const compared = compare(
      entity,
      stored,
      withCleared(incoming, tied),
      this.options.policy,
      tied,
    );
    const changed = compared.changes.some((change) => change.applied);
    const outcome: RowOutcome = {
      rowNumber,
      status: changed ? 'changed' : 'unchanged',
      match,
      changes: compared.changes,
    };
    if (!changed) return { outcome };
    const draft = withoutBookkeeping(compared.merged as T);
    return {
      outcome,
      write: tied === undefined ? { draft } : { draft, expectedVersion: tied.expectedVersion },
    };
  }

  enterpriseRow(draft: RowDraft, row: NormalisedRow): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.enterprises);
    if (tied === null) return;
    const found: EnterpriseFound =
      tied === undefined
        ? this.matchOf(draft)
        : {
            kind: 'found',
            enterprise: tied,
            match: {
              recordId: tied.id,
              recordName: tied.name,
              basis: 'record-id',
              needsConfirmation: false,
            },
          };
    if (found.kind === 'unconfirmed') {
      this.unmatched(draft.rowNumber, confirmNote(found.match.recordName), found.match);
      return;
    }
    const { outcome, write } = this.keyedRow(
      'enterprises',
      enterpriseSchema,
      draft.rowNumber,
      found.kind === 'found' ? found.enterprise : undefined,
      draft.fields,
      found.kind === 'found' ? found.match : null,
    );
    if (write !== undefined) {
      this.writes.push({ table: 'enterprises', ...write, origin: this.origin(draft.rowNumber) });
    }
    const enterpriseId = write?.draft.id ?? (found.kind === 'found' ? found.enterprise.id : '');
    const housing = this.housing(draft, row, enterpriseId, outcome.status === 'new');
    this.rows.push({
      ...outcome,
      status: housing.moved && outcome.status !== 'new' ? 'move' : outcome.status,
      ...(housing.move === undefined ? {} : { move: housing.move }),
      ...(housing.note === undefined ? {} : { note: housing.note }),
    });
  }

  /**
   * Opens a stay in a park for an enterprise, closing its stays elsewhere from that day: the
   * writes, and the parks it leaves.
   */
  private moveInto(
    tenancies: readonly Tenancy[],
    opened: RecordDraft<Tenancy> & { readonly movedInOn: IsoDate },
    origin: RowOrigin,
  ): MoveInto {
    const planned = planTenancyMove(tenancies, opened);
    if (planned.kind !== 'move') return planned;
    for (const closed of planned.closed) {
      this.writes.push({ table: 'tenancies', draft: withoutBookkeeping(closed), origin });
    }
    this.writes.push({ table: 'tenancies', draft: opened, origin, expectedVersion: 0 });
    const parkNames = new Map(this.existing.parks.map((p) => [p.id, p.name]));
    const from = tenanciesHousingOn(tenancies, opened.enterpriseId, opened.movedInOn).map(
      (tenancy) => parkNames.get(tenancy.parkId) ?? tenancy.parkId,
    );
    return { kind: 'moved', from };
  }

  /** The park a row names for its enterprise: a tenancy there, closing the one elsewhere. */
  private housing(
    draft: RowDraft,
    row: NormalisedRow,
    enterpriseId: string,
    isNew: boolean,
  ): { moved: boolean; move?: RowOutcome['move']; note?: LocalizedText } {
    const parkName = draft.refs.parkName;
    if (parkName === undefined) return { moved: false };
    const park = this.matcher.park(parkName);
    if (park === undefined) {
      return {
        moved: false,
        note: localized(
          `园区“${parkName}”不在登记册中：企业信息照常导入，入驻园区未记录；请先新增该园区或改正园区名称`,
          `Park "${parkName}" is not in the registry: the enterprise is imported without its park; add the park or correct its name`,
        ),
      };
    }
    const movedIn = row.values.movedInOn;
    const movedInOn = (typeof movedIn === 'string' ? movedIn : this.options.today) as IsoDate;
    const moved = this.moveInto(
      isNew ? [] : this.existing.tenancies,
      { id: this.options.newId(), enterpriseId, parkId: park.id, movedInOn },
      this.origin(draft.rowNumber),
    );
    if (moved.kind === 'already-here') return { moved: false };
    if (moved.kind === 'refused') return { moved: false, note: moved.message };
    return { moved: true, move: { from: moved.from, to: park.name } };
  }

  reportRow(draft: RowDraft): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.reports);
    if (tied === null) return;
    const found = this.referencedEnterprise(draft);
    if (found === undefined) return;
    const period = draft.fields.period as Period;
    const figures: Record<string, unknown> = { ...draft.fields };
    delete figures.period;
    const stored = tied ?? this.reportByKey.get(`${found.enterprise.id}|${period}`);
    const base = stored === undefined ? {} : withoutBookkeeping(stored);
    const tiedRow = this.options.tied?.get(draft.rowNumber);
    const incoming = withCleared(figures, tiedRow);
    const compared = compare('revenue', base, incoming, this.options.policy, tiedRow);
    const applied = compared.changes.some((change) => change.applied);
    const status: RowStatus = stored === undefined ? 'new' : applied ? 'changed' : 'unchanged';
    if (status !== 'unchanged') {
      const expectedVersion = tiedRow?.expectedVersion;
      this.writes.push({
        table: 'reports',
        draft: {
          ...compared.merged,
          ...(stored === undefined ? { id: this.options.newId() } : {}),
          enterpriseId: found.enterprise.id,
          period,
        } as RecordDraft<RevenueReport>,
        origin: this.origin(draft.rowNumber),
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
    }
    this.rows.push({
      rowNumber: draft.rowNumber,
      status,
      match: found.match,
      changes: stored === undefined ? [] : compared.changes,
    });
  }

  parkRow(draft: RowDraft): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.parks);
    if (tied === null) return;
    const stored =
      tied ??
      (draft.refs.parkName === undefined ? undefined : this.matcher.park(draft.refs.parkName));
    const { outcome, write } = this.keyedRow(
      'parks',
      parkSchema,
      draft.rowNumber,
      stored,
      draft.fields,
      stored === undefined ? null : parkMatch(stored),
    );
    this.rows.push(outcome);
    if (write !== undefined) {
      this.writes.push({ table: 'parks', ...write, origin: this.origin(draft.rowNumber) });
    }
  }

  eventRow(draft: RowDraft): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.events);
    if (tied === null) return;
    const park = this.referencedPark(draft);
    if (park === undefined) return;
    const { date, title } = draft.fields;
    const { outcome, write } = this.keyedRow(
      'events',
      parkEventSchema,
      draft.rowNumber,
      tied ?? this.eventByKey.get(eventKey(park.id, date, title)),
      { ...draft.fields, parkId: park.id },
      parkMatch(park),
    );
    this.rows.push(outcome);
    if (write !== undefined) {
      this.writes.push({ table: 'parkEvents', ...write, origin: this.origin(draft.rowNumber) });
    }
  }

  cultivationRow(draft: RowDraft): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.plans);
    if (tied === null) return;
    const park = this.referencedPark(draft);
    if (park === undefined) return;
    const { outcome, write } = this.keyedRow(
      'cultivation',
      cultivationPlanSchema,
      draft.rowNumber,
      tied ?? this.planOfPark.get(park.id),
      { ...draft.fields, parkId: park.id },
      parkMatch(park),
    );
    this.rows.push(outcome);
    if (write !== undefined) {
      const origin = this.origin(draft.rowNumber);
      this.writes.push({ table: 'cultivationPlans', ...write, origin });
    }
  }

  /**
   * A milestone of a park's cultivation plan: a tied row's by its id, else the plan's milestone
   * with the row's title; a new milestone otherwise. Compared and merged into the plan as
   * this sheet's rows leave it, the plan is written once the sheet is planned (`milestoneWrites`).
   */
  milestoneRow(draft: RowDraft): void {
    const tied = this.options.tied?.get(draft.rowNumber);
    let plan: CultivationPlan | undefined;
    if (tied === undefined) {
      const park = this.referencedPark(draft);
      if (park === undefined) return;
      plan = this.planOfPark.get(park.id);
      if (plan === undefined) {
        this.unmatched(draft.rowNumber, noPlanNote(park.name), parkMatch(park));
        return;
      }
    } else {
      plan = this.existing.plans.find(
        (candidate) =>
          isLive(candidate) &&
          candidate.milestones.some((milestone) => milestone.id === tied.recordId),
      );
      if (plan === undefined) {
        this.unmatched(draft.rowNumber, goneNote);
        return;
      }
    }
    const park = this.existing.parks.find((candidate) => candidate.id === plan.parkId);
    const match = park === undefined ? null : parkMatch(park);
    // A tied row's park name changed there would move the milestone to another plan.
    const { parkName } = draft.refs;
    if (
      tied !== undefined &&
      parkName !== undefined &&
      this.matcher.park(parkName)?.id !== plan.parkId
    ) {
      this.unmatched(draft.rowNumber, otherPlanNote(park?.name ?? plan.parkId), match);
      return;
    }
    let working = this.milestonesOfPlan.get(plan.id);
    if (working === undefined) {
      working = { plan, milestones: [...plan.milestones] };
      this.milestonesOfPlan.set(plan.id, working);
    }
    const titleKey = toLookupKey(String(draft.fields.title));
    const index = working.milestones.findIndex((milestone) =>
      tied === undefined
        ? toLookupKey(milestone.title) === titleKey
        : milestone.id === tied.recordId,
    );
    const stored = working.milestones[index];
    const origin = this.origin(draft.rowNumber);
    if (stored === undefined) {
      working.milestones.push(milestoneSchema.parse({ ...draft.fields, id: this.options.newId() }));
      working.origin ??= origin;
      this.rows.push({ rowNumber: draft.rowNumber, status: 'new', match, changes: noChanges });
      return;
    }
    const incoming = withCleared(draft.fields, tied);
    const compared = compare('milestones', stored, incoming, this.options.policy, tied);
    const changed = compared.changes.some((change) => change.applied);
    if (changed) {
      // Parsed again so a status cleared there falls back to the model's default (未开始).
      working.milestones[index] = milestoneSchema.parse(compared.merged);
      working.origin ??= origin;
      working.expectedVersion ??= tied?.expectedVersion;
    }
    this.rows.push({
      rowNumber: draft.rowNumber,
      status: changed ? 'changed' : 'unchanged',
      match,
      changes: compared.changes,
    });
  }

  /** Each plan this sheet's milestone rows changed, as one write of the plan. */
  milestoneWrites(): void {
    for (const { plan, milestones, origin, expectedVersion } of this.milestonesOfPlan.values()) {
      if (origin === undefined) continue;
      this.writes.push({
        table: 'cultivationPlans',
        draft: withoutBookkeeping({ ...plan, milestones }),
        origin,
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
    }
  }

  financingRow(draft: RowDraft): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.financings);
    if (tied === null) return;
    const found = this.referencedEnterprise(draft);
    if (found === undefined) return;
    const { date, amountYuan } = draft.fields;
    const enterpriseId = found.enterprise.id;
    const { outcome, write } = this.keyedRow(
      'financing',
      financingSchema,
      draft.rowNumber,
      tied ?? this.financingByKey.get(financingKey(enterpriseId, date, amountYuan)),
      { ...draft.fields, enterpriseId },
      found.match,
    );
    this.rows.push(outcome);
    if (write !== undefined) {
      this.writes.push({ table: 'financings', ...write, origin: this.origin(draft.rowNumber) });
    }
  }

  /**
   * A stay of an enterprise in a park: the stored one with the same move-in date (or, without
   * a date, the one housing it today); else a new stay, which moves the enterprise out of the
   * park it is in now unless the row gives the stay's end (a past stay, recorded as it was).
   */
  tenancyRow(draft: RowDraft): void {
    const tied = this.tiedRecord(draft.rowNumber, this.existing.tenancies);
    if (tied === null) return;
    const found = this.referencedEnterprise(draft);
    if (found === undefined) return;
    const park = this.referencedPark(draft);
    if (park === undefined) return;
    const enterpriseId = found.enterprise.id;
    const incoming = { ...draft.fields, enterpriseId, parkId: park.id };
    const movedInOn = draft.fields.movedInOn as IsoDate | undefined;
    const housingHere = () =>
      tenanciesHousingOn(
        this.existing.tenancies,
        enterpriseId,
        movedInOn ?? this.options.today,
      ).find((tenancy) => tenancy.parkId === park.id);
    let stored =
      tied ?? this.tenancyByKey.get(tenancyKey(enterpriseId, park.id, movedInOn)) ?? housingHere();
    if (stored === undefined && draft.fields.movedOutOn === undefined) {
      const opened = newDraft<Tenancy>(tenancySchema, this.options.newId(), {
        ...incoming,
        movedInOn: movedInOn ?? this.options.today,
      }) as RecordDraft<Tenancy> & { readonly movedInOn: IsoDate };
      const moved = this.moveInto(this.existing.tenancies, opened, this.origin(draft.rowNumber));
      if (moved.kind === 'refused') {
        this.unmatched(draft.rowNumber, moved.message, found.match);
        return;
      }
      if (moved.kind === 'moved') {
        this.rows.push({
          rowNumber: draft.rowNumber,
          status: moved.from.length > 0 ? 'move' : 'new',
          match: found.match,
          changes: noChanges,
          ...(moved.from.length > 0 ? { move: { from: moved.from, to: park.name } } : {}),
        });
        return;
      }
      stored = moved.tenancy;
    }
    const { outcome, write } = this.keyedRow(
      'tenancies',
      tenancySchema,
      draft.rowNumber,
      stored,
      incoming,
      found.match,
    );
    this.rows.push(outcome);
    if (write !== undefined) {
      this.writes.push({ table: 'tenancies', ...write, origin: this.origin(draft.rowNumber) });
    }
  }
}

/**
 * Plans one sheet's import. `rows` and `validation` are the same rows (exclusions left out);
 * rows with errors are listed as blocked and write nothing.
 */
export function planSheetImport(
  sheet: LocatedSheet,
  rows: readonly NormalisedRow[],
  validation: SheetValidation,
  existing: ExistingRecords,
  options: PlanOptions,
): SheetImportPlan {
  const entity = validation.entity;
  const matcher = createRecordMatcher(existing.enterprises, existing.parks);
  const planner = new SheetPlanner(sheet, existing, matcher, options);
  rows.forEach((row, index) => {
    const blocked = validation.rows[index]?.blocked ?? true;
    if (entity === null || blocked) {
      planner.rows.push({
        rowNumber: row.rowNumber,
        status: 'blocked',
        match: null,
        changes: noChanges,
      });
      return;
    }
    const draft = draftOfRow(
      entity,
      sheet,
      row,
      options.year === undefined ? {} : { year: options.year },
    );
    switch (entity) {
      case 'enterprises':
        planner.enterpriseRow(draft, row);
        break;
      case 'revenue':
        planner.reportRow(draft);
        break;
      case 'parks':
        planner.parkRow(draft);
        break;
      case 'tenancies':
        planner.tenancyRow(draft);
        break;
      case 'events':
        planner.eventRow(draft);
        break;
      case 'financing':
        planner.financingRow(draft);
        break;
      case 'cultivation':
        planner.cultivationRow(draft);
        break;
      case 'milestones':
        planner.milestoneRow(draft);
        break;
      default: {
        // A kind of sheet added without a case here would drop its rows without a word.
        const unplanned: never = entity;
        throw new Error(`no import plan for ${String(unplanned)} rows`);
      }
    }
  });
  planner.milestoneWrites();
  return {
    sheetName: sheet.sheetName,
    entity,
    rows: planner.rows,
    writes: planner.writes,
    counts: counted(planner.rows),
  };
}

/** Whether a plan would write nothing: the file says what the registry already holds. */
export function plansNoWrites(plans: readonly SheetImportPlan[]): boolean {
  return plans.every((plan) => plan.writes.length === 0);
}

export interface SheetToPlan {
  readonly sheet: LocatedSheet;
  readonly rows: readonly NormalisedRow[];
  readonly validation: SheetValidation;
  /** Row numbers of this sheet whose name-only match the user confirmed. */
  readonly confirmedRows?: ReadonlySet<number>;
  /** By row number: this sheet's rows tied to their record. */
  readonly tied?: ReadonlyMap<number, TiedRow>;
}

/** Planned new records as stored ones, so a later sheet of the same file can match them. */
function asStored<T extends RecordMeta>(draft: RecordDraft<T>): T {
  return { ...draft, version: 1, updatedAt: '2000-01-01T00:00:00.000Z' } as T;
}

function withPlanned(existing: ExistingRecords, plan: SheetImportPlan): ExistingRecords {
  const replaced = <T extends RecordMeta>(
    records: readonly T[],
    drafts: readonly RecordDraft<T>[],
  ) => {
    if (drafts.length === 0) return records;
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const draft of drafts) byId.set(draft.id, asStored<T>(draft));
    return [...byId.values()];
  };
  const draftsOf = <K extends PlannedWrite['table']>(table: K) =>
    plan.writes.flatMap((write) => (write.table === table ? [write.draft] : [])) as Extract<
      PlannedWrite,
      { table: K }
    >['draft'][];
  return {
    parks: replaced(existing.parks, draftsOf('parks')),
    enterprises: replaced(existing.enterprises, draftsOf('enterprises')),
    tenancies: replaced(existing.tenancies, draftsOf('tenancies')),
    reports: replaced(existing.reports, draftsOf('reports')),
    events: replaced(existing.events, draftsOf('parkEvents')),
    financings: replaced(existing.financings, draftsOf('financings')),
    plans: replaced(existing.plans, draftsOf('cultivationPlans')),
  };
}

/**
 * Plans every sheet of a workbook in order, each seeing what the sheets before it add: a
 * revenue sheet finds the enterprises its own file's enterprise list brings in.
 */
export function planWorkbookImport(
  sheets: readonly SheetToPlan[],
  existing: ExistingRecords,
  options: PlanOptions,
): SheetImportPlan[] {
  const plans: SheetImportPlan[] = [];
  let known = existing;
  for (const { sheet, rows, validation, confirmedRows, tied } of sheets) {
    const plan = planSheetImport(sheet, rows, validation, known, {
      ...options,
      ...(confirmedRows === undefined ? {} : { confirmedRows }),
      ...(tied === undefined ? {} : { tied }),
    });
    plans.push(plan);
    known = withPlanned(known, plan);
  }
  return plans;
}
