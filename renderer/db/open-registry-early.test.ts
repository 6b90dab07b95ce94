import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import earlyScript from '../public/open-registry-early.js?raw';
import { openRegistry } from './registry';
import { registryDatabaseName } from './registry-db';
import { creditCodeFor } from './test-support/test-registry';
import { anEnterprise } from '../../shared/test-support/builders';

/** Runs the page's early script as index.html does, on `indexedDB`; resolves when its open has ended. */
async function runEarlyScript(indexedDB: IDBFactory): Promise<{ names: string[] }> {
  const names: string[] = [];
  let ended: Promise<unknown> = Promise.resolve();
  const watched = new Proxy(indexedDB, {
    get(target, key) {
      if (key !== 'open') return Reflect.get(target, key) as unknown;
      return (name: string) => {
        names.push(name);
        const request = target.open(name);
        ended = new Promise((resolve) => {
          request.addEventListener('success', resolve);
          request.addEventListener('error', resolve);
        });
        return request;
      };
    },
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the plain script, with `indexedDB` as its global
  const run = new Function('indexedDB', earlyScript) as (indexedDB: IDBFactory) => void;
  run(watched);
  await ended;
  return { names };
}

describe('the early open of the registry (index.html)', () => {
  it('opens the registry by its name and lets a schema upgrade through after it', async () => {
    const indexedDB = new IDBFactory();
    const registry = openRegistry({ indexedDB, IDBKeyRange });
    await registry.enterprises.save(anEnterprise({ creditCode: creditCodeFor(1) }));
    registry.close();

    const { names } = await runEarlyScript(indexedDB);
    expect(names).toEqual([registryDatabaseName]);
    const reopened = openRegistry({ indexedDB, IDBKeyRange });
    expect(await reopened.enterprises.count()).toBe(1);
    reopened.close();

    const upgraded = new Dexie(registryDatabaseName, { indexedDB, IDBKeyRange });
    upgraded.version(99).stores({ probes: 'id' });
    await upgraded.open();
    expect(upgraded.verno).toBe(99);
    upgraded.close();
  });

  it('leaves a fresh profile without a database, for the registry to create at its own version', async () => {
    const indexedDB = new IDBFactory();
    await runEarlyScript(indexedDB);
    expect(await indexedDB.databases()).toEqual([]);

    const registry = openRegistry({ indexedDB, IDBKeyRange });
    expect(await registry.enterprises.count()).toBe(0);
    expect(registry.db.verno).toBe(4);
    registry.close();
  });
});
