/**
 * Work on screen that is not in the registry yet (an import under review), so the window title
 * can say so. Forms that save drafts as the user types never count: nothing there can be lost.
 */
import { useEffect, useSyncExternalStore } from 'react';

const unsaved = new Set<string>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function markUnsaved(key: string, isUnsaved: boolean): void {
  const had = unsaved.has(key);
  if (isUnsaved) unsaved.add(key);
  else unsaved.delete(key);
  if (had !== isUnsaved) notify();
}

export function hasUnsavedWork(): boolean {
  return unsaved.size > 0;
}

/** Marks `key` unsaved while `isUnsaved` holds and the component is shown. */
export function useUnsavedWork(key: string, isUnsaved: boolean): void {
  useEffect(() => {
    markUnsaved(key, isUnsaved);
    return () => {
      markUnsaved(key, false);
    };
  }, [key, isUnsaved]);
}

export function useAnyUnsavedWork(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, hasUnsavedWork);
}
