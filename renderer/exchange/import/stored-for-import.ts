/**
 * Reading the records an import is compared with: the import page sends them to its worker,
 * the round trip plans with them in the page.
 */
import { readIndicatorTables } from '../../db/indicator-tables';
import type { Registry } from '../../db/registry';
import type { StoredForImport } from './import-protocol';

export async function readStoredForImport(registry: Registry): Promise<StoredForImport> {
  const [stored, cultivationPlans] = await Promise.all([
    readIndicatorTables(registry),
    registry.cultivationPlans.list(),
  ]);
  return {
    parks: stored.parks,
    enterprises: stored.enterprises,
    tenancies: stored.tenancies,
    reportYears: stored.reportYears,
    parkEvents: stored.parkEvents,
    financings: stored.financings,
    cultivationPlans,
  };
}
