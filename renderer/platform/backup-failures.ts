/**
 * Backups to disk happen in the background; when one fails the user must hear of it, since
 * they rely on it. Failures are kept here and shown by the shell (BackupFailureNotice).
 */
import { useSyncExternalStore } from 'react';

let latest: string | null = null;
const listeners = new Set<() => void>();

export function reportBackupFailure(error: unknown): void {
  latest = error instanceof Error ? error.message : String(error);
  for (const listener of listeners) listener();
}

export function dismissBackupFailure(): void {
  latest = null;
  for (const listener of listeners) listener();
}

export function useBackupFailure(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => latest,
  );
}
