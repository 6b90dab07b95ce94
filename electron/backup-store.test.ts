import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName } from './backup-file-name';
import {
  BackupFolderUnreachableError,
  BackupNotFoundError,
  BackupVerificationError,
  createBackupStore,
  nodeBackupFileSystem,
  sha256Hex,
  type BackupFileSystem,
  type BackupStoreOptions,
} from './backup-store';

const dayMs = 24 * 60 * 60 * 1000;
const temporary: string[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'park-ledger-backups-'));
  temporary.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A clock the test moves; starts at 09:00 Beijing time on 27 November 2026. */
function fakeClock() {
  let nowMs = Date.parse('2026-11-27T09:00:00+08:00');
  return {
    nowMs: () => nowMs,
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}

function storeIn(folder: string, overrides: Partial<BackupStoreOptions> = {}) {
  const clock = fakeClock();
  const store = createBackupStore({
    defaultFolder: folder,
    chosenFolder: () => null,
    nowMs: clock.nowMs,
    utcOffsetMinutes: () => 8 * 60,
    ...overrides,
  });
  return { store, clock };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('writing a backup', () => {
  it('writes the bytes under a dated name and says what it wrote', async () => {
    const folder = tempFolder();
    const { store } = storeIn(folder);
    const written = await store.write('daily', bytesOf('registry v1'));
    expect(written).toMatchObject({
      fileName: 'park-ledger-backup-2026-11-27T01-00-00-000Z-daily.json',
      kind: 'daily',
      createdAt: '2026-11-27T01:00:00.000Z',
      sizeBytes: 11,
      sha256: sha256Hex(bytesOf('registry v1')),
      removedByRotation: [],
    });
    expect(readFileSync(path.join(folder, written.fileName), 'utf8')).toBe('registry v1');
    expect(readdirSync(folder)).toEqual([written.fileName]);
  });

  it('creates the default folder on first use', async () => {
    const folder = path.join(tempFolder(), 'userData', 'backups');
    const { store } = storeIn(folder);
    await store.write('manual', bytesOf('x'));
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('deletes a backup whose read-back differs and says so', async () => {
    const folder = tempFolder();
    const lyingDisk: BackupFileSystem = {
      ...nodeBackupFileSystem,
      readFile: async (filePath) => {
        const bytes = await nodeBackupFileSystem.readFile(filePath);
        return bytes.map((byte, index) => (index === 0 ? byte ^ 0xff : byte));
      },
    };
    const { store } = storeIn(folder, { fs: lyingDisk });
    await expect(store.write('daily', bytesOf('registry'))).rejects.toThrow(
      BackupVerificationError,
    );
    await expect(store.write('daily', bytesOf('registry'))).rejects.toThrow(
      /校验失败.*verification/,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('gives two backups in the same millisecond different names', async () => {
    const folder = tempFolder();
    const { store } = storeIn(folder);
    const [first, second] = await Promise.all([
      store.write('before-import', bytesOf('a')),
      store.write('before-import', bytesOf('b')),
    ]);
    expect(first.fileName).not.toBe(second.fileName);
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('rotates after each write: one daily per day, pre-operation ones kept', async () => {
    const folder = tempFolder();
    const { store, clock } = storeIn(folder);
    const morning = await store.write('daily', bytesOf('morning'));
    const beforeImport = await store.write('before-import', bytesOf('before import'));
    clock.advance(8 * 60 * 60 * 1000);
    const evening = await store.write('daily', bytesOf('evening'));
    expect(evening.removedByRotation).toEqual([morning.fileName]);
    expect(readdirSync(folder).sort()).toEqual([beforeImport.fileName, evening.fileName].sort());
  });

  it('keeps 7 dailies after a fortnight of them, plus older weeks', async () => {
    const folder = tempFolder();
    const { store, clock } = storeIn(folder);
    for (let day = 0; day < 14; day += 1) {
      await store.write('daily', bytesOf(`day ${day}`));
      clock.advance(dayMs);
    }
    const { backups } = await store.list();
    const days = backups.map((backup) => backup.createdAt.slice(0, 10));
    // The 7 newest days (4–10 December); then 30 November, the newest of its month, and
    // 29 November, the newest of its ISO week (the week of 6 December is already kept).
    expect(days.slice(0, 7)).toEqual([
      '2026-12-10',
      '2026-12-09',
      '2026-12-08',
      '2026-12-07',
      '2026-12-06',
      '2026-12-05',
      '2026-12-04',
    ]);
    expect(days.slice(7)).toEqual(['2026-11-30', '2026-11-29']);
  });
});

describe('the backup folder on another disk or a network share', () => {
  it('refuses clearly when the chosen folder is not there, and does not create it', async () => {
    const missing = path.join(tempFolder(), 'share-not-mounted');
    const { store } = storeIn(tempFolder(), { chosenFolder: () => missing });
    const attempt = store.write('daily', bytesOf('x'));
    await expect(attempt).rejects.toThrow(BackupFolderUnreachableError);
    await expect(store.list()).rejects.toThrow(
      new RegExp(
        `备份文件夹无法访问：${missing.replace(/[\\/]/g, '.')}（ENOENT）.*cannot be reached`,
      ),
    );
    expect(() => readdirSync(missing)).toThrow();
  });

  it('moves every backup, verified, and the old folder is emptied', async () => {
    const home = tempFolder();
    const share = tempFolder();
    let chosen: string | null = null;
    const { store, clock } = storeIn(home, { chosenFolder: () => chosen });
    const first = await store.write('daily', bytesOf('one'));
    clock.advance(dayMs);
    const second = await store.write('before-restore', bytesOf('two'));

    await store.moveTo(share);
    chosen = share;

    expect(readdirSync(home)).toEqual([]);
    const listing = await store.list();
    expect(listing).toMatchObject({ folder: share, isDefaultFolder: false });
    expect(listing.backups.map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
    expect(readFileSync(path.join(share, first.fileName), 'utf8')).toBe('one');
  });

  it('leaves the old folder untouched when a copy fails verification', async () => {
    const home = tempFolder();
    const share = tempFolder();
    const { store } = storeIn(home);
    const written = await store.write('daily', bytesOf('precious'));
    const flakyShare: BackupFileSystem = {
      ...nodeBackupFileSystem,
      copyFile: async (from, to) => {
        await nodeBackupFileSystem.copyFile(from, to);
        writeFileSync(to, 'garbled');
      },
    };
    const { store: moving } = storeIn(home, { fs: flakyShare });
    await expect(moving.moveTo(share)).rejects.toThrow(BackupVerificationError);
    expect(readdirSync(home)).toEqual([written.fileName]);
    expect(readdirSync(share)).toEqual([]);
  });

  it('refuses a target folder that cannot be written', async () => {
    const { store } = storeIn(tempFolder());
    const readOnly: BackupFileSystem = {
      ...nodeBackupFileSystem,
      writeFile: () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })),
    };
    const { store: moving } = storeIn(tempFolder(), { fs: readOnly });
    await store.write('daily', bytesOf('x'));
    await expect(moving.moveTo(tempFolder())).rejects.toThrow(/EROFS/);
  });
});

describe('listing and reading backups', () => {
  it('lists newest first with sizes and ignores other files', async () => {
    const folder = tempFolder();
    const { store, clock } = storeIn(folder);
    await store.write('daily', bytesOf('12345'));
    clock.advance(60_000);
    await store.write('manual', bytesOf('1234567'));
    writeFileSync(path.join(folder, 'readme.txt'), 'not a backup');
    writeFileSync(path.join(folder, `${backupFileName('daily', 1)}.partial`), 'half');
    const listing = await store.list();
    expect(listing.isDefaultFolder).toBe(true);
    expect(listing.backups.map((b) => [b.kind, b.sizeBytes])).toEqual([
      ['manual', 7],
      ['daily', 5],
    ]);
  });

  it('reads a backup back for a restore', async () => {
    const folder = tempFolder();
    const { store } = storeIn(folder);
    const written = await store.write('daily', bytesOf('registry'));
    const read = await store.read(written.fileName);
    expect(read.name).toBe(written.fileName);
    expect(new TextDecoder().decode(read.bytes)).toBe('registry');
  });

  it('reads nothing but a backup in the folder', async () => {
    const folder = tempFolder();
    const { store } = storeIn(folder);
    const written = await store.write('daily', bytesOf('registry'));
    for (const name of [
      `../${written.fileName}`,
      '/etc/passwd',
      backupFileName('daily', Date.parse('2020-01-01T00:00:00Z')),
    ]) {
      await expect(store.read(name)).rejects.toThrow(BackupNotFoundError);
    }
  });
});
