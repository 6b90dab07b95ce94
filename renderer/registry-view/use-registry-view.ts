/**
 * The registry held in memory for the screens that show the whole district at once (dashboard,
 * enterprises grid): re-read when any of its tables changes, indexed once per read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import {
  liveRecordsFromStorage,
  reportedPeriodsLatestFirst,
} from '../../shared/indicators/stored-records';
import type { Period } from '../../shared/periods/period';
import { useRegistry } from '../db/hooks';
import { readIndicatorTables } from '../db/indicator-tables';

export interface RegistryView {
  readonly records: LiveRecords;
  /** Periods with reports, latest first. */
  readonly periods: readonly Period[];
}

/** Undefined while the first read is under way. */
export function useRegistryView(): RegistryView | undefined {
  const registry = useRegistry();
  const tables = useLiveQuery(() => readIndicatorTables(registry), [registry]);
  return useMemo(
    () =>
      tables === undefined
        ? undefined
        : {
            records: liveRecordsFromStorage(tables),
            periods: reportedPeriodsLatestFirst(tables.reportYears),
          },
    [tables],
  );
}
