/**
 * The registry's records as the rows of each exchange sheet: per record its id, version and
 * values by import field, in the very form the import normalises a returned row to. The
 * workbook's cells, the content hashes and a later three-way comparison all start from these.
 */
import type { CultivationPlan } from '../../cultivation/cultivation-plan';
import type { Enterprise } from '../../enterprises/enterprise';
import type { Park } from '../../parks/park';
import type { Period } from '../../periods/period';
import { periodYear } from '../../periods/period';
import { isLive } from '../../records/record-meta';
import type { RevenueReport } from '../../reports/revenue-report';
import type { LiveRecords } from '../../indicators/indicator-input';
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import { certificationItem } from '../values/list-values';
import type { NormalisedValue } from '../values/normalise-cell';
import { recordContentHash, recordFieldHashes, type FieldValues } from './content-hash';
import { readBackValue } from './exchange-cells';
import { exchangeSheets, hashedFields, type ExchangeSheetDefinition } from './exchange-sheets';

/** What an export reads: the live records (LiveRecords has all but the plans) and the plans. */
export interface ExchangeRecords extends Pick<
  LiveRecords,
  'parks' | 'enterprises' | 'tenancies' | 'events' | 'financings' | 'reportOf'
> {
  readonly plans: readonly CultivationPlan[];
}

/** Which records an export covers: the whole registry, or some parks with their tenants. */
export type ExchangeScope =
  { readonly kind: 'registry' } | { readonly kind: 'parks'; readonly parkIds: readonly string[] };

export interface ExchangeRow {
  /** The record's id; null for a row of a form to fill in (a report not yet made). */
  readonly recordId: string | null;
  readonly version: number | null;
  readonly values: FieldValues;
  /** Hash of `values` over the sheet's fields; the round trip's baseline. */
  readonly contentHash: string;
  /** A short hash per field (recordFieldHashes), so the baseline is known cell by cell. */
  readonly fieldHashes: string;
}

export interface ExchangeSheetRows {
  readonly definition: ExchangeSheetDefinition;
  readonly rows: readonly ExchangeRow[];
}

export interface ExchangeContentOptions {
  readonly scope: ExchangeScope;
  /** The reports of this period fill 营收, and its year decides 规上; null: no reports. */
  readonly period: Period | null;
  /**
   * A revenue form to fill in: every enterprise in scope gets a 营收 row for the period, blank
   * where it has no report yet.
   */
  readonly revenueForm?: boolean;
  /** The record sheets to include, in workbook order; all of them when absent. */
  readonly entities?: readonly ImportEntity[];
  /** ISO timestamp of the export: its year is shown for 规上 when nothing else says which. */
  readonly exportedAt: string;
  /** The layout of an older format version, to compare a workbook written in it; else the current. */
  readonly formatVersion?: number;
}

/** Records of the scope: the parks, the enterprises that were ever their tenants, and theirs. */
export function recordsInScope(records: ExchangeRecords, scope: ExchangeScope): ExchangeRecords {
  const live = {
    ...records,
    parks: records.parks.filter(isLive),
    enterprises: records.enterprises.filter(isLive),
    tenancies: records.tenancies.filter(isLive),
    plans: records.plans.filter(isLive),
    events: records.events.filter(isLive),
    financings: records.financings.filter(isLive),
  };
  if (scope.kind === 'registry') return live;
  const parkIds = new Set(scope.parkIds);
  const tenancies = live.tenancies.filter((tenancy) => parkIds.has(tenancy.parkId));
  const enterpriseIds = new Set(tenancies.map((tenancy) => tenancy.enterpriseId));
  return {
    ...live,
    parks: live.parks.filter((park) => parkIds.has(park.id)),
    enterprises: live.enterprises.filter((enterprise) => enterpriseIds.has(enterprise.id)),
    tenancies,
    plans: live.plans.filter((plan) => parkIds.has(plan.parkId)),
    events: live.events.filter((event) => parkIds.has(event.parkId)),
    financings: live.financings.filter((financing) => enterpriseIds.has(financing.enterpriseId)),
  };
}

/**
 * A park's certifications as the district lists parks: the latest in its own columns, the ones
 * before it, oldest first, in 此前认定.
 */
function splitCertifications(park: Park): {
  readonly latest: Park['certifications'][number] | undefined;
  readonly earlier: readonly Park['certifications'][number][];
} {
  let latest: Park['certifications'][number] | undefined;
  for (const certification of park.certifications) {
    if (latest === undefined || certification.year >= latest.year) latest = certification;
  }
  const earlier = park.certifications
    .filter((certification) => certification !== latest)
    .sort((a, b) => a.year - b.year);
  return { latest, earlier };
}

function parkValues(park: Park): FieldValues {
  const { latest: certification, earlier } = splitCertifications(park);
  return {
    parkDistrictCode: park.districtCode ?? null,
    parkName: park.name,
    street: park.streetCode ?? null,
    inExperimentalZone: park.inExperimentalZone,
    address: park.address ?? null,
    operatorName: park.operatorName ?? null,
    operatorCreditCode: park.operatorCreditCode ?? null,
    certificationTier: certification?.tier ?? null,
    certificationYear: certification?.year ?? null,
    earlierCertifications: earlier.length === 0 ? null : earlier.map(certificationItem),
    themes: park.themes.length === 0 ? null : park.themes,
    landAreaSqm: park.landAreaSqm ?? null,
    floorAreaSqm: park.floorAreaSqm ?? null,
    rentableAreaSqm: park.rentableAreaSqm ?? null,
    // 无 is what offices write in an empty cell, so no tier travels as a blank.
    cultivationTier: park.cultivationTier === 'none' ? null : park.cultivationTier,
    openedOn: park.openedOn ?? null,
    contactName: park.contactName ?? null,
    contactPhone: park.contactPhone ?? null,
    notes: park.notes ?? null,
  };
}

function identityValues(enterprise: Enterprise | undefined): FieldValues {
  return { enterpriseName: enterprise?.name ?? null, creditCode: enterprise?.creditCode ?? null };
}

function enterpriseValues(enterprise: Enterprise, aboveScaleYear: number): FieldValues {
  return {
    ...identityValues(enterprise),
    formerNames: enterprise.formerNames.length === 0 ? null : enterprise.formerNames,
    foundedOn: enterprise.foundedOn ?? null,
    registeredCapitalYuan: enterprise.registeredCapitalYuan ?? null,
    subcategoryCode: enterprise.subcategoryCode ?? null,
    digitalCulture: enterprise.digitalCulture,
    digitalCultureClass: enterprise.digitalCultureClassId ?? null,
    aboveScale: enterprise.aboveScaleByYear[String(aboveScaleYear)] ?? null,
    enterpriseTags: enterprise.tags.length === 0 ? null : enterprise.tags,
    enterpriseStatus: enterprise.status,
    statisticalBasis: enterprise.statisticalBasis,
    contactName: enterprise.contactName ?? null,
    contactPhone: enterprise.contactPhone ?? null,
    notes: enterprise.notes ?? null,
  };
}

function reportValues(
  enterprise: Enterprise,
  period: Period,
  report: RevenueReport | undefined,
): FieldValues {
  return {
    ...identityValues(enterprise),
    period,
    revenueYuan: report?.revenueYuan ?? null,
    priorYearRevenueYuan: report?.priorYearRevenueYuan ?? null,
    yoyGrowthReportedPercent: report?.yoyGrowthReportedPercent ?? null,
    profitYuan: report?.profitYuan ?? null,
    taxYuan: report?.taxYuan ?? null,
    employeesAtPeriodEnd: report?.employeesAtPeriodEnd ?? null,
  };
}

function readBack(fields: readonly ImportFieldId[], values: FieldValues): FieldValues {
  const read: Partial<Record<ImportFieldId, NormalisedValue | null>> = {};
  for (const field of fields) read[field] = readBackValue(field, values[field] ?? null);
  return read;
}

interface Stamped {
  readonly id: string;
  readonly version: number;
}

function rowsOf<T extends Stamped>(
  definition: ExchangeSheetDefinition,
  records: readonly T[],
  valuesOf: (record: T) => FieldValues,
): ExchangeSheetRows {
  const fields = hashedFields(definition);
  return {
    definition,
    rows: records.map((record) => {
      const values = readBack(fields, valuesOf(record));
      return {
        recordId: record.id,
        version: record.version,
        values,
        contentHash: recordContentHash(fields, values),
        fieldHashes: recordFieldHashes(fields, values),
      };
    }),
  };
}

function revenueRows(
  definition: ExchangeSheetDefinition,
  records: ExchangeRecords,
  options: ExchangeContentOptions,
): ExchangeSheetRows {
  const { period } = options;
  if (period === null) return { definition, rows: [] };
  const fields = hashedFields(definition);
  const rows: ExchangeRow[] = [];
  for (const enterprise of records.enterprises) {
    const report = records.reportOf(enterprise.id, period);
    if (report === undefined && options.revenueForm !== true) continue;
    const values = readBack(fields, reportValues(enterprise, period, report));
    rows.push({
      recordId: report?.id ?? null,
      version: report?.version ?? null,
      values,
      contentHash: recordContentHash(fields, values),
      fieldHashes: recordFieldHashes(fields, values),
    });
  }
  return { definition, rows };
}

/** The year whose 规上 status an export shows: the period's, else the latest year recorded. */
export function aboveScaleYearOf(
  records: ExchangeRecords,
  options: ExchangeContentOptions,
): number {
  if (options.period !== null) return periodYear(options.period);
  let latest = 0;
  for (const enterprise of records.enterprises) {
    for (const year of Object.keys(enterprise.aboveScaleByYear)) {
      latest = Math.max(latest, Number(year));
    }
  }
  return latest === 0 ? Number(options.exportedAt.slice(0, 4)) : latest;
}

/** Every record sheet's rows for the records of the scope, in workbook order. */
export function exchangeContent(
  records: ExchangeRecords,
  options: ExchangeContentOptions,
): ExchangeSheetRows[] {
  const scoped = recordsInScope(records, options.scope);
  const parksById = new Map(scoped.parks.map((park) => [park.id, park]));
  const enterprisesById = new Map(
    scoped.enterprises.map((enterprise) => [enterprise.id, enterprise]),
  );
  const parkName = (parkId: string) => parksById.get(parkId)?.name ?? null;
  const aboveScaleYear = aboveScaleYearOf(scoped, options);
  const builders: Readonly<
    Record<ImportEntity, (definition: ExchangeSheetDefinition) => ExchangeSheetRows>
  > = {
    parks: (definition) => rowsOf(definition, scoped.parks, parkValues),
    enterprises: (definition) =>
      rowsOf(definition, scoped.enterprises, (enterprise) =>
        enterpriseValues(enterprise, aboveScaleYear),
      ),
    tenancies: (definition) =>
      rowsOf(definition, scoped.tenancies, (tenancy) => ({
        ...identityValues(enterprisesById.get(tenancy.enterpriseId)),
        parkName: parkName(tenancy.parkId),
        building: tenancy.building ?? null,
        room: tenancy.room ?? null,
        leasedAreaSqm: tenancy.leasedAreaSqm ?? null,
        movedInOn: tenancy.movedInOn ?? null,
        leaseEndsOn: tenancy.leaseEndsOn ?? null,
        movedOutOn: tenancy.movedOutOn ?? null,
      })),
    revenue: (definition) => revenueRows(definition, scoped, options),
    cultivation: (definition) =>
      rowsOf(definition, scoped.plans, (plan) => ({
        parkName: parkName(plan.parkId),
        targetYuan: plan.targetYuan,
        targetYear: plan.targetYear,
        baselineYear: plan.baselineYear,
        baselineYuan: plan.baselineYuan,
        revenueBase: plan.revenueBase,
        notes: plan.revenueBaseNote ?? null,
      })),
    // A milestone has no version of its own: it changes with its plan.
    milestones: (definition) =>
      rowsOf(
        definition,
        scoped.plans.flatMap((plan) =>
          plan.milestones.map((milestone) => ({
            ...milestone,
            parkId: plan.parkId,
            version: plan.version,
          })),
        ),
        (milestone) => ({
          parkName: parkName(milestone.parkId),
          milestoneTitle: milestone.title,
          milestoneDueOn: milestone.dueOn,
          milestoneStatus: milestone.status,
          milestoneDoneOn: milestone.doneOn ?? null,
        }),
      ),
    events: (definition) =>
      rowsOf(definition, scoped.events, (event) => ({
        parkName: parkName(event.parkId),
        eventTitle: event.title,
        eventType: event.type,
        eventDate: event.date,
        visitors: event.visitors ?? null,
      })),
    financing: (definition) =>
      rowsOf(definition, scoped.financings, (financing) => ({
        ...identityValues(enterprisesById.get(financing.enterpriseId)),
        lender: financing.lender,
        financingAmountYuan: financing.amountYuan,
        financingDate: financing.date,
        financingKind: financing.kind,
      })),
  };
  return exchangeSheets(aboveScaleYear, options.formatVersion)
    .filter((definition) => options.entities?.includes(definition.entity) ?? true)
    .map((definition) => builders[definition.entity](definition));
}
