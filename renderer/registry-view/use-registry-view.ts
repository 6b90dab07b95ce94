/**
 * The registry held in memory for the screens that show the whole district at once (dashboard,
 * parks, enterprises): read once for the app, re-read when any of its tables changes, indexed
 * once per read, and shared by every page so moving between them costs nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
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

const RegistryViewContext = createContext<RegistryView | undefined>(undefined);

export function RegistryViewProvider({ children }: { children?: ReactNode }) {
  const registry = useRegistry();
  const tables = useLiveQuery(() => readIndicatorTables(registry), [registry]);
  const view = useMemo(
    () =>
      tables === undefined
        ? undefined
        : {
            records: liveRecordsFromStorage(tables),
            periods: reportedPeriodsLatestFirst(tables.reportYears),
          },
    [tables],
  );
  return createElement(RegistryViewContext.Provider, { value: view }, children);
}

/** Undefined while the first read is under way. */
export function useRegistryView(): RegistryView | undefined {
  return useContext(RegistryViewContext);
}
