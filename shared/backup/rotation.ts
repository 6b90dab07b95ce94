/**
 * Which backups on disk to keep. Scheduled (daily) backups are thinned grandfather-father-son
 * style: the newest of each of the 7 most recent days, 4 most recent ISO weeks and 12 most recent
 * months that have one. Backups taken before an import, a restore or a schema upgrade, and those
 * the user asked for, are kept 30 days. Buckets count days that have a backup, not calendar days,
 * so an office that leaves the app closed for a month does not come back to an empty folder.
 */

export const backupKinds = [
  'daily',
  'manual',
  'before-import',
  'before-restore',
  'before-upgrade',
] as const;

export type BackupKind = (typeof backupKinds)[number];

export function isBackupKind(value: string): value is BackupKind {
  return (backupKinds as readonly string[]).includes(value);
}

export const rotationPolicy = {
  dailyKept: 7,
  weeklyKept: 4,
  monthlyKept: 12,
  /** How long pre-operation and manual backups are kept, whatever their number. */
  keptForDays: 30,
} as const;

/** China has one time zone and no daylight saving: a park office's day starts at 00:00 UTC+8. */
export const chinaStandardTimeOffsetMinutes = 8 * 60;

export interface RotatableBackup {
  readonly kind: BackupKind;
  readonly createdAtMs: number;
}

export interface RotationPlan<T extends RotatableBackup> {
  readonly keep: readonly T[];
  readonly remove: readonly T[];
}

const dayMs = 24 * 60 * 60 * 1000;

export interface LocalCalendar {
  day: string;
  week: string;
  month: string;
}

/** Calendar keys of an instant at a fixed UTC offset; weeks are ISO weeks (Monday first). */
export function localCalendar(instantMs: number, utcOffsetMinutes: number): LocalCalendar {
  const local = new Date(instantMs + utcOffsetMinutes * 60_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(Date.UTC(year, month - 1, day + 4 - weekday));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / dayMs + 1) / 7);
  return {
    day: `${year}-${month}-${day}`,
    week: `${weekYear}-W${week}`,
    month: `${year}-${month}`,
  };
}

const scheduledBuckets = [
  { key: 'day', limit: rotationPolicy.dailyKept },
  { key: 'week', limit: rotationPolicy.weeklyKept },
  { key: 'month', limit: rotationPolicy.monthlyKept },
] as const;

/**
 * Splits backups into those to keep and those to delete at `nowMs`. The newest backup of all is
 * always kept, so rotation can never leave the folder empty.
 */
export function planRotation<T extends RotatableBackup>(
  backups: readonly T[],
  nowMs: number,
  utcOffsetMinutes: number = chinaStandardTimeOffsetMinutes,
): RotationPlan<T> {
  const newestFirst = [...backups].sort((a, b) => b.createdAtMs - a.createdAtMs);
  const kept = new Set<T>(newestFirst.slice(0, 1));

  const scheduled = newestFirst.filter((backup) => backup.kind === 'daily');
  for (const bucket of scheduledBuckets) {
    const seen = new Set<string>();
    for (const backup of scheduled) {
      const key = localCalendar(backup.createdAtMs, utcOffsetMinutes)[bucket.key];
      if (seen.has(key)) continue;
      if (seen.size === bucket.limit) break;
      seen.add(key);
      kept.add(backup);
    }
  }

  const keptUntilMs = rotationPolicy.keptForDays * dayMs;
  for (const backup of newestFirst) {
    if (backup.kind !== 'daily' && nowMs - backup.createdAtMs <= keptUntilMs) kept.add(backup);
  }

  return {
    keep: newestFirst.filter((backup) => kept.has(backup)),
    remove: newestFirst.filter((backup) => !kept.has(backup)),
  };
}
