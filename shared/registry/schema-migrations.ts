/**
 * The registry's schema versions and the pure functions that carry stored content from one to
 * the next. The database upgrade and the restore of an older backup both call them, so a
 * record is migrated the same way whichever path it takes.
 *
 * v1 stored one record per report and period. v2 packs reports per enterprise and year (see
 * reports/report-storage) and adds the change history and report totals.
 */
import type { CultivationPlan } from '../cultivation/cultivation-plan';
import type { Enterprise } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import type { Park } from '../parks/park';
import { packReports } from '../reports/report-storage';
import type { RevenueReport } from '../reports/revenue-report';
import type { Tenancy } from '../tenancies/tenancy';
import type { StoredTables } from './registry-tables';

/** The schema version this code stores; older registries and backups are migrated to it. */
export const currentSchemaVersion = 2;

export interface StoredTablesV1 {
  parks: Park[];
  enterprises: Enterprise[];
  tenancies: Tenancy[];
  reports: RevenueReport[];
  cultivationPlans: CultivationPlan[];
  parkEvents: ParkEvent[];
  financings: Financing[];
}

/** v1 → v2: reports packed into one record per enterprise and year; other tables unchanged. */
export function migrateV1ToV2(v1: StoredTablesV1): StoredTables {
  return {
    parks: v1.parks,
    enterprises: v1.enterprises,
    tenancies: v1.tenancies,
    reportYears: packReports(v1.reports),
    cultivationPlans: v1.cultivationPlans,
    parkEvents: v1.parkEvents,
    financings: v1.financings,
  };
}
