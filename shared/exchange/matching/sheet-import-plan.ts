/**
 * Steps 6 of an import: each valid row matched to the record it is about and compared with it,
 * cell by cell, under the user's policy. The result is a plain plan — what each row does (new,
 * changed with old → new, unchanged, not matched, a move to another park) and the record
 * drafts to write, each with the sheet and Excel row it came from — which the renderer turns
 * into one change set. Nothing here writes; an unchanged file plans no writes at all.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { z } from 'zod';
import { enterpriseSchema, type Enterprise } from '../../enterprises/enterprise';
import type { RowOrigin } from '../../history/change-set';
import { parkSchema, type Park } from '../../parks/park';
import type { Period } from '../../periods/period';
import { withoutBookkeeping, type RecordDraft } from '../../records/record-draft';
import type { RecordMeta } from '../../records/record-meta';
import type { RevenueReport } from '../../reports/revenue-report';
import { planTenancyMove, tenanciesHousingOn } from '../../tenancies/tenancy-move';
import type { Tenancy } from '../../tenancies/tenancy';
import { localized, type LocalizedText } from '../../text/localized-text';
import { draftOfRow, recordFieldOf, type RowDraft } from '../drafts/row-draft';
import type { LocatedSheet } from '../layout/locate-sheet';
import { importEntityLabels, type ImportEntity } from '../mapping/import-entity';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import type { NormalisedRow } from '../values/normalise-row';
import type { SheetValidation } from '../validation/validate-sheet-rows';
import { mergedValue, policyFor, sameValue, type ImportPolicy } from './field-policy';
import { createRecordMatcher, type MatchBasis, type RecordMatcher } from './record-matcher';

export interface ExistingRecords {
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
  readonly tenancies: readonly Tenancy[];
  readonly reports: readonly RevenueReport[];
}

export const rowStatuses = [
  'new',
  'changed',
  'unchanged',
  'unmatched',
  'move',
  'blocked',
  'unsupported',
] as const;
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

export type PlannedWrite =
  | {
      readonly table: 'enterprises';
      readonly draft: RecordDraft<Enterprise>;
      readonly origin: RowOrigin;
    }
  | { readonly table: 'parks'; readonly draft: RecordDraft<Park>; readonly origin: RowOrigin }
  | {
      readonly table: 'tenancies';
      readonly draft: RecordDraft<Tenancy>;
      readonly origin: RowOrigin;
    }
  | {
      readonly table: 'reports';
      readonly draft: RecordDraft<RevenueReport>;
      readonly origin: RowOrigin;
    };

export type OutcomeCounts = Readonly<Record<RowStatus, number>>;

export interface SheetImportPlan {
  readonly sheetName: string;
  readonly entity: ImportEntity | null;
  readonly rows: readonly RowOutcome[];
  readonly writes: readonly PlannedWrite[];
  readonly counts: OutcomeCounts;
}

export interface PlanOptions {
  readonly policy: ImportPolicy;
  /** Row numbers whose name-only match the user confirmed. */
  readonly confirmedRows?: ReadonlySet<number>;
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
  readonly merged: Record<string, unknown>;
  readonly changes: CellChange[];
}

/** The stored record with the row's values merged in under the policy, and what differs. */
function compare(
  entity: ImportEntity,
  stored: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  policy: ImportPolicy,
): Comparison {
  const merged: Record<string, unknown> = { ...stored };
  const changes: CellChange[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    const before = stored[field];
    const wanted = mergedValue(field, before, value, 'overwrite');
    if (sameValue(before, wanted)) continue;
    const after = mergedValue(field, before, value, policyFor(policy, field));
    const applied = !sameValue(before, after);
    if (applied) merged[field] = after;
    changes.push({ field, label: labelOfField(entity, field), before, after: wanted, applied });
  }
  return { merged, changes };
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

class SheetPlanner {
  readonly rows: RowOutcome[] = [];
  readonly writes: PlannedWrite[] = [];
  private readonly reportByKey: Map<string, RevenueReport>;

  constructor(
    private readonly sheet: LocatedSheet,
    private readonly existing: ExistingRecords,
    private readonly matcher: RecordMatcher,
    private readonly options: PlanOptions,
  ) {
    this.reportByKey = new Map(
      existing.reports.map((report) => [`${report.enterpriseId}|${report.period}`, report]),
    );
  }

  private origin(rowNumber: number): RowOrigin {
    return { sheet: this.sheet.sheetName, row: rowNumber };
  }

  private matchOf(
    draft: RowDraft,
  ):
    | { kind: 'found'; enterprise: Enterprise; match: RowMatch }
    | { kind: 'unconfirmed'; match: RowMatch }
    | { kind: 'none'; note: LocalizedText | null } {
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

  enterpriseRow(draft: RowDraft, row: NormalisedRow): void {
    const found = this.matchOf(draft);
    if (found.kind === 'unconfirmed') {
      this.rows.push({
        rowNumber: draft.rowNumber,
        status: 'unmatched',
        match: found.match,
        changes: [],
        note: confirmNote(found.match.recordName),
      });
      return;
    }
    const origin = this.origin(draft.rowNumber);
    let enterpriseId: string;
    let status: RowStatus;
    let changes: CellChange[] = [];
    if (found.kind === 'found') {
      const compared = compare('enterprises', found.enterprise, draft.fields, this.options.policy);
      changes = compared.changes;
      enterpriseId = found.enterprise.id;
      status = changes.some((change) => change.applied) ? 'changed' : 'unchanged';
      if (status === 'changed') {
        this.writes.push({
          table: 'enterprises',
          draft: withoutBookkeeping(compared.merged as Enterprise),
          origin,
        });
      }
    } else {
      enterpriseId = this.options.newId();
      status = 'new';
      this.writes.push({
        table: 'enterprises',
        draft: newDraft<Enterprise>(enterpriseSchema, enterpriseId, draft.fields),
        origin,
      });
    }
    const housing = this.housing(draft, row, enterpriseId, status === 'new');
    this.rows.push({
      rowNumber: draft.rowNumber,
      status: housing.moved && status !== 'new' ? 'move' : status,
      match: found.kind === 'found' ? found.match : null,
      changes,
      ...(housing.move === undefined ? {} : { move: housing.move }),
      ...(housing.note === undefined ? {} : { note: housing.note }),
    });
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
    const tenancies = isNew ? [] : this.existing.tenancies;
    const planned = planTenancyMove(tenancies, { enterpriseId, parkId: park.id, movedInOn });
    if (planned.kind === 'already-here') return { moved: false };
    if (planned.kind === 'refused') return { moved: false, note: planned.message };
    const origin = this.origin(draft.rowNumber);
    for (const closed of planned.closed) {
      this.writes.push({ table: 'tenancies', draft: withoutBookkeeping(closed), origin });
    }
    this.writes.push({
      table: 'tenancies',
      draft: { id: this.options.newId(), ...planned.opened },
      origin,
    });
    const parkNames = new Map(this.existing.parks.map((p) => [p.id, p.name]));
    const from = tenanciesHousingOn(tenancies, enterpriseId, movedInOn).map(
      (tenancy) => parkNames.get(tenancy.parkId) ?? tenancy.parkId,
    );
    return { moved: true, move: { from, to: park.name } };
  }

  reportRow(draft: RowDraft): void {
    const found = this.matchOf(draft);
    if (found.kind !== 'found') {
      this.rows.push({
        rowNumber: draft.rowNumber,
        status: 'unmatched',
        match: found.kind === 'unconfirmed' ? found.match : null,
        changes: [],
        note:
          found.kind === 'unconfirmed'
            ? confirmNote(found.match.recordName)
            : (found.note ?? unmatchedEnterprise),
      });
      return;
    }
    const period = draft.fields.period as Period;
    const figures: Record<string, unknown> = { ...draft.fields };
    delete figures.period;
    const stored = this.reportByKey.get(`${found.enterprise.id}|${period}`);
    const base = stored === undefined ? {} : withoutBookkeeping(stored);
    const compared = compare('revenue', base, figures, this.options.policy);
    const applied = compared.changes.some((change) => change.applied);
    const status: RowStatus = stored === undefined ? 'new' : applied ? 'changed' : 'unchanged';
    if (status !== 'unchanged') {
      this.writes.push({
        table: 'reports',
        draft: {
          ...compared.merged,
          ...(stored === undefined ? { id: this.options.newId() } : {}),
          enterpriseId: found.enterprise.id,
          period,
        } as RecordDraft<RevenueReport>,
        origin: this.origin(draft.rowNumber),
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
    const stored =
      draft.refs.parkName === undefined ? undefined : this.matcher.park(draft.refs.parkName);
    const origin = this.origin(draft.rowNumber);
    if (stored === undefined) {
      this.writes.push({
        table: 'parks',
        draft: newDraft<Park>(parkSchema, this.options.newId(), draft.fields),
        origin,
      });
      this.rows.push({ rowNumber: draft.rowNumber, status: 'new', match: null, changes: [] });
      return;
    }
    const compared = compare('parks', stored, draft.fields, this.options.policy);
    const changed = compared.changes.some((change) => change.applied);
    if (changed) {
      this.writes.push({
        table: 'parks',
        draft: withoutBookkeeping(compared.merged as Park),
        origin,
      });
    }
    this.rows.push({
      rowNumber: draft.rowNumber,
      status: changed ? 'changed' : 'unchanged',
      match: {
        recordId: stored.id,
        recordName: stored.name,
        basis: 'name',
        needsConfirmation: false,
      },
      changes: compared.changes,
    });
  }

  unsupportedRow(rowNumber: number, entity: ImportEntity): void {
    this.rows.push({
      rowNumber,
      status: 'unsupported',
      match: null,
      changes: [],
      note: localized(
        `暂不支持导入“${importEntityLabels[entity].zh}”：这一行不会写入`,
        `Importing ${importEntityLabels[entity].en} is not supported yet: this row is not written`,
      ),
    });
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
      planner.rows.push({ rowNumber: row.rowNumber, status: 'blocked', match: null, changes: [] });
      return;
    }
    const draft = draftOfRow(
      entity,
      sheet,
      row,
      options.year === undefined ? {} : { year: options.year },
    );
    if (entity === 'enterprises') planner.enterpriseRow(draft, row);
    else if (entity === 'revenue') planner.reportRow(draft);
    else if (entity === 'parks') planner.parkRow(draft);
    else planner.unsupportedRow(row.rowNumber, entity);
  });
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
  for (const { sheet, rows, validation, confirmedRows } of sheets) {
    const plan = planSheetImport(sheet, rows, validation, known, {
      ...options,
      ...(confirmedRows === undefined ? {} : { confirmedRows }),
    });
    plans.push(plan);
    known = withPlanned(known, plan);
  }
  return plans;
}
