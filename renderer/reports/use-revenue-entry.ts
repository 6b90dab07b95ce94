/**
 * The live rows of 营收填报 for a park and period: read through the repositories, refreshed
 * whenever a report, tenancy or enterprise they show changes (an edit here, an import, an undo).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { previousPeriodInYear, samePeriodLastYear, type Period } from '../../shared/periods/period';
import { useRegistry } from '../db/hooks';
import type { Registry } from '../db/registry';
import { revenueEntryRow, type RevenueEntryRow } from './revenue-entry-rows';

async function loadRows(registry: Registry, parkId: string, period: Period) {
  const tenants = await registry.reports.forPark(parkId, period);
  const previousPeriod = previousPeriodInYear(period);
  const lastYearPeriod = samePeriodLastYear(period);
  const [previous, lastYear] = await Promise.all([
    Promise.all(
      tenants.map((tenant) =>
        previousPeriod === null
          ? Promise.resolve(undefined)
          : registry.reports.get(tenant.enterprise.id, previousPeriod),
      ),
    ),
    Promise.all(
      tenants.map((tenant) => registry.reports.get(tenant.enterprise.id, lastYearPeriod)),
    ),
  ]);
  return tenants.map((tenant, index) =>
    revenueEntryRow({
      enterprise: tenant.enterprise,
      report: tenant.report,
      previous: previous[index],
      lastYear: lastYear[index],
    }),
  );
}

/** The rows, undefined while loading; none until a park and period are chosen. */
export function useRevenueEntryRows(
  parkId: string | undefined,
  period: Period | undefined,
): RevenueEntryRow[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (parkId === undefined || period === undefined ? [] : loadRows(registry, parkId, period)),
    [registry, parkId, period],
  );
}
