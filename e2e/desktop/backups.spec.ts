import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { WriteBackupRequest } from '../../shared/desktop/desktop-api';
import {
  answerOpenDialog,
  answerSaveDialog,
  clickMenuItem,
  freshConfigHome,
  launchDesktopApp,
  recordedMenuCommands,
  recordMenuCommands,
  skipWithoutElectron,
} from './electron-app';

skipWithoutElectron();

// Most of these specs test main's side alone: they drive window.desktop as the renderer does,
// with a document shaped like the registry's export.
const backupDocument = JSON.stringify({
  format: 'park-ledger-backup',
  schemaVersion: 2,
  exportedAt: '2026-11-27T09:00:00+08:00',
  tables: { parks: [{ id: 'park-1', name: '郎园Vintage' }] },
  history: { changeSets: [], changeParts: [] },
});

let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  app = await launchDesktopApp();
  page = await app.firstWindow();
  await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
});

test.afterEach(async () => {
  await app.close();
});

function writeBackup(kind: WriteBackupRequest['kind'], text: string) {
  return page.evaluate(
    ({ kind, text }) => {
      if (!window.desktop) throw new Error('not the desktop app');
      return window.desktop.writeBackup({ kind, bytes: new TextEncoder().encode(text) });
    },
    { kind, text },
  );
}

function listBackups() {
  return page.evaluate(() => {
    if (!window.desktop) throw new Error('not the desktop app');
    return window.desktop.listBackups();
  });
}

test('a backup is written to userData/backups, verified, listed and read back for a restore', async () => {
  const userData = await app.evaluate(({ app }) => app.getPath('userData'));
  const written = await writeBackup('manual', backupDocument);
  const expectedHash = createHash('sha256').update(backupDocument).digest('hex');
  expect(written).toMatchObject({ kind: 'manual', sha256: expectedHash });
  const onDisk = path.join(userData, 'backups', written.fileName);
  expect(readFileSync(onDisk, 'utf8')).toBe(backupDocument);

  const listing = await listBackups();
  expect(listing).toMatchObject({ folder: path.join(userData, 'backups'), isDefaultFolder: true });
  expect(listing.backups).toEqual([
    expect.objectContaining({
      fileName: written.fileName,
      kind: 'manual',
      sizeBytes: written.sizeBytes,
    }),
  ]);

  await recordMenuCommands(page);
  await clickMenuItem(app, 'restore');
  await expect.poll(() => recordedMenuCommands(page)).toEqual([{ command: 'restore' }]);
  const restored = await page.evaluate(async (fileName) => {
    if (!window.desktop) throw new Error('not the desktop app');
    const file = await window.desktop.readBackup({ fileName });
    return new TextDecoder().decode(file.bytes);
  }, written.fileName);
  expect(restored).toBe(backupDocument);
});

test('文件 → 备份… saves the registry backup where the save dialog says, from any section', async () => {
  const chosen = path.join(freshConfigHome(), '园区台账备份.json');
  await answerSaveDialog(app, chosen);
  await clickMenuItem(app, 'backup');
  await expect(page.getByRole('status').filter({ hasText: '已保存备份' })).toContainText(chosen);
  const saved = JSON.parse(readFileSync(chosen, 'utf8')) as { format?: unknown };
  expect(saved.format).toBe('park-ledger-backup');
});

test('the daily backup is asked of the renderer at start and written when it answers', async () => {
  await recordMenuCommands(page);
  await expect.poll(() => recordedMenuCommands(page)).toContainEqual({ command: 'dailyBackupDue' });
  await writeBackup('daily', backupDocument);
  const { backups } = await listBackups();
  expect(backups.map((backup) => backup.kind)).toEqual(['daily']);
});

test('the backup folder moves to another disk, and a folder that is gone is reported clearly', async () => {
  const userData = await app.evaluate(({ app }) => app.getPath('userData'));
  const written = await writeBackup('before-import', backupDocument);
  const share = freshConfigHome();

  await answerOpenDialog(app, [share]);
  const moved = await page.evaluate(() => window.desktop?.chooseBackupFolder());
  expect(moved).toMatchObject({ folder: share, isDefaultFolder: false });
  expect(readdirSync(share)).toEqual([written.fileName]);
  expect(existsSync(path.join(userData, 'backups', written.fileName))).toBe(false);

  await app.evaluate(({ shell }) => {
    const record = globalThis as unknown as { openedFolders: string[] };
    record.openedFolders = [];
    shell.openPath = (folder: string) => {
      record.openedFolders.push(folder);
      return Promise.resolve('');
    };
  });
  await clickMenuItem(app, 'open-backup-folder');
  await expect
    .poll(() =>
      app.evaluate(() => (globalThis as unknown as { openedFolders: string[] }).openedFolders),
    )
    .toEqual([share]);

  rmSync(share, { recursive: true, force: true });
  const failure = await page.evaluate(() =>
    window.desktop?.listBackups().then(
      () => 'listed',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    ),
  );
  expect(failure).toMatch(/备份文件夹无法访问.*cannot be reached/);
  expect(existsSync(share)).toBe(false);
});
