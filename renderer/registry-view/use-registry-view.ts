/**
 * The registry held in memory for the screens that show the whole district at once (dashboard,
 * parks, enterprises): read once for the app, then kept up to date from what each change
 * touched (an edited enterprise re-reads the enterprises, not the ~35,000 report years), indexed
 * once per change, and shared by every page so moving between them costs nothing.
 */
import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import {
  liveRecordsFromStorage,
  reportedPeriodsLatestFirst,
  type StoredTablesForIndicators,
} from '../../shared/indicators/stored-records';
import type { Period } from '../../shared/periods/period';
import { useRegistry } from '../db/hooks';
import { watchIndicatorTables } from '../db/indicator-tables';
import type { Registry } from '../db/registry';

export interface RegistryView {
  readonly records: LiveRecords;
  /** Periods with reports, latest first. */
  readonly periods: readonly Period[];
}

const RegistryViewContext = createContext<RegistryView | undefined>(undefined);

type Watched = { readonly registry: Registry } & (
  | { readonly kind: 'tables'; readonly tables: StoredTablesForIndicators }
  | { readonly kind: 'failed'; readonly error: unknown }
);

export function RegistryViewProvider({ children }: { children?: ReactNode }) {
  const registry = useRegistry();
  const [watched, setWatched] = useState<Watched>();
  useEffect(
    () =>
      watchIndicatorTables(
        registry,
        (tables) => setWatched({ registry, kind: 'tables', tables }),
        (error) => setWatched({ registry, kind: 'failed', error }),
      ),
    [registry],
  );
  // What was read from another registry (tests, previews swap it) is not this one's.
  const current = watched?.registry === registry ? watched : undefined;
  // A failed read reaches the error boundary, as a failed live query does.
  if (current?.kind === 'failed') throw current.error;
  const tables = current?.tables;
  const reportYears = tables?.reportYears;
  // Periods only move when reports do.
  const periods = useMemo(
    () => (reportYears === undefined ? undefined : reportedPeriodsLatestFirst(reportYears)),
    [reportYears],
  );
  const view = useMemo(
    () =>
      tables === undefined || periods === undefined
        ? undefined
        : { records: liveRecordsFromStorage(tables), periods },
    [tables, periods],
  );
  return createElement(RegistryViewContext.Provider, { value: view }, children);
}

/** Undefined while the first read is under way. */
export function useRegistryView(): RegistryView | undefined {
  return useContext(RegistryViewContext);
}
