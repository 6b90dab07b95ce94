/**
 * The main-process side of the DesktopApi. Every handler first checks that the call
 * comes from our own top frame, then validates its arguments, then acts.
 */
import {
  desktopChannels,
  type AppInfo,
  type BackupFolderListing,
  type DesktopChannel,
  type DesktopLanguage,
  type FileFilter,
  type OpenedFile,
  type SaveFileResult,
  type SavePdfResult,
  type WindowTitleRequest,
  type WrittenBackup,
} from '../shared/desktop/desktop-api';
import type { BackupStore } from './backup-store';
import { desktopText } from './desktop-text';
import { assertWithinFileLimit } from './file-limits';
import {
  isTrustedSender,
  parseDroppedPath,
  parseLanguage,
  parseNoArguments,
  parseOpenFileRequest,
  parseReadBackupRequest,
  parseSaveFileRequest,
  parseSavePdfRequest,
  parseWindowTitleRequest,
  parseWriteBackupRequest,
  type IpcSender,
} from './ipc-validation';
import { pdfFileName } from './pdf';
import { preloadChannels } from './preload-channels';
import { isWorkbookPath } from './workbook-opening';

/** What the handlers need from Electron and the file system, injected so tests can fake them. */
export interface DesktopServices {
  appInfo(): AppInfo;
  showOpenDialog(options: {
    title?: string;
    /** The folder to open in: the one last used for this kind of file. */
    defaultPath?: string;
    filters?: readonly FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title?: string;
    defaultPath: string;
    filters?: readonly FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  /** A folder picker that may create the folder; resolves to null when cancelled. */
  showFolderDialog(options: { title: string }): Promise<string | null>;
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  baseName(filePath: string): string;
  /** The folder last used for this kind of file, so dialogs open where the user was. */
  lastFolder(kind: string): string | undefined;
  rememberFolder(kind: string, filePath: string): void;
  /** Adds a workbook to 最近打开 and the OS's recent documents. */
  rememberRecent(filePath: string): void;
  language(): DesktopLanguage;
  /** Persists the language and rebuilds the menu in it. */
  setLanguage(language: DesktopLanguage): void;
  setWindowTitle(request: WindowTitleRequest): void;
  backups: Pick<BackupStore, 'write' | 'list' | 'read' | 'moveTo'>;
  /** Persists a new backup folder after the backups were moved into it. */
  backupFolderMoved(folder: string): void;
  /** Opens a folder in the system file manager; rejects with the system's reason. */
  openFolder(folder: string): Promise<void>;
  /** Prints the calling window to PDF (see pdf.ts for the options). */
  printToPdf(): Promise<Uint8Array>;
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

/** Shared by the IPC method and the menu's 打开备份文件夹: the folder must be reachable first. */
export async function openBackupFolder(
  services: Pick<DesktopServices, 'backups' | 'openFolder'>,
): Promise<void> {
  const { folder } = await services.backups.list();
  await services.openFolder(folder);
}

export function createDesktopHandlers(services: DesktopServices) {
  return {
    [desktopChannels.appInfo]: (request: unknown): AppInfo => {
      parseNoArguments(request, 'appInfo');
      return services.appInfo();
    },

    [desktopChannels.openFile]: async (request: unknown): Promise<OpenedFile | null> => {
      const { title, filters } = parseOpenFileRequest(request);
      const kind = dialogKind(filters);
      const folder = services.lastFolder(kind);
      const result = await services.showOpenDialog({
        ...(title !== undefined && { title }),
        ...(folder !== undefined && { defaultPath: folder }),
        ...(filters !== undefined && { filters }),
      });
      const filePath = result.filePaths[0];
      if (result.canceled || filePath === undefined) return null;
      assertWithinFileLimit(await services.fileSize(filePath));
      services.rememberFolder(kind, filePath);
      const file = { name: services.baseName(filePath), bytes: await services.readFile(filePath) };
      if (isWorkbookPath(filePath)) services.rememberRecent(filePath);
      return file;
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

    [desktopChannels.setLanguage]: (request: unknown): void => {
      services.setLanguage(parseLanguage(request));
    },

    [desktopChannels.setWindowTitle]: (request: unknown): void => {
      services.setWindowTitle(parseWindowTitleRequest(request));
    },

    [desktopChannels.writeBackup]: (request: unknown): Promise<WrittenBackup> => {
      const { kind, bytes } = parseWriteBackupRequest(request);
      return services.backups.write(kind, bytes);
    },

    [desktopChannels.listBackups]: (request: unknown): Promise<BackupFolderListing> => {
      parseNoArguments(request, 'listBackups');
      return services.backups.list();
    },

    [desktopChannels.readBackup]: (request: unknown): Promise<OpenedFile> => {
      const { fileName } = parseReadBackupRequest(request);
      return services.backups.read(fileName);
    },

    [desktopChannels.openBackupFolder]: (request: unknown): Promise<void> => {
      parseNoArguments(request, 'openBackupFolder');
      return openBackupFolder(services);
    },

    [desktopChannels.chooseBackupFolder]: async (
      request: unknown,
    ): Promise<BackupFolderListing | null> => {
      parseNoArguments(request, 'chooseBackupFolder');
      const folder = await services.showFolderDialog({
        title: desktopText[services.language()].chooseBackupFolder,
      });
      if (folder === null) return null;
      await services.backups.moveTo(folder);
      services.backupFolderMoved(folder);
      return services.backups.list();
    },

    [desktopChannels.savePdf]: async (request: unknown): Promise<SavePdfResult> => {
      const { suggestedName, title } = parseSavePdfRequest(request);
      const filters = [{ name: desktopText[services.language()].pdfFilter, extensions: ['pdf'] }];
      const kind = dialogKind(filters);
      const folder = services.lastFolder(kind);
      const name = pdfFileName(suggestedName);
      const result = await services.showSaveDialog({
        title,
        defaultPath: folder === undefined ? name : `${folder}/${name}`,
        filters,
      });
      if (result.canceled || result.filePath === undefined) return null;
      await services.writeFile(result.filePath, await services.printToPdf());
      services.rememberFolder(kind, result.filePath);
      return { savedAs: result.filePath };
    },
  } satisfies Record<DesktopChannel, (request: unknown) => unknown>;
}

/** Checks the sender, then runs the handler; every refusal is a rejected promise. */
function guarded(channel: string, handler: (request: unknown) => unknown) {
  return async (event: IpcSender, ...args: unknown[]): Promise<unknown> => {
    if (!isTrustedSender(event)) {
      throw new UntrustedSenderError(`${channel}: refused a call from an untrusted frame`);
    }
    return await handler(args[0]);
  };
}

/** Registers every DesktopApi channel, each guarded by the sender check. */
export function registerDesktopHandlers(ipc: IpcRegistrar, services: DesktopServices): void {
  const handlers = createDesktopHandlers(services);
  for (const [channel, handler] of Object.entries(handlers)) {
    ipc.handle(channel, guarded(channel, handler));
  }
}

/**
 * Channels only our preload uses, never exposed on window.desktop: a workbook dropped on the
 * window arrives as the path the preload got from webUtils.getPathForFile, and is opened like
 * one opened with the app.
 */
export function registerPreloadHandlers(
  ipc: IpcRegistrar,
  handlers: { openDroppedWorkbook: (filePath: string) => Promise<void> },
): void {
  ipc.handle(
    preloadChannels.openDroppedWorkbook,
    guarded(preloadChannels.openDroppedWorkbook, (request) =>
      handlers.openDroppedWorkbook(parseDroppedPath(request)),
    ),
  );
}
