/**
 * The dashboard's opening figures kept between starts. Reading the whole registry takes seconds
 * at district scale; these few kilobytes are shown at once instead, but only while they are
 * current: computed at the registry's present revision (every committed write, undo, redo,
 * restore and demo load raises it) by this very build of the app (a new release may define a
 * figure differently). Anything else is not read at all.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { DashboardOpening } from '../../shared/indicators/dashboard-figures';
import type { Registry } from './registry';

/** The kept opening figures, if they are current; read with the revision in one transaction. */
export async function readDashboardOpening(
  registry: Registry,
  build: string,
): Promise<DashboardOpening | undefined> {
  const { db } = registry;
  return db.transaction('r', db.registryState, db.startFigures, async () => {
    const [revision, row] = await Promise.all([
      db.registryState.get('revision'),
      db.startFigures.get('dashboard'),
    ]);
    const current = row?.revision === (revision?.value ?? 0) && row.build === build;
    return current ? row.opening : undefined;
  });
}

/** Keeps the opening figures computed from the registry as read at `revision`. */
export async function keepDashboardOpening(
  registry: Registry,
  revision: number,
  build: string,
  opening: DashboardOpening,
): Promise<void> {
  await registry.db.startFigures.put({ key: 'dashboard', revision, build, opening });
}

/**
 * Calls `onChange` once the registry's content changes (here or in another window): from then on
 * figures read before are no longer current. Returns the unsubscribe.
 */
export function watchRegistryChange(registry: Registry, onChange: () => void): () => void {
  const revisionPart = `idb://${registry.db.name}/registryState/`;
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(revisionPart))) onChange();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => {
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
