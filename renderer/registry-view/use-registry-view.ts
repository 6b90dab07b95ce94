/**
 * The registry held in memory for the screens that show the whole district at once (dashboard,
 * parks, enterprises): read once for the app, then kept up to date from what each change
 * touched (an edited enterprise re-reads the enterprises, not the ~35,000 report years), indexed
 * once per change, and shared by every page so moving between them costs nothing.
 *
 * Reading it all takes seconds at district scale, so a start first reads the dashboard's opening
 * figures as kept at the last start (renderer/db/start-figures.ts), shows them if they are
 * current, and only then reads the whole registry behind them.
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
import type { DashboardOpening } from '../../shared/indicators/dashboard-figures';
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
import { readDashboardOpening, watchRegistryChange } from '../db/start-figures';

export interface RegistryView {
  readonly records: LiveRecords;
  /** Periods with reports, latest first. */
  readonly periods: readonly Period[];
  /** The registry revision these records are at. */
  readonly revision: number;
}

/**
 * This build of the app, as figures kept for the next start name it: the URL of the bundle, which
 * carries a hash of its content in a release (in development it stays the same across edits).
 */
export const appBuild = import.meta.url;

const RegistryViewContext = createContext<RegistryView | undefined>(undefined);
const DashboardOpeningContext = createContext<DashboardOpening | undefined>(undefined);

type Watched = { readonly registry: Registry } & (
  | {
      readonly kind: 'tables';
      readonly tables: StoredTablesForIndicators;
      readonly revision: number;
    }
  | { readonly kind: 'failed'; readonly error: unknown }
);

interface Opening {
  readonly registry: Registry;
  /** Undefined when none is kept, it is not current, or the registry changed since. */
  readonly opening: DashboardOpening | undefined;
}

export function RegistryViewProvider({ children }: { children?: ReactNode }) {
  const registry = useRegistry();
  const [opening, setOpening] = useState<Opening>();
  const [watched, setWatched] = useState<Watched>();
  useEffect(() => {
    let active = true;
    const settle = (kept: DashboardOpening | undefined) => {
      if (active) setOpening({ registry, opening: kept });
    };
    // Kept figures are current only until the registry changes.
    const stop = watchRegistryChange(registry, () => settle(undefined));
    readDashboardOpening(registry, appBuild).then(settle, () => settle(undefined));
    return () => {
      active = false;
      stop();
    };
  }, [registry]);
  // The whole registry is read once the opening figures are on screen (or known missing), so
  // its seconds of reading do not hold them back.
  const openingRead = opening?.registry === registry;
  useEffect(
    () =>
      openingRead
        ? watchIndicatorTables(
            registry,
            (tables, revision) => setWatched({ registry, kind: 'tables', tables, revision }),
            (error) => setWatched({ registry, kind: 'failed', error }),
          )
        : undefined,
    [registry, openingRead],
  );
  // What was read from another registry (tests, previews swap it) is not this one's.
  const current = watched?.registry === registry ? watched : undefined;
  // A failed read reaches the error boundary, as a failed live query does.
  if (current?.kind === 'failed') throw current.error;
  const tables = current?.tables;
  const revision = current?.revision;
  const reportYears = tables?.reportYears;
  // Periods only move when reports do.
  const periods = useMemo(
    () => (reportYears === undefined ? undefined : reportedPeriodsLatestFirst(reportYears)),
    [reportYears],
  );
  // Records only move when tables do (a change elsewhere moves the revision alone).
  const records = useMemo(
    () => (tables === undefined ? undefined : liveRecordsFromStorage(tables)),
    [tables],
  );
  const view = useMemo(
    () =>
      records === undefined || periods === undefined || revision === undefined
        ? undefined
        : { records, periods, revision },
    [records, periods, revision],
  );
  const kept = view === undefined && openingRead ? opening.opening : undefined;
  return createElement(
    RegistryViewContext.Provider,
    { value: view },
    createElement(DashboardOpeningContext.Provider, { value: kept }, children),
  );
}

/** Undefined while the first read is under way. */
export function useRegistryView(): RegistryView | undefined {
  return useContext(RegistryViewContext);
}

/**
 * The dashboard's opening figures as kept at the last start, while the registry is being read
 * and only if they are current; undefined otherwise.
 */
export function useDashboardOpening(): DashboardOpening | undefined {
  return useContext(DashboardOpeningContext);
}
