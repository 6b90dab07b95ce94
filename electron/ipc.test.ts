import { describe, expect, it, vi } from 'vitest';
import { desktopChannels, maxFileBytes } from '../shared/desktop/desktop-api';
import type { BackupKind } from '../shared/backup/rotation';
import type { BackupFileInfo, BackupFolderListing } from '../shared/desktop/desktop-api';
import {
  registerDesktopHandlers,
  registerPreloadHandlers,
  type DesktopServices,
  type IpcRegistrar,
} from './ipc';
import type { IpcSender } from './ipc-validation';
import { preloadChannels } from './preload-channels';

type Listener = (event: IpcSender, ...args: unknown[]) => unknown;

const dailyBackup: BackupFileInfo = {
  fileName: 'park-ledger-backup-2026-11-27T01-00-00-000Z-daily.json',
  kind: 'daily',
  createdAt: '2026-11-27T01:00:00.000Z',
  sizeBytes: 2048,
};

const listing: BackupFolderListing = {
  folder: '/home/li/.config/park-ledger/backups',
  isDefaultFolder: true,
  backups: [dailyBackup],
};

function fakeBackups(
  overrides: Partial<DesktopServices['backups']> = {},
): DesktopServices['backups'] {
  return {
    write: vi.fn((kind: BackupKind) =>
      Promise.resolve({
        ...dailyBackup,
        kind,
        sha256: 'ab',
        removedByRotation: [],
      }),
    ),
    list: vi.fn(() => Promise.resolve(listing)),
    read: vi.fn((fileName: string) =>
      Promise.resolve({ name: fileName, bytes: new Uint8Array([7]) }),
    ),
    moveTo: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

function fakeServices(overrides: Partial<DesktopServices> = {}): DesktopServices {
  const folders = new Map<string, string>();
  return {
    appInfo: () => ({
      name: 'Park Ledger',
      version: '0.1.0',
      shell: 'desktop',
      platform: 'linux',
      versions: {},
    }),
    showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: ['/data/园区.xlsx'] }),
    showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '/out/导出.xlsx' }),
    fileSize: () => Promise.resolve(3),
    readFile: () => Promise.resolve(new Uint8Array([1, 2, 3])),
    writeFile: () => Promise.resolve(),
    baseName: (p) => p.split('/').pop() ?? p,
    lastFolder: (kind) => folders.get(kind),
    rememberFolder: (kind, p) => folders.set(kind, p.slice(0, p.lastIndexOf('/'))),
    showFolderDialog: () => Promise.resolve('/mnt/nas/台账备份'),
    rememberRecent: vi.fn(),
    language: () => 'zh-CN',
    setLanguage: vi.fn(),
    setWindowTitle: vi.fn(),
    backups: fakeBackups(),
    backupFolderMoved: vi.fn(),
    openFolder: vi.fn(() => Promise.resolve()),
    printToPdf: () => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    ...overrides,
  };
}

function register(
  services: DesktopServices,
  registerAll: (ipc: IpcRegistrar) => void = (ipc) => registerDesktopHandlers(ipc, services),
) {
  const listeners = new Map<string, Listener>();
  registerAll({ handle: (channel, listener) => listeners.set(channel, listener) });
  return (channel: string, event: IpcSender, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
}

const ourFrame: IpcSender = { senderFrame: { url: 'app://park-ledger/index.html', parent: null } };

describe('IPC handlers', () => {
  it('registers exactly the DesktopApi channels', () => {
    const channels: string[] = [];
    registerDesktopHandlers({ handle: (channel) => channels.push(channel) }, fakeServices());
    expect(channels.sort()).toEqual(Object.values(desktopChannels).sort());
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame of ours', { senderFrame: { url: 'app://park-ledger/x.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a file page', { senderFrame: { url: 'file:///index.html', parent: null } }],
  ])('refuses calls from %s', async (_label, event) => {
    const call = register(fakeServices());
    for (const channel of Object.values(desktopChannels)) {
      await expect(call(channel, event, {})).rejects.toThrow(/untrusted frame/);
    }
  });

  it('opens a file and returns its name and bytes', async () => {
    const call = register(fakeServices());
    await expect(call(desktopChannels.openFile, ourFrame, {})).resolves.toEqual({
      name: '园区.xlsx',
      bytes: new Uint8Array([1, 2, 3]),
    });
  });

  it('opens the dialog where the user last opened that kind of file', async () => {
    const showOpenDialog = vi.fn((_options: { defaultPath?: string }) =>
      Promise.resolve({ canceled: false, filePaths: ['/data/报表/园区.xlsx'] }),
    );
    const call = register(fakeServices({ showOpenDialog }));
    const workbooks = { filters: [{ name: 'Excel', extensions: ['xlsx', 'xls'] }] };
    const lastDefaultPath = () => showOpenDialog.mock.lastCall?.[0].defaultPath;
    await call(desktopChannels.openFile, ourFrame, workbooks);
    expect(lastDefaultPath()).toBeUndefined();
    await call(desktopChannels.openFile, ourFrame, workbooks);
    expect(lastDefaultPath()).toBe('/data/报表');
    await call(desktopChannels.openFile, ourFrame, {
      filters: [{ name: '备份', extensions: ['json'] }],
    });
    expect(lastDefaultPath()).toBeUndefined();
  });

  it('returns null when the user cancels the open dialog', async () => {
    const call = register(
      fakeServices({ showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) }),
    );
    await expect(call(desktopChannels.openFile, ourFrame, {})).resolves.toBeNull();
  });

  it('refuses to read a file over the size limit, saying how large it is', async () => {
    const readFile = vi.fn();
    const call = register(
      fakeServices({ fileSize: () => Promise.resolve(maxFileBytes + 1), readFile }),
    );
    await expect(call(desktopChannels.openFile, ourFrame, {})).rejects.toThrow(/文件过大/);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('rejects malformed arguments before showing any dialog', async () => {
    const showOpenDialog = vi.fn();
    const writeFile = vi.fn();
    const call = register(fakeServices({ showOpenDialog, writeFile }));
    await expect(call(desktopChannels.openFile, ourFrame, { filters: 'xlsx' })).rejects.toThrow(
      /invalid arguments/,
    );
    await expect(call(desktopChannels.openFile, ourFrame, { extra: true })).rejects.toThrow(
      /invalid arguments/,
    );
    await expect(
      call(desktopChannels.saveFile, ourFrame, {
        suggestedName: '../../etc/passwd',
        bytes: new Uint8Array(1),
      }),
    ).rejects.toThrow(/bare file name/);
    await expect(
      call(desktopChannels.saveFile, ourFrame, { suggestedName: 'a.xlsx', bytes: 'not bytes' }),
    ).rejects.toThrow(/invalid arguments/);
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('saves bytes where the user chose and remembers the folder for that kind of file', async () => {
    const writeFile = vi.fn(() => Promise.resolve());
    const showSaveDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/out/导出.xlsx' }),
    );
    const call = register(fakeServices({ writeFile, showSaveDialog }));
    const request = {
      suggestedName: '台账.xlsx',
      bytes: new Uint8Array([9]),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    };
    await expect(call(desktopChannels.saveFile, ourFrame, request)).resolves.toEqual({
      savedAs: '/out/导出.xlsx',
    });
    expect(writeFile).toHaveBeenCalledWith('/out/导出.xlsx', new Uint8Array([9]));
    await call(desktopChannels.saveFile, ourFrame, request);
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: '/out/台账.xlsx' }),
    );
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const writeFile = vi.fn();
    const call = register(
      fakeServices({ writeFile, showSaveDialog: () => Promise.resolve({ canceled: true }) }),
    );
    await expect(
      call(desktopChannels.saveFile, ourFrame, {
        suggestedName: 'a.xlsx',
        bytes: new Uint8Array(1),
      }),
    ).resolves.toBeNull();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('adds a workbook opened through the dialog to the recent files, and nothing else', async () => {
    const rememberRecent = vi.fn();
    const call = register(fakeServices({ rememberRecent }));
    await call(desktopChannels.openFile, ourFrame, {});
    expect(rememberRecent).toHaveBeenCalledWith('/data/园区.xlsx');
    const other = register(
      fakeServices({
        rememberRecent,
        showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: ['/b/备份.json'] }),
      }),
    );
    await other(desktopChannels.openFile, ourFrame, {});
    expect(rememberRecent).toHaveBeenCalledTimes(1);
  });

  it('refuses arguments to methods that take none', async () => {
    const call = register(fakeServices());
    for (const channel of [
      desktopChannels.appInfo,
      desktopChannels.listBackups,
      desktopChannels.openBackupFolder,
      desktopChannels.chooseBackupFolder,
    ]) {
      await expect(call(channel, ourFrame, { path: '/etc' })).rejects.toThrow(/invalid arguments/);
    }
  });
});

describe('language and window title', () => {
  it('passes a known language to main and refuses others', async () => {
    const setLanguage = vi.fn();
    const call = register(fakeServices({ setLanguage }));
    await call(desktopChannels.setLanguage, ourFrame, 'en');
    expect(setLanguage).toHaveBeenCalledWith('en');
    await expect(call(desktopChannels.setLanguage, ourFrame, 'fr')).rejects.toThrow(
      /invalid arguments/,
    );
    expect(setLanguage).toHaveBeenCalledTimes(1);
  });

  it('sets the title from a one-line scope and the unsaved flag', async () => {
    const setWindowTitle = vi.fn();
    const call = register(fakeServices({ setWindowTitle }));
    await call(desktopChannels.setWindowTitle, ourFrame, { scope: '我的园区', dirty: true });
    expect(setWindowTitle).toHaveBeenCalledWith({ scope: '我的园区', dirty: true });
    for (const bad of [
      { scope: '第一行\n伪造的第二行', dirty: false },
      { scope: '我的园区' },
      { scope: 'x'.repeat(201), dirty: false },
      { scope: '我的园区', dirty: false, title: 'other' },
    ]) {
      await expect(call(desktopChannels.setWindowTitle, ourFrame, bad)).rejects.toThrow(
        /invalid arguments/,
      );
    }
    expect(setWindowTitle).toHaveBeenCalledTimes(1);
  });
});

describe('backups on disk', () => {
  it('writes the renderer’s backup export with its kind', async () => {
    const backups = fakeBackups();
    const call = register(fakeServices({ backups }));
    const bytes = new Uint8Array([1, 2]);
    await expect(
      call(desktopChannels.writeBackup, ourFrame, { kind: 'before-import', bytes }),
    ).resolves.toMatchObject({ kind: 'before-import' });
    expect(backups.write).toHaveBeenCalledWith('before-import', bytes);
  });

  it('refuses an unknown kind or something that is not bytes, before writing', async () => {
    const backups = fakeBackups();
    const call = register(fakeServices({ backups }));
    for (const bad of [
      { kind: 'weekly', bytes: new Uint8Array(1) },
      { kind: 'daily', bytes: [1, 2, 3] },
      { kind: 'daily' },
    ]) {
      await expect(call(desktopChannels.writeBackup, ourFrame, bad)).rejects.toThrow(
        /invalid arguments/,
      );
    }
    expect(backups.write).not.toHaveBeenCalled();
  });

  it('lists the backups and reads one back by name', async () => {
    const backups = fakeBackups();
    const call = register(fakeServices({ backups }));
    await expect(call(desktopChannels.listBackups, ourFrame)).resolves.toEqual(listing);
    const { fileName } = dailyBackup;
    await expect(call(desktopChannels.readBackup, ourFrame, { fileName })).resolves.toEqual({
      name: fileName,
      bytes: new Uint8Array([7]),
    });
  });

  it('reads only bare file names', async () => {
    const backups = fakeBackups();
    const call = register(fakeServices({ backups }));
    for (const fileName of ['../secret.json', '/etc/passwd', 'a\\b.json', '..', '']) {
      await expect(call(desktopChannels.readBackup, ourFrame, { fileName })).rejects.toThrow(
        /invalid arguments/,
      );
    }
    expect(backups.read).not.toHaveBeenCalled();
  });

  it('opens the backup folder only once it is known to be reachable', async () => {
    const openFolder = vi.fn(() => Promise.resolve());
    const call = register(fakeServices({ openFolder }));
    await call(desktopChannels.openBackupFolder, ourFrame);
    expect(openFolder).toHaveBeenCalledWith(listing.folder);

    const unreachable = register(
      fakeServices({
        openFolder,
        backups: fakeBackups({ list: () => Promise.reject(new Error('备份文件夹无法访问')) }),
      }),
    );
    await expect(unreachable(desktopChannels.openBackupFolder, ourFrame)).rejects.toThrow(
      /无法访问/,
    );
    expect(openFolder).toHaveBeenCalledTimes(1);
  });

  it('moves the backups to a chosen folder, then remembers it', async () => {
    const backups = fakeBackups();
    const backupFolderMoved = vi.fn();
    const call = register(fakeServices({ backups, backupFolderMoved }));
    await expect(call(desktopChannels.chooseBackupFolder, ourFrame)).resolves.toEqual(listing);
    expect(backups.moveTo).toHaveBeenCalledWith('/mnt/nas/台账备份');
    expect(backupFolderMoved).toHaveBeenCalledWith('/mnt/nas/台账备份');
  });

  it('keeps the old folder when the move fails or the user cancels', async () => {
    const backupFolderMoved = vi.fn();
    const failing = register(
      fakeServices({
        backupFolderMoved,
        backups: fakeBackups({ moveTo: () => Promise.reject(new Error('EACCES')) }),
      }),
    );
    await expect(failing(desktopChannels.chooseBackupFolder, ourFrame)).rejects.toThrow(/EACCES/);
    const cancelled = register(
      fakeServices({ backupFolderMoved, showFolderDialog: () => Promise.resolve(null) }),
    );
    await expect(cancelled(desktopChannels.chooseBackupFolder, ourFrame)).resolves.toBeNull();
    expect(backupFolderMoved).not.toHaveBeenCalled();
  });
});

describe('reports to PDF', () => {
  it('asks where to save, then prints the window and writes the PDF', async () => {
    const writeFile = vi.fn(() => Promise.resolve());
    const showSaveDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/home/li/培育报告.pdf' }),
    );
    const call = register(fakeServices({ writeFile, showSaveDialog }));
    await expect(
      call(desktopChannels.savePdf, ourFrame, {
        suggestedName: '百亿园区培育报告',
        title: '将培育报告保存为 PDF',
      }),
    ).resolves.toEqual({ savedAs: '/home/li/培育报告.pdf' });
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: '将培育报告保存为 PDF',
      defaultPath: '百亿园区培育报告.pdf',
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
    expect(writeFile).toHaveBeenCalledWith(
      '/home/li/培育报告.pdf',
      new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    );
    await call(desktopChannels.savePdf, ourFrame, { suggestedName: '指标表.pdf', title: 't' });
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: '/home/li/指标表.pdf' }),
    );
  });

  it('prints nothing when the user cancels', async () => {
    const printToPdf = vi.fn();
    const call = register(
      fakeServices({ printToPdf, showSaveDialog: () => Promise.resolve({ canceled: true }) }),
    );
    await expect(
      call(desktopChannels.savePdf, ourFrame, { suggestedName: 'a', title: 't' }),
    ).resolves.toBeNull();
    expect(printToPdf).not.toHaveBeenCalled();
  });

  it('needs a bare file name and a dialog title', async () => {
    const call = register(fakeServices());
    for (const bad of [{ suggestedName: '../a.pdf', title: 't' }, { suggestedName: 'a.pdf' }]) {
      await expect(call(desktopChannels.savePdf, ourFrame, bad)).rejects.toThrow(
        /invalid arguments/,
      );
    }
  });
});

describe('preload-only channels', () => {
  function registerPreload(openDroppedWorkbook: (filePath: string) => Promise<void>) {
    return register(fakeServices(), (ipc) => registerPreloadHandlers(ipc, { openDroppedWorkbook }));
  }

  it('opens a dropped workbook by its absolute path', async () => {
    const open = vi.fn(() => Promise.resolve());
    const call = registerPreload(open);
    await call(preloadChannels.openDroppedWorkbook, ourFrame, '/home/li/园区名录.xlsx');
    expect(open).toHaveBeenCalledWith('/home/li/园区名录.xlsx');
  });

  it('refuses untrusted frames and anything but an absolute path', async () => {
    const open = vi.fn(() => Promise.resolve());
    const call = registerPreload(open);
    await expect(
      call(
        preloadChannels.openDroppedWorkbook,
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        '/a.xlsx',
      ),
    ).rejects.toThrow(/untrusted frame/);
    for (const bad of ['relative/a.xlsx', 42, '', '/a\0.xlsx']) {
      await expect(call(preloadChannels.openDroppedWorkbook, ourFrame, bad)).rejects.toThrow(
        /invalid arguments/,
      );
    }
    expect(open).not.toHaveBeenCalled();
  });
});
