/**
 * Names of backup files on disk. The name carries the instant (UTC, so it sorts and never
 * depends on the machine's zone) and the kind, so listing a folder needs no index file and a
 * copy to a network share, which may reset modification times, keeps its date.
 */
import { isBackupKind, type BackupKind } from '../shared/backup/rotation';

/** The renderer's backup export is one JSON document (shared/backup/backup-file.ts). */
export const backupFileExtension = '.json';

const namePattern =
  /^park-ledger-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.json$/;

export function backupFileName(kind: BackupKind, createdAtMs: number): string {
  const stamp = new Date(createdAtMs).toISOString().replace(/[:.]/g, '-');
  return `park-ledger-backup-${stamp}-${kind}${backupFileExtension}`;
}

export interface ParsedBackupName {
  readonly kind: BackupKind;
  readonly createdAtMs: number;
}

/** The kind and instant of a backup file name, or null for any other file (or a path). */
export function parseBackupFileName(fileName: string): ParsedBackupName | null {
  const match = namePattern.exec(fileName);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, kind = ''] = match;
  if (!isBackupKind(kind)) return null;
  const createdAtMs = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  // Date.parse rolls 30 February over into March; only a name we would write is a backup.
  if (Number.isNaN(createdAtMs) || backupFileName(kind, createdAtMs) !== fileName) return null;
  return { kind, createdAtMs };
}
