import { describe, expect, it, vi } from 'vitest';
import { desktopChannels, maxFileBytes } from '../shared/desktop/desktop-api';
import { registerDesktopHandlers, type DesktopServices } from './ipc';
import type { IpcSender } from './ipc-validation';

type Listener = (event: IpcSender, ...args: unknown[]) => unknown;

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
    ...overrides,
  };
}

function register(services: DesktopServices) {
  const listeners = new Map<string, Listener>();
  registerDesktopHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    services,
  );
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
  ])('refuses calls from %s', (_label, event) => {
    const call = register(fakeServices());
    for (const channel of Object.values(desktopChannels)) {
      expect(() => call(channel, event, {})).toThrow(/untrusted frame/);
    }
  });

  it('opens a file and returns its name and bytes', async () => {
    const call = register(fakeServices());
    await expect(call(desktopChannels.openFile, ourFrame, {})).resolves.toEqual({
      name: '园区.xlsx',
      bytes: new Uint8Array([1, 2, 3]),
    });
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
});
