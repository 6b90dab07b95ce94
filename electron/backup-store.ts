/**
 * Backups on disk: written into the backup folder (userData/backups, or a folder the user chose
 * on another disk or a network share), verified by reading them back, rotated, listed and read
 * for a restore. The bytes are the renderer's backup export; main never looks inside them.
 */
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { planRotation, type BackupKind } from '../shared/backup/rotation';
import type {
  BackupFileInfo,
  BackupFolderListing,
  OpenedFile,
  WrittenBackup,
} from '../shared/desktop/desktop-api';
import { backupFileName, parseBackupFileName } from './backup-file-name';
import { assertWithinFileLimit } from './file-limits';

/** The parts of node:fs/promises the store uses, so a test can make a disk lie. */
export interface BackupFileSystem {
  readonly mkdir: (folder: string, options: { recursive: true }) => Promise<unknown>;
  readonly stat: (filePath: string) => Promise<{ size: number; isDirectory(): boolean }>;
  readonly readdir: (folder: string) => Promise<string[]>;
  readonly readFile: (filePath: string) => Promise<Uint8Array>;
  readonly writeFile: (
    filePath: string,
    bytes: Uint8Array,
    options: { flag: 'wx' },
  ) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly copyFile: (from: string, to: string) => Promise<void>;
  readonly rm: (filePath: string, options: { force: true }) => Promise<void>;
}

export const nodeBackupFileSystem: BackupFileSystem = {
  mkdir: (folder, options) => nodeFs.mkdir(folder, options),
  stat: (filePath) => nodeFs.stat(filePath),
  readdir: (folder) => nodeFs.readdir(folder),
  readFile: async (filePath) => new Uint8Array(await nodeFs.readFile(filePath)),
  writeFile: (filePath, bytes, options) => nodeFs.writeFile(filePath, bytes, options),
  rename: (from, to) => nodeFs.rename(from, to),
  copyFile: (from, to) => nodeFs.copyFile(from, to),
  rm: (filePath, options) => nodeFs.rm(filePath, options),
};

export interface BackupFolderSetting {
  readonly folder: string;
  readonly isDefaultFolder: boolean;
}

export interface BackupStoreOptions {
  readonly defaultFolder: string;
  /** The folder the user chose, or null for the default. */
  readonly chosenFolder: () => string | null;
  readonly fs?: BackupFileSystem;
  readonly nowMs?: () => number;
  /** The office's offset from UTC, so rotation's days start at local midnight. */
  readonly utcOffsetMinutes?: () => number;
}

/** Errors a folder gives when the disk or the share behind it is not there or not ours. */
const unreachableCodes = new Set([
  'ENOENT',
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'EROFS',
  'EIO',
  'EBUSY',
  'ESTALE',
  'ETIMEDOUT',
  'ENOTCONN',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UNKNOWN',
]);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export class BackupFolderUnreachableError extends Error {
  override readonly name = 'BackupFolderUnreachableError';
  constructor(
    readonly folder: string,
    readonly code: string,
  ) {
    super(
      `备份文件夹无法访问：${folder}（${code}）。如果它在另一块磁盘或网络共享上，请确认已连接且有写入权限；` +
        `也可以在“设置”中另选备份文件夹。 The backup folder cannot be reached: ${folder} (${code}). ` +
        'If it is on another disk or a network share, check that it is connected and writable, or choose another folder in Settings.',
    );
  }
}

export class BackupVerificationError extends Error {
  override readonly name = 'BackupVerificationError';
  constructor(readonly filePath: string) {
    super(
      `备份写入后校验失败：${filePath} 读回的内容与写入的不一致，已删除这份备份。请检查磁盘或网络共享后重试。` +
        ` The backup failed verification: what was read back from ${filePath} differs from what was written, so it was deleted. Check the disk or share and try again.`,
    );
  }
}

export class BackupNotFoundError extends Error {
  override readonly name = 'BackupNotFoundError';
  constructor(readonly fileName: string) {
    super(
      `备份文件夹中没有“${fileName}”。请刷新备份列表后重选。` +
        ` There is no backup "${fileName}" in the backup folder. Refresh the list and pick again.`,
    );
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface BackupOnDisk extends BackupFileInfo {
  readonly createdAtMs: number;
}

export function createBackupStore(options: BackupStoreOptions) {
  const fs = options.fs ?? nodeBackupFileSystem;
  const nowMs = options.nowMs ?? Date.now;
  const utcOffsetMinutes = options.utcOffsetMinutes ?? (() => -new Date().getTimezoneOffset());

  function currentFolder(): BackupFolderSetting {
    const chosen = options.chosenFolder();
    return chosen === null
      ? { folder: options.defaultFolder, isDefaultFolder: true }
      : { folder: chosen, isDefaultFolder: false };
  }

  /** Runs `action` on the folder, turning "the share is gone" errors into one clear message. */
  async function inFolder<T>(folder: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      const code = errorCode(error);
      if (code !== undefined && unreachableCodes.has(code)) {
        throw new BackupFolderUnreachableError(folder, code);
      }
      throw error;
    }
  }

  /**
   * The default folder is created on first use; a chosen one must already exist, because a
   * missing mount point or share must not silently become an empty local folder.
   */
  async function ensureFolder({ folder, isDefaultFolder }: BackupFolderSetting): Promise<void> {
    await inFolder(folder, async () => {
      if (isDefaultFolder) await fs.mkdir(folder, { recursive: true });
      const stats = await fs.stat(folder);
      if (!stats.isDirectory()) throw Object.assign(new Error(folder), { code: 'ENOTDIR' });
    });
  }

  async function backupsIn(folder: string): Promise<BackupOnDisk[]> {
    const names = await inFolder(folder, () => fs.readdir(folder));
    const backups: BackupOnDisk[] = [];
    for (const fileName of names) {
      const parsed = parseBackupFileName(fileName);
      if (parsed === null) continue;
      const { size } = await inFolder(folder, () => fs.stat(path.join(folder, fileName)));
      backups.push({
        fileName,
        kind: parsed.kind,
        createdAtMs: parsed.createdAtMs,
        createdAt: new Date(parsed.createdAtMs).toISOString(),
        sizeBytes: size,
      });
    }
    return backups.sort((a, b) => b.createdAtMs - a.createdAtMs);
  }

  const info = ({ fileName, kind, createdAt, sizeBytes }: BackupOnDisk): BackupFileInfo => ({
    fileName,
    kind,
    createdAt,
    sizeBytes,
  });

  /** Copies or writes are verified the same way: the file on disk must hash to `expected`. */
  async function verify(folder: string, filePath: string, expected: string): Promise<void> {
    const readBack = await inFolder(folder, () => fs.readFile(filePath));
    if (sha256Hex(readBack) !== expected) {
      await fs.rm(filePath, { force: true });
      throw new BackupVerificationError(filePath);
    }
  }

  async function write(kind: BackupKind, bytes: Uint8Array): Promise<WrittenBackup> {
    assertWithinFileLimit(bytes.byteLength);
    const setting = currentFolder();
    const { folder } = setting;
    await ensureFolder(setting);
    const existing = new Set(await inFolder(folder, () => fs.readdir(folder)));
    // Two backups of one kind in the same millisecond get distinct names.
    let createdAtMs = nowMs();
    while (existing.has(backupFileName(kind, createdAtMs))) createdAtMs += 1;
    const fileName = backupFileName(kind, createdAtMs);
    const finalPath = path.join(folder, fileName);
    // Written under another name first, so a crash or a dropped share never leaves a
    // half-written file that looks like a backup.
    const partialPath = `${finalPath}.partial`;
    const sha256 = sha256Hex(bytes);
    await inFolder(folder, async () => {
      await fs.writeFile(partialPath, bytes, { flag: 'wx' });
      await fs.rename(partialPath, finalPath);
    });
    await verify(folder, finalPath, sha256);

    const { remove } = planRotation(await backupsIn(folder), nowMs(), utcOffsetMinutes());
    const removed: string[] = [];
    for (const old of remove) {
      // The new backup is safe; an old one that cannot be deleted now goes at the next rotation.
      try {
        await fs.rm(path.join(folder, old.fileName), { force: true });
        removed.push(old.fileName);
      } catch {
        continue;
      }
    }

    return {
      fileName,
      kind,
      createdAt: new Date(createdAtMs).toISOString(),
      sizeBytes: bytes.byteLength,
      sha256,
      removedByRotation: removed,
    };
  }

  async function list(): Promise<BackupFolderListing> {
    const setting = currentFolder();
    await ensureFolder(setting);
    const backups = await backupsIn(setting.folder);
    return { ...setting, backups: backups.map(info) };
  }

  async function read(fileName: string): Promise<OpenedFile> {
    const setting = currentFolder();
    const { folder } = setting;
    await ensureFolder(setting);
    // Only names we would write are accepted, so the name can never step outside the folder.
    if (parseBackupFileName(fileName) === null) throw new BackupNotFoundError(fileName);
    const filePath = path.join(folder, fileName);
    const names = await inFolder(folder, () => fs.readdir(folder));
    if (!names.includes(fileName)) throw new BackupNotFoundError(fileName);
    const { size } = await inFolder(folder, () => fs.stat(filePath));
    assertWithinFileLimit(size);
    return { name: fileName, bytes: await inFolder(folder, () => fs.readFile(filePath)) };
  }

  /**
   * Moves every backup into `target`: each copy is verified before any original is deleted,
   * and a failure part-way removes the copies and leaves the old folder as it was.
   */
  async function moveTo(target: string): Promise<void> {
    const source = currentFolder();
    const targetSetting = { folder: target, isDefaultFolder: target === options.defaultFolder };
    await ensureFolder(targetSetting);
    if (path.resolve(target) === path.resolve(source.folder)) return;
    const probe = path.join(target, `.park-ledger-write-test-${String(nowMs())}`);
    await inFolder(target, async () => {
      await fs.writeFile(probe, new Uint8Array([1]), { flag: 'wx' });
      await fs.rm(probe, { force: true });
    });

    const backups = await backupsIn(source.folder).catch((error: unknown) => {
      // An unreachable old folder has nothing we can move; the new one starts empty.
      if (error instanceof BackupFolderUnreachableError) return [];
      throw error;
    });
    const copied: string[] = [];
    try {
      for (const backup of backups) {
        const from = path.join(source.folder, backup.fileName);
        const to = path.join(target, backup.fileName);
        const expected = sha256Hex(await inFolder(source.folder, () => fs.readFile(from)));
        await inFolder(target, () => fs.copyFile(from, to));
        copied.push(to);
        await verify(target, to, expected);
      }
    } catch (error) {
      for (const copy of copied) await fs.rm(copy, { force: true });
      throw error;
    }
    for (const backup of backups) {
      await fs.rm(path.join(source.folder, backup.fileName), { force: true });
    }
  }

  // One operation at a time: a daily backup and a pre-import one must not rotate each other.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<A extends unknown[], R>(operation: (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => {
      const next = queue.then(() => operation(...args));
      queue = next.catch(() => undefined);
      return next;
    };
  }

  return {
    currentFolder,
    write: serial(write),
    list: serial(list),
    read: serial(read),
    moveTo: serial(moveTo),
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
