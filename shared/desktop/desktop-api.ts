/**
 * The one object the preload exposes to the renderer as `window.desktop`.
 * Declared here so that the main process (which implements it), the preload
 * (which forwards it) and the renderer (which calls it) agree on one contract.
 */
import type { BackupKind } from '../backup/rotation';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** 'desktop' inside Electron, 'browser' for the browser twin. */
  readonly shell: 'desktop' | 'browser';
  /** Node's `process.platform` on the desktop; the user agent's platform in a browser. */
  readonly platform: string;
  readonly versions: Readonly<Record<string, string>>;
}

/** A file the user picked, read whole. */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FileFilter {
  /** Shown in the dialog, in the user's language, e.g. "Excel 工作簿". */
  readonly name: string;
  /** Extensions without the dot, e.g. ["xlsx", "xls"]. */
  readonly extensions: readonly string[];
}

export interface OpenFileRequest {
  readonly title?: string;
  readonly filters?: readonly FileFilter[];
}

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  readonly title?: string;
  readonly filters?: readonly FileFilter[];
}

/** Where a saved file went; `null` when the user cancelled. */
export type SaveFileResult = { readonly savedAs: string } | null;

/** The languages of the UI, and so of the native menu and dialogs. */
export const desktopLanguages = ['zh-CN', 'en'] as const;
export type DesktopLanguage = (typeof desktopLanguages)[number];

/** Native menu items whose work the renderer does, because the renderer owns the data. */
export const rendererMenuCommands = [
  'import',
  'export',
  'backup',
  'restore',
  'undo',
  'redo',
] as const;
export type RendererMenuCommand = (typeof rendererMenuCommands)[number];

/**
 * What main asks the renderer to do, on one event channel: a menu command; a workbook the user
 * opened with the app, dropped on the window or picked under 最近打开 (read whole and
 * size-checked by main); or the daily backup, which main schedules and the renderer writes.
 */
export type MenuCommand =
  | { readonly command: RendererMenuCommand }
  | { readonly command: 'openWorkbook'; readonly file: OpenedFile }
  | { readonly command: 'dailyBackupDue' };

export type MenuCommandName = MenuCommand['command'];
export type MenuCommandOf<C extends MenuCommandName> = Extract<MenuCommand, { command: C }>;

/**
 * Commands kept until someone handles them: main may send them while the renderer is still
 * starting (a workbook the app was opened with, the backup due at start). Menu clicks are not
 * kept: a click nobody handles now should not fire later.
 */
export const heldMenuCommands = [
  'openWorkbook',
  'dailyBackupDue',
] as const satisfies readonly MenuCommandName[];

export function isHeldMenuCommand(command: MenuCommand): boolean {
  return (heldMenuCommands as readonly string[]).includes(command.command);
}

export interface WindowTitleRequest {
  /** The records the window shows, e.g. "我的园区：郎园Vintage"; empty for the whole registry. */
  readonly scope: string;
  /** True while there are changes not yet committed (an import under review, a form). */
  readonly dirty: boolean;
}

export interface WriteBackupRequest {
  readonly kind: BackupKind;
  /** The renderer's backup export, written as is; main never reads inside it. */
  readonly bytes: Uint8Array;
}

export interface BackupFileInfo {
  readonly fileName: string;
  readonly kind: BackupKind;
  /** ISO 8601 instant the backup was written. */
  readonly createdAt: string;
  readonly sizeBytes: number;
}

export interface WrittenBackup extends BackupFileInfo {
  /** Hex SHA-256 of the bytes, checked against a read-back of the file. */
  readonly sha256: string;
  /** Older backups the rotation deleted after this one was verified. */
  readonly removedByRotation: readonly string[];
}

export interface BackupFolderListing {
  readonly folder: string;
  /** False when the user moved backups to another disk or a network share. */
  readonly isDefaultFolder: boolean;
  /** Newest first. */
  readonly backups: readonly BackupFileInfo[];
}

export interface ReadBackupRequest {
  /** A name from `listBackups`, never a path. */
  readonly fileName: string;
}

export interface SavePdfRequest {
  readonly suggestedName: string;
  /** Title of the save dialog, e.g. "将培育报告保存为 PDF". */
  readonly title: string;
}

/** The desktop saves a file; the browser can only open its print dialog; `null` when cancelled. */
export type SavePdfResult =
  { readonly savedAs: string } | { readonly printDialogShown: true } | null;

export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /** Shows a native open dialog; resolves to `null` when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Shows a native save dialog and writes the bytes where the user chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Tells main the UI language, so the menu and dialogs follow it. */
  setLanguage(language: DesktopLanguage): Promise<void>;
  setWindowTitle(request: WindowTitleRequest): Promise<void>;
  /**
   * Subscribes to commands from main (see MenuCommand); returns the unsubscribe. The only
   * non-invoke member: main pushes, the renderer never sends on this channel.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Writes a backup into the backup folder, verifies it, then rotates the folder. */
  writeBackup(request: WriteBackupRequest): Promise<WrittenBackup>;
  listBackups(): Promise<BackupFolderListing>;
  readBackup(request: ReadBackupRequest): Promise<OpenedFile>;
  openBackupFolder(): Promise<void>;
  /** Lets the user pick another folder (disk, network share) and moves the backups there. */
  chooseBackupFolder(): Promise<BackupFolderListing | null>;
  /** Prints the current window to an A4 PDF and saves it where the user chooses. */
  savePdf(request: SavePdfRequest): Promise<SavePdfResult>;
}

export type DesktopInvokeMethod = Exclude<keyof DesktopApi, 'onMenuCommand'>;

/** IPC channel names, one per invoke method. Main checks every call against this list. */
export const desktopChannels = {
  appInfo: 'desktop:app-info',
  openFile: 'desktop:open-file',
  saveFile: 'desktop:save-file',
  setLanguage: 'desktop:set-language',
  setWindowTitle: 'desktop:set-window-title',
  writeBackup: 'desktop:write-backup',
  listBackups: 'desktop:list-backups',
  readBackup: 'desktop:read-backup',
  openBackupFolder: 'desktop:open-backup-folder',
  chooseBackupFolder: 'desktop:choose-backup-folder',
  savePdf: 'desktop:save-pdf',
} as const satisfies Record<DesktopInvokeMethod, string>;

export type DesktopChannel = (typeof desktopChannels)[keyof typeof desktopChannels];

/** The one channel main sends MenuCommands on. */
export const menuCommandChannel = 'desktop:menu-command';

/** The fixed origin the desktop app serves its renderer from; IndexedDB data lives under it. */
export const appScheme = 'app';
export const appHost = 'park-ledger';
export const appOrigin = `${appScheme}://${appHost}`;

/** Largest file the desktop bridge moves in one call; workbooks from the office are far smaller. */
export const maxFileBytes = 200 * 1024 * 1024;
