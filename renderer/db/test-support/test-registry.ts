/**
 * Registries for tests: each on its own fake IndexedDB, with a clock that advances a minute per
 * reading and sequential ids, so runs are repeatable and failures read well.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import {
  computeCheckCharacter,
  computeOrgCodeCheck,
} from '../../../shared/enterprises/credit-code';
import { openRegistry, type Registry, type RegistryOptions } from '../registry';
import { RegistryError } from '../registry-error';

export function testClock(start = Date.UTC(2024, 10, 1, 0, 0)): () => Date {
  let minutes = 0;
  return () => new Date(start + 60_000 * minutes++);
}

export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next)}`;
}

/** Failures a test can arm: the next write of the `failAt`-th record (0-based) throws. */
export interface FaultSwitch {
  /** Records written (added, put or deleted) since the switch was reset. */
  written: number;
  failAt: number | undefined;
  error: () => Error;
}

function countOf(request: DBCoreMutateRequest): number {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.values.length;
    case 'delete':
      return request.keys.length;
    case 'deleteRange':
      return 1;
  }
}

function truncated(request: DBCoreMutateRequest, count: number): DBCoreMutateRequest | undefined {
  if (count === 0) return undefined;
  switch (request.type) {
    case 'add':
    case 'put':
      return {
        ...request,
        values: request.values.slice(0, count),
        ...(request.keys === undefined ? {} : { keys: request.keys.slice(0, count) }),
      };
    case 'delete':
      return { ...request, keys: request.keys.slice(0, count) };
    case 'deleteRange':
      return undefined;
  }
}

/**
 * A middleware right above IndexedDB that counts records written and, when armed, writes the
 * records before the `failAt`-th of a request and then fails it, as a full disk or a crash
 * would midway.
 */
function faultMiddleware(faults: FaultSwitch): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'test-faults',
    level: 0,
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request) => {
            const count = countOf(request);
            const failAt = faults.failAt;
            const start = faults.written;
            faults.written += count;
            if (failAt === undefined || failAt < start || failAt >= start + count) {
              return table.mutate(request);
            }
            const before = truncated(request, failAt - start);
            if (before !== undefined) await table.mutate(before);
            throw faults.error();
          },
        };
      },
    }),
  };
}

/**
 * Dexie's live queries run only where it found a global indexedDB when it loaded; Node has none.
 * Each test registry brings its own factory, so any will do for that check.
 */
function enableLiveQueries(): void {
  const dependencies = Dexie.dependencies as Partial<typeof Dexie.dependencies>;
  if (dependencies.indexedDB !== undefined) return;
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
}

export interface TestRegistry {
  readonly registry: Registry;
  readonly faults: FaultSwitch;
}

export function testRegistry(options: RegistryOptions = {}): TestRegistry {
  enableLiveQueries();
  const faults: FaultSwitch = {
    written: 0,
    failAt: undefined,
    error: () => new Error('injected failure'),
  };
  const registry = openRegistry({
    name: 'park-ledger-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    clock: testClock(),
    newId: sequentialIds(),
    ...options,
  });
  registry.db.use(faultMiddleware(faults));
  return { registry, faults };
}

/** A valid credit code for test enterprise `n`: its own organisation code, both checks right. */
export function creditCodeFor(n: number): string {
  const body = String(n).padStart(8, '0');
  const first17 = `91110105${body}${computeOrgCodeCheck(body)}`;
  return first17 + computeCheckCharacter(first17);
}

/** Everything the registry stores, table by table: "exactly as before" compares these. */
export async function dumpRegistry(registry: Registry): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of registry.db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/** The RegistryError a registry call rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused with a RegistryError');
}
