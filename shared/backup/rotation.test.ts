import { describe, expect, it } from 'vitest';
import { planRotation, rotationPolicy, type BackupKind } from './rotation';

const dayMs = 24 * 60 * 60 * 1000;

interface TestBackup {
  readonly name: string;
  readonly kind: BackupKind;
  readonly createdAtMs: number;
}

/** A backup taken at a Beijing wall-clock time, e.g. '2026-11-27 09:00'. */
function backupAt(beijingTime: string, kind: BackupKind = 'daily'): TestBackup {
  return {
    name: `${kind}@${beijingTime}`,
    kind,
    createdAtMs: Date.parse(`${beijingTime.replace(' ', 'T')}:00+08:00`),
  };
}

/** One daily backup at 09:00 Beijing time on each of `days` days ending on `lastDay`. */
function dailyBackupsUntil(lastDay: string, days: number): TestBackup[] {
  const lastMs = Date.parse(`${lastDay}T09:00:00+08:00`);
  return Array.from({ length: days }, (_, index) => {
    const createdAtMs = lastMs - index * dayMs;
    return { name: new Date(createdAtMs).toISOString(), kind: 'daily', createdAtMs };
  });
}

const names = (backups: readonly TestBackup[]) => backups.map((backup) => backup.name);

function beijingDate(createdAtMs: number): Date {
  return new Date(createdAtMs + 8 * 60 * 60 * 1000);
}

describe('backup rotation', () => {
  it('keeps the newest backup of each of the last 7 days that have one', () => {
    const backups = dailyBackupsUntil('2026-11-27', 10);
    const now = Date.parse('2026-11-27T12:00:00+08:00');
    const { keep } = planRotation(backups, now);
    for (const backup of backups.slice(0, rotationPolicy.dailyKept)) {
      expect(keep).toContain(backup);
    }
  });

  it('keeps only the newest of several backups on the same day', () => {
    const morning = backupAt('2026-11-27 08:00');
    const evening = backupAt('2026-11-27 20:00');
    const earlier = dailyBackupsUntil('2026-11-26', 6);
    const { keep, remove } = planRotation(
      [morning, evening, ...earlier],
      Date.parse('2026-11-27T21:00:00+08:00'),
    );
    expect(keep).toContain(evening);
    expect(remove).toEqual([morning]);
  });

  it('thins a year of dailies to 7 days, 4 weeks and 12 months', () => {
    const backups = dailyBackupsUntil('2026-11-27', 400);
    const now = Date.parse('2026-11-27T12:00:00+08:00');
    const { keep, remove } = planRotation(backups, now);

    const distinct = (key: (date: Date) => string) =>
      new Set(keep.map((b) => key(beijingDate(b.createdAtMs))));
    expect(distinct((d) => d.toISOString().slice(0, 7)).size).toBeGreaterThanOrEqual(
      rotationPolicy.monthlyKept,
    );
    // Each kept backup is the newest of its day, week or month, so there are at most 7+4+12.
    expect(keep.length).toBeLessThanOrEqual(
      rotationPolicy.dailyKept + rotationPolicy.weeklyKept + rotationPolicy.monthlyKept,
    );
    expect(keep.length + remove.length).toBe(backups.length);
    // The oldest kept monthly is the last day of the 12th most recent month (December 2025).
    const oldestKept = beijingDate(Math.min(...keep.map((b) => b.createdAtMs)));
    expect(oldestKept.toISOString().slice(0, 10)).toBe('2025-12-31');
  });

  it('keeps the newest backup of each of the 4 most recent ISO weeks', () => {
    // 2026-11-23 is a Monday; the week before ends on Sunday 2026-11-22.
    const backups = dailyBackupsUntil('2026-11-27', 35);
    const { keep } = planRotation(backups, Date.parse('2026-11-27T12:00:00+08:00'));
    const keptDays = names(keep).map((name) =>
      beijingDate(Date.parse(name)).toISOString().slice(0, 10),
    );
    for (const sunday of ['2026-11-22', '2026-11-15', '2026-11-08']) {
      expect(keptDays).toContain(sunday);
    }
    expect(keptDays).not.toContain('2026-11-01');
    expect(keptDays).not.toContain('2026-11-16');
  });

  it('keeps pre-operation and manual backups for 30 days, whatever their number', () => {
    const now = Date.parse('2026-11-27T12:00:00+08:00');
    const recent = Array.from({ length: 20 }, (_, index) =>
      backupAt(`2026-11-${String(index + 1).padStart(2, '0')} 10:00`, 'before-import'),
    );
    const within = backupAt('2026-10-29 12:00', 'before-restore');
    const tooOld = backupAt('2026-10-28 11:00', 'before-upgrade');
    const oldManual = backupAt('2026-10-01 11:00', 'manual');
    const { keep, remove } = planRotation([...recent, within, tooOld, oldManual], now);
    expect(keep).toEqual(expect.arrayContaining([...recent, within]));
    expect(remove).toEqual([tooOld, oldManual]);
  });

  it('does not count pre-operation backups toward the daily ones', () => {
    const dailies = dailyBackupsUntil('2026-11-20', 8);
    const beforeImport = backupAt('2026-11-27 10:00', 'before-import');
    const { keep } = planRotation(
      [beforeImport, ...dailies],
      Date.parse('2026-11-27T12:00:00+08:00'),
    );
    expect(keep).toEqual(expect.arrayContaining([beforeImport, ...dailies.slice(0, 7)]));
  });

  it('groups by the office day: 23:00 and 01:00 Beijing time are different days', () => {
    const lateEvening = backupAt('2026-03-01 23:00');
    const earlyMorning = backupAt('2026-03-02 01:00');
    const now = Date.parse('2026-03-02T12:00:00+08:00');
    expect(planRotation([lateEvening, earlyMorning], now).remove).toEqual([]);
    // In UTC both fall on 1 March, so the earlier would go.
    expect(planRotation([lateEvening, earlyMorning], now, 0).remove).toEqual([lateEvening]);
  });

  it('always keeps the newest backup, even an old pre-operation one', () => {
    const old = backupAt('2025-01-01 10:00', 'before-import');
    const older = backupAt('2024-12-01 10:00', 'before-restore');
    const { keep, remove } = planRotation([older, old], Date.parse('2026-11-27T12:00:00+08:00'));
    expect(keep).toEqual([old]);
    expect(remove).toEqual([older]);
  });

  it('keeps nothing it was not given and handles an empty folder', () => {
    expect(planRotation([], Date.now())).toEqual({ keep: [], remove: [] });
  });
});
