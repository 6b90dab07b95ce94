import { useEffect, useState } from 'react';
import type { InitialsRequest, InitialsResponse } from './initials.worker';

/**
 * 拼音 initials by enterprise id, computed in a worker and cached across renders; names not yet
 * converted are simply not searchable by initials for the moment it takes.
 */
const cache = new Map<string, { name: string; initials: string }>();
/** Lists whose every name is converted: the grid's kept rows are not looked through again. */
const converted = new WeakSet<readonly unknown[]>();
/** Conversions under way, so that the grid and the preparation in advance share one worker. */
const converting = new WeakMap<readonly unknown[], Promise<void>>();

type Entries = readonly { readonly id: string; readonly name: string }[];

/**
 * Converts the names not converted yet in a worker; resolves when the cache holds them all
 * (at once when it does already).
 */
export function convertNameInitials(entries: Entries): Promise<void> {
  if (converted.has(entries)) return Promise.resolve();
  const under = converting.get(entries);
  if (under !== undefined) return under;
  const missing = entries
    .filter((entry) => cache.get(entry.id)?.name !== entry.name)
    .map((entry) => [entry.id, entry.name] as const);
  if (missing.length === 0) {
    converted.add(entries);
    return Promise.resolve();
  }
  const done = new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./initials.worker.ts', import.meta.url), { type: 'module' });
    const names = new Map(missing);
    worker.onmessage = (event: MessageEvent<InitialsResponse>) => {
      for (const [id, initials] of event.data.initials) {
        cache.set(id, { name: names.get(id) ?? '', initials });
      }
      worker.terminate();
      converted.add(entries);
      converting.delete(entries);
      resolve();
    };
    worker.onerror = (error) => {
      worker.terminate();
      converting.delete(entries);
      reject(new Error(`拼音 initials: ${error.message}`));
    };
    worker.postMessage({ names: missing } satisfies InitialsRequest);
  });
  converting.set(entries, done);
  return done;
}

export interface NameInitials {
  /** The same map on every render, filled in as the worker answers. */
  readonly initials: ReadonlyMap<string, { name: string; initials: string }>;
  /** Rises each time initials arrive, for what must look again (a search under way). */
  readonly version: number;
}

export function useNameInitials(entries: Entries): NameInitials {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (converted.has(entries)) return;
    let mounted = true;
    convertNameInitials(entries).then(
      () => {
        if (mounted) setVersion((known) => known + 1);
      },
      () => {
        // Without initials, search still finds names and credit codes.
      },
    );
    return () => {
      mounted = false;
    };
  }, [entries]);
  return { initials: cache, version };
}
