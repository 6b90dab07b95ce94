/**
 * The main-process side of the DesktopApi. Every handler first checks that the call
 * comes from our own top frame, then validates its arguments, then acts.
 */
import {
  desktopChannels,
  maxFileBytes,
  type AppInfo,
  type DesktopChannel,
  type FileFilter,
  type OpenedFile,
  type SaveFileResult,
} from '../shared/desktop/desktop-api';
import {
  isTrustedSender,
  parseOpenFileRequest,
  parseSaveFileRequest,
  type IpcSender,
} from './ipc-validation';

/** What the handlers need from Electron and the file system, injected so tests can fake them. */
export interface DesktopServices {
  appInfo(): AppInfo;
  showOpenDialog(options: {
    title?: string;
    filters?: readonly FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title?: string;
    defaultPath: string;
    filters?: readonly FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  baseName(filePath: string): string;
  /** The folder last used for this kind of file, so dialogs open where the user was. */
  lastFolder(kind: string): string | undefined;
  rememberFolder(kind: string, filePath: string): void;
}

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcSender, ...args: unknown[]) => unknown): void;
}

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

function dialogKind(filters: readonly FileFilter[] | undefined): string {
  return filters?.[0]?.extensions.join(',') ?? '*';
}

export function createDesktopHandlers(services: DesktopServices) {
  return {
    [desktopChannels.appInfo]: (): AppInfo => services.appInfo(),

    [desktopChannels.openFile]: async (request: unknown): Promise<OpenedFile | null> => {
      const { title, filters } = parseOpenFileRequest(request);
      const kind = dialogKind(filters);
      const result = await services.showOpenDialog({
        ...(title !== undefined && { title }),
        ...(filters !== undefined && { filters }),
      });
      const filePath = result.filePaths[0];
      if (result.canceled || filePath === undefined) return null;
      const size = await services.fileSize(filePath);
      if (size > maxFileBytes) {
        throw new Error(
          `文件过大（${Math.round(size / 1024 / 1024)} MB），上限为 ${maxFileBytes / 1024 / 1024} MB。`,
        );
      }
      services.rememberFolder(kind, filePath);
      return { name: services.baseName(filePath), bytes: await services.readFile(filePath) };
    },

    [desktopChannels.saveFile]: async (request: unknown): Promise<SaveFileResult> => {
      const { suggestedName, bytes, title, filters } = parseSaveFileRequest(request);
      const kind = dialogKind(filters);
      const folder = services.lastFolder(kind);
      const result = await services.showSaveDialog({
        defaultPath: folder === undefined ? suggestedName : `${folder}/${suggestedName}`,
        ...(title !== undefined && { title }),
        ...(filters !== undefined && { filters }),
      });
      if (result.canceled || result.filePath === undefined) return null;
      await services.writeFile(result.filePath, bytes);
      services.rememberFolder(kind, result.filePath);
      return { savedAs: result.filePath };
    },
  } satisfies Record<DesktopChannel, (request: unknown) => unknown>;
}

/** Registers every DesktopApi channel, each guarded by the sender check. */
export function registerDesktopHandlers(ipc: IpcRegistrar, services: DesktopServices): void {
  const handlers = createDesktopHandlers(services);
  for (const [channel, handler] of Object.entries(handlers)) {
    ipc.handle(channel, (event, ...args) => {
      if (!isTrustedSender(event)) {
        throw new UntrustedSenderError(`${channel}: refused a call from an untrusted frame`);
      }
      return handler(args[0]);
    });
  }
}
