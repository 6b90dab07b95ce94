/**
 * A normalised row as the fields of the record it describes, per kind of record: the one place
 * that says which import field fills which model field. Validation parses a draft with the
 * model's own schema; matching and the diff compare a draft with the stored record.
 * Identity fields (credit code, names) that point at another record stay in `refs`: the
 * matcher turns them into ids.
 */
import { certificationOfItem } from '../values/list-values';
import type { NormalisedValue } from '../values/normalise-cell';
import type { NormalisedRow } from '../values/normalise-row';
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import type { LocatedSheet } from '../layout/locate-sheet';

/** Which model field each import field fills, per kind of record. */
export const recordFieldOf: Readonly<
  Record<ImportEntity, Partial<Readonly<Record<ImportFieldId, string>>>>
> = {
  enterprises: {
    enterpriseName: 'name',
    creditCode: 'creditCode',
    formerNames: 'formerNames',
    foundedOn: 'foundedOn',
    registeredCapitalYuan: 'registeredCapitalYuan',
    subcategoryCode: 'subcategoryCode',
    digitalCulture: 'digitalCulture',
    digitalCultureClass: 'digitalCultureClassId',
    aboveScale: 'aboveScaleByYear',
    enterpriseTags: 'tags',
    enterpriseStatus: 'status',
    statisticalBasis: 'statisticalBasis',
    contactName: 'contactName',
    contactPhone: 'contactPhone',
    notes: 'notes',
  },
  parks: {
    parkName: 'name',
    parkDistrictCode: 'districtCode',
    street: 'streetCode',
    inExperimentalZone: 'inExperimentalZone',
    address: 'address',
    operatorName: 'operatorName',
    operatorCreditCode: 'operatorCreditCode',
    certificationTier: 'certifications',
    certificationYear: 'certifications',
    earlierCertifications: 'certifications',
    themes: 'themes',
    landAreaSqm: 'landAreaSqm',
    floorAreaSqm: 'floorAreaSqm',
    rentableAreaSqm: 'rentableAreaSqm',
    contactName: 'contactName',
    contactPhone: 'contactPhone',
    cultivationTier: 'cultivationTier',
    openedOn: 'openedOn',
    notes: 'notes',
  },
  revenue: {
    period: 'period',
    revenueYuan: 'revenueYuan',
    priorYearRevenueYuan: 'priorYearRevenueYuan',
    yoyGrowthReportedPercent: 'yoyGrowthReportedPercent',
    profitYuan: 'profitYuan',
    taxYuan: 'taxYuan',
    employeesAtPeriodEnd: 'employeesAtPeriodEnd',
  },
  tenancies: {
    building: 'building',
    room: 'room',
    leasedAreaSqm: 'leasedAreaSqm',
    movedInOn: 'movedInOn',
    leaseEndsOn: 'leaseEndsOn',
    movedOutOn: 'movedOutOn',
  },
  events: {
    eventTitle: 'title',
    eventType: 'type',
    eventDate: 'date',
    visitors: 'visitors',
  },
  financing: {
    lender: 'lender',
    financingAmountYuan: 'amountYuan',
    financingDate: 'date',
    financingKind: 'kind',
  },
  milestones: {
    milestoneTitle: 'title',
    milestoneDueOn: 'dueOn',
    milestoneStatus: 'status',
    milestoneDoneOn: 'doneOn',
  },
  cultivation: {
    targetYuan: 'targetYuan',
    targetYear: 'targetYear',
    baselineYear: 'baselineYear',
    baselineYuan: 'baselineYuan',
    revenueBase: 'revenueBase',
    notes: 'revenueBaseNote',
  },
};

/** What a row says about the records it points at, to be matched to ids. */
export interface DraftRefs {
  readonly creditCode?: string;
  readonly enterpriseName?: string;
  readonly parkName?: string;
}

export interface RowDraft {
  readonly entity: ImportEntity;
  readonly rowNumber: number;
  /** Model fields the row fills; a blank cell is absent, not undefined. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly refs: DraftRefs;
}

export interface DraftContext {
  /** The year a 规上 column speaks of: the sheet's period or title year when none is given. */
  readonly year?: number;
}

function valueOf(row: NormalisedRow, field: ImportFieldId): NormalisedValue | null | undefined {
  return row.values[field];
}

function textRef(row: NormalisedRow, field: ImportFieldId): string | undefined {
  const value = valueOf(row, field);
  return typeof value === 'string' ? value : undefined;
}

/** The cells a park's certifications are composed from: the latest's tier and year, the earlier ones. */
export const certificationFields: ReadonlySet<ImportFieldId> = new Set([
  'certificationTier',
  'certificationYear',
  'earlierCertifications',
]);

/**
 * Import fields that fill part of a model field (a year's 规上 flag; a park's certifications),
 * composed below rather than copied.
 */
export const composedFields: ReadonlySet<ImportFieldId> = new Set([
  'aboveScale',
  ...certificationFields,
]);

const copiedFields = new Map<ImportEntity, readonly (readonly [ImportFieldId, string])[]>();

/** An entity's copied fields as pairs, listed once: every row of a sheet goes through them. */
function copiedFieldsOf(entity: ImportEntity): readonly (readonly [ImportFieldId, string])[] {
  let pairs = copiedFields.get(entity);
  if (pairs === undefined) {
    pairs = Object.entries(recordFieldOf[entity]).flatMap(([importId, recordField]) => {
      const field = importId as ImportFieldId;
      return composedFields.has(field) ? [] : [[field, recordField] as const];
    });
    copiedFields.set(entity, pairs);
  }
  return pairs;
}

export function draftOfRow(
  entity: ImportEntity,
  sheet: LocatedSheet,
  row: NormalisedRow,
  context: DraftContext = {},
): RowDraft {
  const fields: Record<string, unknown> = {};
  for (const [importId, recordField] of copiedFieldsOf(entity)) {
    const value = valueOf(row, importId);
    if (value === null || value === undefined) continue;
    fields[recordField] = value;
  }
  if (entity === 'enterprises') {
    const aboveScale = valueOf(row, 'aboveScale');
    const year = context.year ?? sheet.titleYear;
    if (typeof aboveScale === 'boolean' && year !== null) {
      fields.aboveScaleByYear = { [String(year)]: aboveScale };
    }
  }
  if (entity === 'parks') {
    const tier = valueOf(row, 'certificationTier');
    const year = valueOf(row, 'certificationYear');
    const earlier = valueOf(row, 'earlierCertifications');
    const certifications = [
      ...(typeof earlier === 'object' && earlier !== null
        ? earlier.flatMap((item) => certificationOfItem(item) ?? [])
        : []),
      ...(typeof tier === 'string' && typeof year === 'number' ? [{ year, tier }] : []),
    ];
    if (certifications.length > 0) fields.certifications = certifications;
  }
  if (entity === 'revenue' && fields.period === undefined && sheet.period !== null) {
    fields.period = sheet.period;
  }
  // Assigned rather than spread from conditional literals: this runs for every row of a sheet.
  const refs: { -readonly [K in keyof DraftRefs]: DraftRefs[K] } = {};
  const creditCode = textRef(row, 'creditCode');
  if (creditCode !== undefined) refs.creditCode = creditCode;
  const enterpriseName = textRef(row, 'enterpriseName');
  if (enterpriseName !== undefined) refs.enterpriseName = enterpriseName;
  const parkName = textRef(row, 'parkName');
  if (parkName !== undefined) refs.parkName = parkName;
  return { entity, rowNumber: row.rowNumber, fields, refs };
}
