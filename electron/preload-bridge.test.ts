import { describe, expect, it, vi } from 'vitest';
import {
  desktopChannels,
  menuCommandChannel,
  type MenuCommand,
} from '../shared/desktop/desktop-api';
import {
  createDesktopBridge,
  forwardDroppedFiles,
  type DropEventLike,
  type IpcRendererLike,
} from './preload-bridge';
import { preloadChannels } from './preload-channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>('answer')),
    on: (channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) =>
      listeners.get(channel)?.delete(listener),
  } satisfies IpcRendererLike;
  const fromMain = (command: MenuCommand) => {
    for (const listener of listeners.get(menuCommandChannel) ?? []) listener({}, command);
  };
  return { ipc, fromMain };
}

const workbook: MenuCommand = {
  command: 'openWorkbook',
  file: { name: '园区名录.xlsx', bytes: new Uint8Array([1]) },
};

describe('window.desktop', () => {
  it('forwards each method to its own channel with its argument, and nothing else', async () => {
    const { ipc } = fakeIpcRenderer();
    const desktop = createDesktopBridge(ipc);
    await desktop.setWindowTitle({ scope: '全区', dirty: false });
    expect(ipc.invoke).toHaveBeenLastCalledWith(desktopChannels.setWindowTitle, {
      scope: '全区',
      dirty: false,
    });
    await desktop.listBackups();
    expect(ipc.invoke).toHaveBeenLastCalledWith(desktopChannels.listBackups);
    for (const method of Object.keys(desktopChannels)) {
      expect(desktop).toHaveProperty(method);
    }
    expect(Object.keys(desktop).sort()).toEqual(
      [...Object.keys(desktopChannels), 'onMenuCommand'].sort(),
    );
  });

  it('delivers commands from main to every subscriber until it unsubscribes', () => {
    const { ipc, fromMain } = fakeIpcRenderer();
    const desktop = createDesktopBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribe = desktop.onMenuCommand(first);
    desktop.onMenuCommand(second);
    fromMain({ command: 'import' });
    unsubscribe();
    fromMain({ command: 'undo' });
    expect(first.mock.calls).toEqual([[{ command: 'import' }]]);
    expect(second.mock.calls).toEqual([[{ command: 'import' }], [{ command: 'undo' }]]);
  });

  it('holds a workbook and the due backup until the renderer subscribes, but not menu clicks', async () => {
    const { ipc, fromMain } = fakeIpcRenderer();
    const desktop = createDesktopBridge(ipc);
    fromMain(workbook);
    fromMain({ command: 'undo' });
    fromMain({ command: 'dailyBackupDue' });
    const listener = vi.fn();
    desktop.onMenuCommand(listener);
    expect(listener).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(listener.mock.calls).toEqual([[workbook], [{ command: 'dailyBackupDue' }]]);
    const later = vi.fn();
    desktop.onMenuCommand(later);
    await Promise.resolve();
    expect(later).not.toHaveBeenCalled();
  });
});

function fakeWindow() {
  const listeners = new Map<string, (event: DropEventLike) => void>();
  return {
    target: {
      addEventListener: (type: string, listener: (event: DropEventLike) => void) =>
        listeners.set(type, listener),
    },
    fire(type: 'dragover' | 'drop', files: unknown[], handledByPage = false) {
      const event = {
        defaultPrevented: handledByPage,
        dataTransfer: { files, types: files.length > 0 ? ['Files'] : ['text/plain'] },
        preventDefault: vi.fn(),
      };
      listeners.get(type)?.(event);
      return event;
    },
  };
}

describe('dropping a workbook on the window', () => {
  const pathFor = (file: unknown) => (file as { path: string }).path;

  it('sends each dropped file’s path to main and keeps Chromium from opening it', () => {
    const page = fakeWindow();
    const ipc = { invoke: vi.fn(() => Promise.resolve()) };
    forwardDroppedFiles(page.target, pathFor, ipc);
    expect(page.fire('dragover', [{ path: '/a.xlsx' }]).preventDefault).toHaveBeenCalled();
    const drop = page.fire('drop', [{ path: '/a.xlsx' }, { path: '/b.csv' }]);
    expect(drop.preventDefault).toHaveBeenCalled();
    expect(ipc.invoke.mock.calls).toEqual([
      [preloadChannels.openDroppedWorkbook, '/a.xlsx'],
      [preloadChannels.openDroppedWorkbook, '/b.csv'],
    ]);
  });

  it('leaves drops the page handled, dragged text, and files built in JavaScript alone', () => {
    const page = fakeWindow();
    const ipc = { invoke: vi.fn(() => Promise.resolve()) };
    forwardDroppedFiles(page.target, pathFor, ipc);
    page.fire('drop', [{ path: '/a.xlsx' }], true);
    expect(page.fire('dragover', []).preventDefault).not.toHaveBeenCalled();
    page.fire('drop', []);
    page.fire('drop', [{ path: '' }]);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});
