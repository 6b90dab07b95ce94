/**
 * The registry's stored tables: which records each holds and the schema a stored record must
 * satisfy. A backup is these tables as they are; the change history refers to records by table
 * and id. Reports are stored packed per enterprise and year (see reports/report-storage).
 */
import type { z } from 'zod';
import { cultivationPlanSchema, type CultivationPlan } from '../cultivation/cultivation-plan';
import { enterpriseSchema, type Enterprise } from '../enterprises/enterprise';
import { parkEventSchema, type ParkEvent } from '../events/park-event';
import { financingSchema, type Financing } from '../financing/financing';
import { parkSchema, type Park } from '../parks/park';
import type { RevenueReport } from '../reports/revenue-report';
import { reportYearSchema, type ReportYear } from '../reports/report-storage';
import { tenancySchema, type Tenancy } from '../tenancies/tenancy';
import type { LocalizedText } from '../text/localized-text';

/** Tables whose records carry RecordMeta directly: one domain record per stored record. */
export const versionedTables = [
  'parks',
  'enterprises',
  'tenancies',
  'cultivationPlans',
  'parkEvents',
  'financings',
] as const;
export type VersionedTable = (typeof versionedTables)[number];

/** Every table of registry content, in the order a restore writes them (referenced first). */
export const contentTables = [
  'parks',
  'enterprises',
  'tenancies',
  'reportYears',
  'cultivationPlans',
  'parkEvents',
  'financings',
] as const;
export type ContentTable = (typeof contentTables)[number];

export interface StoredRecords {
  parks: Park;
  enterprises: Enterprise;
  tenancies: Tenancy;
  reportYears: ReportYear;
  cultivationPlans: CultivationPlan;
  parkEvents: ParkEvent;
  financings: Financing;
}

export type StoredRecord = StoredRecords[ContentTable];

/** A stored record that carries RecordMeta itself (everything but report years). */
export type VersionedRecord = StoredRecords[VersionedTable];

export const storedRecordSchemas = {
  parks: parkSchema,
  enterprises: enterpriseSchema,
  tenancies: tenancySchema,
  reportYears: reportYearSchema,
  cultivationPlans: cultivationPlanSchema,
  parkEvents: parkEventSchema,
  financings: financingSchema,
} as const satisfies { [T in ContentTable]: z.ZodType<StoredRecords[T]> };

/** The schema of one table's records, typed for code that loops over tables. */
export function storedSchemaOf<T extends ContentTable>(table: T): z.ZodType<StoredRecords[T]> {
  return storedRecordSchemas[table] as unknown as z.ZodType<StoredRecords[T]>;
}

export const contentTableLabels: Readonly<Record<ContentTable, LocalizedText>> = {
  parks: { zh: '园区', en: 'Parks' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  tenancies: { zh: '入驻记录', en: 'Tenancies' },
  reportYears: { zh: '报表', en: 'Reports' },
  cultivationPlans: { zh: '培育计划', en: 'Cultivation plans' },
  parkEvents: { zh: '园区活动', en: 'Park events' },
  financings: { zh: '融资', en: 'Financing' },
};

/**
 * The registry's content in domain shape, one report per period: what the demo generator
 * produces and a bulk load takes.
 */
export interface RegistryRecords {
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
  readonly tenancies: readonly Tenancy[];
  readonly reports: readonly RevenueReport[];
  readonly plans: readonly CultivationPlan[];
  readonly events: readonly ParkEvent[];
  readonly financings: readonly Financing[];
}

/** The content tables as stored: reports packed into year records. */
export type StoredTables = { [T in ContentTable]: StoredRecords[T][] };

/** One key naming a record across tables, as the history indexes it. */
export function recordKey(table: ContentTable, id: string): string {
  return `${table}:${id}`;
}

export function isContentTable(value: string): value is ContentTable {
  return (contentTables as readonly string[]).includes(value);
}

/** The tables whose records name an enterprise or a park, and the field that does. */
export const references = [
  { table: 'tenancies', field: 'enterpriseId', target: 'enterprises' },
  { table: 'tenancies', field: 'parkId', target: 'parks' },
  { table: 'reportYears', field: 'enterpriseId', target: 'enterprises' },
  { table: 'financings', field: 'enterpriseId', target: 'enterprises' },
  { table: 'cultivationPlans', field: 'parkId', target: 'parks' },
  { table: 'parkEvents', field: 'parkId', target: 'parks' },
] as const satisfies readonly {
  table: ContentTable;
  field: string;
  target: 'enterprises' | 'parks';
}[];

export type Reference = (typeof references)[number];

/** The id a record names through a reference. */
export function referencedId(reference: Reference, record: StoredRecord): string {
  return (record as unknown as Record<string, string>)[reference.field] ?? '';
}
