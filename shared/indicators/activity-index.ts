/**
 * Financings by enterprise position (enterprise-index.ts) and events by park, built once per set
 * of records, so that a park's figures need not look at every financing and event.
 */
import type { Enterprise } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import {
  dependentIndex,
  emptySlots,
  enterpriseIndexOf,
  type DependentCache,
} from './enterprise-index';

/** By position: the enterprise's financings in record order, or undefined for none. */
export type FinancingsByPosition = readonly (readonly Financing[] | undefined)[];

const financingIndexes: DependentCache<readonly Financing[], FinancingsByPosition> = new WeakMap();

export function financingsByPositionOf(records: {
  readonly financings: readonly Financing[];
  readonly enterprises: readonly Enterprise[];
}): FinancingsByPosition {
  const enterprises = enterpriseIndexOf(records.enterprises);
  return dependentIndex(financingIndexes, records.financings, enterprises, () => {
    const byPosition = emptySlots<Financing[]>(enterprises.enterprises.length);
    for (const financing of records.financings) {
      const position = enterprises.positionOf.get(financing.enterpriseId);
      if (position === undefined) continue;
      (byPosition[position] ??= []).push(financing);
    }
    return byPosition;
  });
}

const eventIndexes = new WeakMap<readonly ParkEvent[], ReadonlyMap<string, readonly ParkEvent[]>>();

/** Events by park id, in record order. */
export function eventsByParkOf(
  events: readonly ParkEvent[],
): ReadonlyMap<string, readonly ParkEvent[]> {
  let byPark = eventIndexes.get(events);
  if (byPark === undefined) {
    const grouped = new Map<string, ParkEvent[]>();
    for (const event of events) {
      const ofPark = grouped.get(event.parkId);
      if (ofPark === undefined) grouped.set(event.parkId, [event]);
      else ofPark.push(event);
    }
    byPark = grouped;
    eventIndexes.set(events, byPark);
  }
  return byPark;
}
