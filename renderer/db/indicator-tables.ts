/**
 * The whole registry's content as the indicators need it. The dashboard and the enterprises grid
 * hold this in memory: tens of thousands of records. Reading it all costs seconds at district
 * scale, so a change re-reads only the tables it touched and the others keep their identity.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { StoredTablesForIndicators } from '../../shared/indicators/stored-records';
import type { Registry } from './registry';

export const indicatorTableNames = [
  'parks',
  'enterprises',
  'tenancies',
  'reportYears',
  'parkEvents',
  'financings',
] as const satisfies readonly (keyof StoredTablesForIndicators)[];

export type IndicatorTableName = (typeof indicatorTableNames)[number];

/** Some tables and the revision they are at, in one transaction. */
export async function readTablesAtRevision(
  registry: Registry,
  names: readonly IndicatorTableName[],
): Promise<{ tables: Partial<StoredTablesForIndicators>; revision: number }> {
  const { db } = registry;
  return db.transaction('r', [db.registryState, ...names.map((name) => db[name])], async () => {
    const [revision, ...read] = await Promise.all([
      db.registryState.get('revision'),
      ...names.map((name) => db[name].toArray()),
    ]);
    return {
      tables: Object.fromEntries(names.map((name, index) => [name, read[index]])),
      revision: revision?.value ?? 0,
    };
  });
}

export async function readIndicatorTables(registry: Registry): Promise<StoredTablesForIndicators> {
  return (await readTablesAtRevision(registry, indicatorTableNames))
    .tables as StoredTablesForIndicators;
}

/** The tables a committed change touched, from Dexie's `idb://<db>/<table>/<index>` parts. */
export function touchedIndicatorTables(
  databaseName: string,
  parts: ObservabilitySet,
): IndicatorTableName[] {
  const keys = Object.keys(parts);
  return indicatorTableNames.filter((name) =>
    keys.some((key) => key.startsWith(`idb://${databaseName}/${name}/`)),
  );
}

/**
 * Reads every table once, then after each change (here or in another window) re-reads just the
 * tables it touched and hands over the whole set: tables a change did not touch are the same
 * arrays as before (and the same object when it touched none, as a cultivation plan's edit),
 * with the registry revision they are at. Changes that arrive during a read are read next.
 * Returns the unsubscribe.
 */
export function watchIndicatorTables(
  registry: Registry,
  onTables: (tables: StoredTablesForIndicators, revision: number) => void,
  onError: (error: unknown) => void,
): () => void {
  let current: Partial<StoredTablesForIndicators> = {};
  let pending = new Set<IndicatorTableName>(indicatorTableNames);
  let revisionPending = true;
  let reading = false;
  let active = true;
  // Asked, not narrowed: a stop can come during any await.
  const isActive = () => active;
  const revisionPart = `idb://${registry.db.name}/registryState/`;

  const readPending = async (): Promise<void> => {
    if (reading || !isActive() || (pending.size === 0 && !revisionPending)) return;
    reading = true;
    const names = [...pending];
    pending = new Set();
    revisionPending = false;
    try {
      const read = await readTablesAtRevision(registry, names);
      if (isActive()) {
        if (names.length > 0) current = { ...current, ...read.tables };
        onTables(current as StoredTablesForIndicators, read.revision);
      }
    } catch (error) {
      if (isActive()) onError(error);
    } finally {
      reading = false;
    }
    await readPending();
  };

  const onMutated = (parts: ObservabilitySet) => {
    for (const name of touchedIndicatorTables(registry.db.name, parts)) pending.add(name);
    if (Object.keys(parts).some((key) => key.startsWith(revisionPart))) revisionPending = true;
    void readPending();
  };
  // Subscribed before the first read, so a change committed while it runs is read after it.
  Dexie.on.storagemutated.subscribe(onMutated);
  void readPending();
  return () => {
    active = false;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
