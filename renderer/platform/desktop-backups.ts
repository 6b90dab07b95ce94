/**
 * The registry's backups on the desktop's disk: its automatic snapshots (before an import, a
 * restore, a schema upgrade) are written to the backup folder as well as kept in IndexedDB, and
 * the daily backup main asks for is the registry's export. The browser twin has no folder.
 */
import type { BackupDocument } from '../../shared/backup/backup-file';
import type { DesktopApi, WrittenBackup } from '../../shared/desktop/desktop-api';
import type { SnapshotSink } from '../db/registry-context';

type BackupWriter = Pick<DesktopApi, 'writeBackup'>;

const encoder = new TextEncoder();

/**
 * The sink to open the registry with (RegistryOptions.snapshotSink): undefined in the browser.
 * The document is written as the JSON it is stored as, whichever schema version it has, so a
 * snapshot taken before an upgrade restores as the old version it is.
 */
export function desktopSnapshotSink(
  desktop: BackupWriter | undefined,
  onFailure: (error: unknown) => void,
): SnapshotSink | undefined {
  if (desktop === undefined) return undefined;
  return (snapshot, document: BackupDocument) => {
    desktop
      .writeBackup({ kind: snapshot.kind, bytes: encoder.encode(JSON.stringify(document)) })
      .catch(onFailure);
  };
}

/** Answers main's `dailyBackupDue` with the registry's export (BackupRepository.exportBackup). */
export async function writeDailyBackup(
  desktop: BackupWriter,
  exportBackup: () => Promise<{ readonly text: string }>,
): Promise<WrittenBackup> {
  const { text } = await exportBackup();
  return desktop.writeBackup({ kind: 'daily', bytes: encoder.encode(text) });
}
