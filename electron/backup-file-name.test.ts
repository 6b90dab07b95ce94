import { describe, expect, it } from 'vitest';
import { backupKinds } from '../shared/backup/rotation';
import { backupFileName, parseBackupFileName } from './backup-file-name';

describe('backup file names', () => {
  const createdAtMs = Date.parse('2026-11-27T10:30:05.123Z');

  it('round-trips every kind and the instant to the millisecond', () => {
    for (const kind of backupKinds) {
      const name = backupFileName(kind, createdAtMs);
      expect(parseBackupFileName(name)).toEqual({ kind, createdAtMs });
    }
  });

  it('is safe on Windows and network shares: no colons, no spaces', () => {
    expect(backupFileName('before-import', createdAtMs)).toBe(
      'park-ledger-backup-2026-11-27T10-30-05-123Z-before-import.json',
    );
  });

  it('recognises nothing else, paths and half-written files included', () => {
    const name = backupFileName('daily', createdAtMs);
    for (const other of [
      `${name}.partial`,
      `../${name}`,
      `sub/${name}`,
      'park-ledger-backup-2026-11-27T10-30-05-123Z-weekly.json',
      'park-ledger-backup-2026-02-30T10-30-05-123Z-daily.json',
      'notes.txt',
    ]) {
      expect(parseBackupFileName(other)).toBeNull();
    }
  });
});
