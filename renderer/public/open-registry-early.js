// @ts-check
/*
 * Asks IndexedDB to open the registry before the app's modules have even loaded. On a cold start
 * the browser takes 200–350 ms (measured here) to open its store on disk, and the app cannot ask
 * until all its modules have loaded and run; asked here, that wait overlaps with theirs, and
 * Dexie's own open then finds the store open. A plain script, not one of the app's modules: a
 * module would only run once the app's other modules had loaded.
 *
 * The name is the registry's (renderer/db/registry-db.ts, registryDatabaseName; a test holds the
 * two together).
 */
{
  const request = indexedDB.open('park-ledger');
  // A fresh profile: creating the registry, at its own version, is Dexie's to do.
  request.onupgradeneeded = () => {
    request.transaction?.abort();
  };
  // Closed at once, so that it never holds up a schema upgrade or a deletion.
  request.onsuccess = () => {
    request.result.close();
  };
}
