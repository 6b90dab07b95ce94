/**
 * The names of the parks and enterprises the history refers to, read live (deleted ones too),
 * so it says 「莱锦创意产业园」 rather than an id.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { RecordChange } from '../../shared/history/change-set';
import type { FieldChange } from '../../shared/history/record-history';
import { useRegistry } from '../db/hooks';
import type { NameLookup } from './readable-change';

export interface ReferencedIds {
  readonly parkIds: readonly string[];
  readonly enterpriseIds: readonly string[];
}

function collect(parkIds: Set<string>, enterpriseIds: Set<string>, field: string, value: unknown) {
  if (typeof value !== 'string') return;
  if (field === 'parkId') parkIds.add(value);
  if (field === 'enterpriseId') enterpriseIds.add(value);
}

function sortedIds(parkIds: Set<string>, enterpriseIds: Set<string>): ReferencedIds {
  return { parkIds: [...parkIds].sort(), enterpriseIds: [...enterpriseIds].sort() };
}

/** The parks and enterprises named by the records a change set touched. */
export function idsInChanges(changes: readonly RecordChange[]): ReferencedIds {
  const parkIds = new Set<string>();
  const enterpriseIds = new Set<string>();
  for (const change of changes) {
    for (const record of [change.before, change.after]) {
      if (record === undefined) continue;
      for (const [field, value] of Object.entries(record)) {
        collect(parkIds, enterpriseIds, field, value);
      }
    }
  }
  return sortedIds(parkIds, enterpriseIds);
}

/** The parks and enterprises named in a record's field changes (a tenancy's park, say). */
export function idsInFieldChanges(fields: readonly FieldChange[]): ReferencedIds {
  const parkIds = new Set<string>();
  const enterpriseIds = new Set<string>();
  for (const change of fields) {
    collect(parkIds, enterpriseIds, change.field, change.before);
    collect(parkIds, enterpriseIds, change.field, change.after);
  }
  return sortedIds(parkIds, enterpriseIds);
}

export function useRecordNames({ parkIds, enterpriseIds }: ReferencedIds): NameLookup {
  const registry = useRegistry();
  const stored = useLiveQuery(async () => {
    const [parks, enterprises] = await Promise.all([
      Promise.all(parkIds.map((id) => registry.parks.getStored(id))),
      Promise.all(enterpriseIds.map((id) => registry.enterprises.getStored(id))),
    ]);
    return { parks, enterprises };
  }, [registry, parkIds, enterpriseIds]);
  return useMemo(() => {
    const parkNames = new Map<string, string>();
    const enterpriseNames = new Map<string, string>();
    for (const park of stored?.parks ?? []) if (park) parkNames.set(park.id, park.name);
    for (const enterprise of stored?.enterprises ?? []) {
      if (enterprise) enterpriseNames.set(enterprise.id, enterprise.name);
    }
    return {
      parkName: (id) => parkNames.get(id),
      enterpriseName: (id) => enterpriseNames.get(id),
    };
  }, [stored]);
}
