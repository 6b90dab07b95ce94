/**
 * The one object the preload exposes to the renderer as `window.desktop`.
 * Declared here so that the main process (which implements it), the preload
 * (which forwards it) and the renderer (which calls it) agree on one contract.
 */

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

export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /** Shows a native open dialog; resolves to `null` when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Shows a native save dialog and writes the bytes where the user chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** IPC channel names, one per DesktopApi method. Main checks every call against this list. */
export const desktopChannels = {
  appInfo: 'desktop:app-info',
  openFile: 'desktop:open-file',
  saveFile: 'desktop:save-file',
} as const satisfies Record<keyof DesktopApi, string>;

export type DesktopChannel = (typeof desktopChannels)[keyof typeof desktopChannels];

/** The fixed origin the desktop app serves its renderer from; IndexedDB data lives under it. */
export const appScheme = 'app';
export const appHost = 'park-ledger';
export const appOrigin = `${appScheme}://${appHost}`;

/** Largest file the desktop bridge moves in one call; workbooks from the office are far smaller. */
export const maxFileBytes = 200 * 1024 * 1024;
