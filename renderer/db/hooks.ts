/**
 * Live queries for the UI: each hook re-renders its component when the records it read change
 * (dexie-react-hooks), whoever changed them. They return undefined while loading. Each reads
 * only what it shows: a park's tenants, one enterprise, the totals rows.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { DistrictPeriodTotals, ParkPeriodTotals } from '../../shared/aggregates/report-totals';
import type { CultivationPlan } from '../../shared/cultivation/cultivation-plan';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { ParkEvent } from '../../shared/events/park-event';
import type { ChangeSet } from '../../shared/history/change-set';
import type { RecordHistoryEntry } from '../../shared/history/record-history';
import type { Park } from '../../shared/parks/park';
import type { Period } from '../../shared/periods/period';
import type { ContentTable } from '../../shared/registry/registry-tables';
import { getRegistry, type Registry } from './registry';
import type { DateRange } from './repositories/park-events-repository';
import type { TenantReport } from './repositories/reports-repository';
import type { Tenant } from './repositories/tenancies-repository';
import type { SnapshotInfo } from './stored-rows';
import type { Enterprise } from '../../shared/enterprises/enterprise';
import type { Financing } from '../../shared/financing/financing';
import type { RevenueReport } from '../../shared/reports/revenue-report';
import type { Tenancy } from '../../shared/tenancies/tenancy';

const RegistryReactContext = createContext<Registry | null>(null);

/** Gives the components below a registry other than the app's (tests, previews). */
export function RegistryProvider(props: { registry: Registry; children?: ReactNode }) {
  return createElement(RegistryReactContext.Provider, { value: props.registry }, props.children);
}

export function useRegistry(): Registry {
  return useContext(RegistryReactContext) ?? getRegistry();
}

export function useParks(): Park[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.parks.list(), [registry]);
}

export function usePark(parkId: string | undefined): Park | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (parkId === undefined ? undefined : registry.parks.get(parkId)),
    [registry, parkId],
  );
}

export function useEnterprise(enterpriseId: string | undefined): Enterprise | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (enterpriseId === undefined ? undefined : registry.enterprises.get(enterpriseId)),
    [registry, enterpriseId],
  );
}

/** Every stay of an enterprise in a park, past ones included. */
export function useEnterpriseTenancies(enterpriseId: string): Tenancy[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => registry.tenancies.ofEnterprise(enterpriseId),
    [registry, enterpriseId],
  );
}

/** Every live report of an enterprise, by period. */
export function useEnterpriseReports(enterpriseId: string): RevenueReport[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.reports.ofEnterprise(enterpriseId), [registry, enterpriseId]);
}

export function useEnterpriseFinancings(enterpriseId: string): Financing[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => registry.financings.ofEnterprise(enterpriseId),
    [registry, enterpriseId],
  );
}

/** A park's tenants (housed on `on` when given), by name. */
export function useParkTenants(parkId: string | undefined, on?: IsoDate): Tenant[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (parkId === undefined ? [] : registry.tenancies.tenantsOf(parkId, on)),
    [registry, parkId, on],
  );
}

/** A park's tenants on the period's last day with their reports for it. */
export function useParkReports(
  parkId: string | undefined,
  period: Period | undefined,
): TenantReport[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () =>
      parkId === undefined || period === undefined ? [] : registry.reports.forPark(parkId, period),
    [registry, parkId, period],
  );
}

/** One park's report totals for every period. */
export function useParkTotals(parkId: string | undefined): ParkPeriodTotals[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (parkId === undefined ? [] : registry.totals.ofPark(parkId)),
    [registry, parkId],
  );
}

/** Every park's report totals for a period: the dashboard's table. */
export function useTotalsInPeriod(period: Period): ParkPeriodTotals[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.totals.parksInPeriod(period), [registry, period]);
}

export function useDistrictTotals(): DistrictPeriodTotals[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.totals.districtSeries(), [registry]);
}

export function useCultivationPlans(parkId?: string): CultivationPlan[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () =>
      parkId === undefined
        ? registry.cultivationPlans.list()
        : registry.cultivationPlans.ofPark(parkId),
    [registry, parkId],
  );
}

export function useParkEvents(parkId: string, range: DateRange = {}): ParkEvent[] | undefined {
  const registry = useRegistry();
  const { from, to } = range;
  return useLiveQuery(
    () =>
      registry.parkEvents.ofPark(parkId, {
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      }),
    [registry, parkId, from, to],
  );
}

/** The latest change sets, newest first. */
export function useChangeSets(limit = 100): ChangeSet[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.history.list(limit), [registry, limit]);
}

/** What the Undo and Redo buttons act on now. */
export function useUndoRedo(): { undo?: ChangeSet; redo?: ChangeSet } | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.history.undoRedoTargets(), [registry]);
}

export function useRecordHistory(
  table: ContentTable,
  id: string | undefined,
): RecordHistoryEntry[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (id === undefined ? [] : registry.history.ofRecord(table, id)),
    [registry, table, id],
  );
}

export function useReportHistory(
  enterpriseId: string,
  period: Period,
): RecordHistoryEntry[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => registry.history.ofReport(enterpriseId, period),
    [registry, enterpriseId, period],
  );
}

export function useSnapshots(): SnapshotInfo[] | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.backups.snapshots(), [registry]);
}

/** Whether the demo is loaded (the UI then labels its records 示例 and offers to clear it). */
export function useDemoLoaded(): boolean | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.demo.isLoaded(), [registry]);
}

/** Whether the registry is empty: the app then offers the demo. */
export function useRegistryEmpty(): boolean | undefined {
  const registry = useRegistry();
  return useLiveQuery(() => registry.isEmpty(), [registry]);
}
