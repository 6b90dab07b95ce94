/**
 * The parks this user manages, kept in this browser profile: the parks list can show only
 * them. A park manager's laptop serves one or a few parks; the district office leaves it empty.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

const storageKey = 'park-ledger.my-parks';
const listeners = new Set<() => void>();

export function readMyParks(storage: Pick<Storage, 'getItem'> = localStorage): readonly string[] {
  try {
    const parsed = z.array(z.string()).safeParse(JSON.parse(storage.getItem(storageKey) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

let cached: { text: string | null; ids: readonly string[] } = { text: null, ids: [] };

function snapshot(): readonly string[] {
  const text = localStorage.getItem(storageKey);
  if (text !== cached.text) cached = { text, ids: readMyParks() };
  return cached.ids;
}

export function writeMyParks(ids: readonly string[]): void {
  localStorage.setItem(storageKey, JSON.stringify([...new Set(ids)]));
  for (const listener of listeners) listener();
}

export function useMyParks(): readonly string[] {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, snapshot);
}
