/**
 * The daily backup: main keeps the calendar, the renderer owns the data. On start and then
 * hourly (a laptop that slept through midnight still gets its backup) main checks whether today
 * already has a daily backup and, if not, asks the renderer once for it with `dailyBackupDue`;
 * the renderer answers with `writeBackup({ kind: 'daily' })`.
 */
import { localCalendar, type RotatableBackup } from '../shared/backup/rotation';
import type { BackupFileInfo, MenuCommand } from '../shared/desktop/desktop-api';

export const backupCheckIntervalMs = 60 * 60 * 1000;

/** True when no daily backup was written on the office's current day. */
export function isDailyBackupDue(
  backups: readonly RotatableBackup[],
  nowMs: number,
  utcOffsetMinutes: number,
): boolean {
  const today = localCalendar(nowMs, utcOffsetMinutes).day;
  return !backups.some(
    (backup) =>
      backup.kind === 'daily' && localCalendar(backup.createdAtMs, utcOffsetMinutes).day === today,
  );
}

export interface BackupScheduleServices {
  readonly listBackups: () => Promise<{ backups: readonly BackupFileInfo[] }>;
  readonly send: (command: MenuCommand) => void;
  readonly nowMs: () => number;
  readonly utcOffsetMinutes: () => number;
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
}

export function createDailyBackupSchedule(services: BackupScheduleServices) {
  let requestedOn: string | null = null;
  let handle: unknown = null;

  async function check(): Promise<void> {
    const nowMs = services.nowMs();
    const offset = services.utcOffsetMinutes();
    const today = localCalendar(nowMs, offset).day;
    if (requestedOn === today) return;
    let due: boolean;
    try {
      const { backups } = await services.listBackups();
      due = isDailyBackupDue(
        backups.map((backup) => ({ kind: backup.kind, createdAtMs: Date.parse(backup.createdAt) })),
        nowMs,
        offset,
      );
    } catch {
      // The folder cannot be listed (a share that is down): ask anyway, so the renderer's
      // attempt shows the user why there is no backup today.
      due = true;
    }
    if (!due) return;
    requestedOn = today;
    services.send({ command: 'dailyBackupDue' });
  }

  return {
    check,
    start(): void {
      void check();
      handle ??= services.setInterval(() => void check(), backupCheckIntervalMs);
    },
    stop(): void {
      if (handle !== null) services.clearInterval(handle);
      handle = null;
    },
  };
}
