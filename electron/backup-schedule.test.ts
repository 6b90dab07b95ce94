import { describe, expect, it } from 'vitest';
import type { BackupFileInfo, MenuCommand } from '../shared/desktop/desktop-api';
import {
  backupCheckIntervalMs,
  createDailyBackupSchedule,
  isDailyBackupDue,
  type BackupScheduleServices,
} from './backup-schedule';

const beijing = 8 * 60;
const at = (time: string) => Date.parse(`${time}+08:00`);

function dailyAt(time: string): BackupFileInfo {
  return {
    fileName: `daily-${time}`,
    kind: 'daily',
    createdAt: new Date(at(time)).toISOString(),
    sizeBytes: 1,
  };
}

function fakeSchedule(backups: BackupFileInfo[], startTime: string) {
  let nowMs = at(startTime);
  const sent: MenuCommand[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const services: BackupScheduleServices = {
    listBackups: () => Promise.resolve({ backups }),
    send: (command) => sent.push(command),
    nowMs: () => nowMs,
    utcOffsetMinutes: () => beijing,
    setInterval: (callback, ms) => timers.push({ callback, ms }),
    clearInterval: () => undefined,
  };
  return {
    schedule: createDailyBackupSchedule(services),
    sent,
    timers,
    services,
    moveTo: (time: string) => {
      nowMs = at(time);
    },
  };
}

describe('is the daily backup due', () => {
  it('is due when today has no daily backup yet', () => {
    expect(isDailyBackupDue([], at('2026-11-27T09:00:00'), beijing)).toBe(true);
    const yesterday = { kind: 'daily' as const, createdAtMs: at('2026-11-26T23:59:00') };
    expect(isDailyBackupDue([yesterday], at('2026-11-27T00:01:00'), beijing)).toBe(true);
  });

  it('is not due once today has one; a pre-import backup does not count', () => {
    const today = { kind: 'daily' as const, createdAtMs: at('2026-11-27T00:30:00') };
    const beforeImport = { kind: 'before-import' as const, createdAtMs: at('2026-11-27T08:00:00') };
    expect(isDailyBackupDue([today], at('2026-11-27T23:00:00'), beijing)).toBe(false);
    expect(isDailyBackupDue([beforeImport], at('2026-11-27T23:00:00'), beijing)).toBe(true);
  });
});

describe('daily backup schedule', () => {
  it('asks the renderer on start and checks again every hour', async () => {
    const { schedule, sent, timers } = fakeSchedule([], '2026-11-27T09:00:00');
    schedule.start();
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual([{ command: 'dailyBackupDue' }]);
    expect(timers.map((timer) => timer.ms)).toEqual([backupCheckIntervalMs]);
  });

  it('asks once a day, not every hour, if the renderer does not answer', async () => {
    const { schedule, sent, moveTo } = fakeSchedule([], '2026-11-27T09:00:00');
    await schedule.check();
    moveTo('2026-11-27T10:00:00');
    await schedule.check();
    expect(sent).toHaveLength(1);
    moveTo('2026-11-28T00:30:00');
    await schedule.check();
    expect(sent).toHaveLength(2);
  });

  it('stays quiet when today’s backup is already on disk', async () => {
    const { schedule, sent } = fakeSchedule(
      [dailyAt('2026-11-27T01:00:00')],
      '2026-11-27T09:00:00',
    );
    await schedule.check();
    expect(sent).toEqual([]);
  });

  it('asks anyway when the folder cannot be listed, so the user learns why', async () => {
    const { sent, services } = fakeSchedule([], '2026-11-27T09:00:00');
    const failing = createDailyBackupSchedule({
      ...services,
      listBackups: () => Promise.reject(new Error('ENOENT')),
    });
    await failing.check();
    expect(sent).toEqual([{ command: 'dailyBackupDue' }]);
  });
});
