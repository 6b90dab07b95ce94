/**
 * What the preload exposes as window.desktop, built over ipcRenderer so tests can fake it: each
 * method forwards to its own channel, and onMenuCommand is the one subscription. Commands that
 * arrive before anyone subscribes (the renderer is still starting) are held if they must not be
 * lost — see heldMenuCommands — and handed to the first subscriber.
 */
import {
  desktopChannels,
  isHeldMenuCommand,
  menuCommandChannel,
  type DesktopApi,
  type DesktopInvokeMethod,
  type MenuCommand,
} from '../shared/desktop/desktop-api';
import { preloadChannels } from './preload-channels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The members of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/** More held commands than this means nobody will ever listen; the oldest are dropped. */
const maxHeldCommands = 20;

export function createDesktopBridge(ipc: IpcRendererLike): DesktopApi {
  const listeners = new Set<(command: MenuCommand) => void>();
  const held: MenuCommand[] = [];

  ipc.on(menuCommandChannel, (_event, command) => {
    // Only main sends on this channel; the shape is ours.
    const received = command as MenuCommand;
    if (listeners.size > 0) {
      for (const listener of [...listeners]) listener(received);
    } else if (isHeldMenuCommand(received)) {
      held.push(received);
      if (held.length > maxHeldCommands) held.shift();
    }
  });

  function call<M extends DesktopInvokeMethod>(method: M) {
    // Main validates every argument; its answers have the contract's types.
    return (...args: Parameters<DesktopApi[M]>) =>
      ipc.invoke(desktopChannels[method], ...args) as ReturnType<DesktopApi[M]>;
  }

  return {
    appInfo: call('appInfo'),
    openFile: call('openFile'),
    saveFile: call('saveFile'),
    setLanguage: call('setLanguage'),
    setWindowTitle: call('setWindowTitle'),
    writeBackup: call('writeBackup'),
    listBackups: call('listBackups'),
    readBackup: call('readBackup'),
    openBackupFolder: call('openBackupFolder'),
    chooseBackupFolder: call('chooseBackupFolder'),
    savePdf: call('savePdf'),
    onMenuCommand(listener) {
      listeners.add(listener);
      const pending = held.splice(0);
      if (pending.length > 0) {
        queueMicrotask(() => {
          for (const command of pending) listener(command);
        });
      }
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The few DOM members drop forwarding uses, so a test can fire drops without a browser. */
export interface DropTarget {
  addEventListener(type: 'dragover' | 'drop', listener: (event: DropEventLike) => void): void;
}

export interface DropEventLike {
  readonly defaultPrevented: boolean;
  readonly dataTransfer: {
    readonly files: ArrayLike<unknown>;
    readonly types: readonly string[];
  } | null;
  preventDefault(): void;
}

/**
 * A workbook dropped anywhere on the window goes to main by its path, and is opened like one
 * opened with the app. A drop the page handled itself (a drop zone that called preventDefault)
 * is left alone.
 */
export function forwardDroppedFiles(
  target: DropTarget,
  pathForFile: (file: unknown) => string,
  ipc: Pick<IpcRendererLike, 'invoke'>,
): void {
  const carriesFiles = (event: DropEventLike) =>
    event.dataTransfer?.types.includes('Files') ?? false;
  target.addEventListener('dragover', (event) => {
    if (carriesFiles(event)) event.preventDefault();
  });
  target.addEventListener('drop', (event) => {
    if (event.defaultPrevented || !carriesFiles(event) || event.dataTransfer === null) return;
    event.preventDefault();
    for (const file of Array.from(event.dataTransfer.files)) {
      const filePath = pathForFile(file);
      // An empty path is a File built in JavaScript, not one from the disk.
      if (filePath !== '') void ipc.invoke(preloadChannels.openDroppedWorkbook, filePath);
    }
  });
}
