/**
 * The browser twin of the desktop API: file input to open, the File System Access API
 * to save where the browser has it, and a download otherwise.
 */
import {
  desktopLanguages,
  type AppInfo,
  type DesktopApi,
  type DesktopLanguage,
  type FileFilter,
  type OpenFileRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/desktop/desktop-api';
import { windowTitle } from '../../shared/desktop/window-title';

function acceptAttribute(filters: readonly FileFilter[] | undefined): string {
  return (filters ?? []).flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
}

function pickFile(request: OpenFileRequest): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.filters);
    input.style.display = 'none';
    input.dataset.role = 'browser-file-picker';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ name: string; createWritable(): Promise<WritableStreamLike> }>;
}

interface WritableStreamLike {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function download(request: SaveFileRequest): SaveFileResult {
  const blob = new Blob([request.bytes.slice()], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = request.suggestedName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { savedAs: request.suggestedName };
}

/** A readable OS name from the user agent (navigator.platform is deprecated). */
function operatingSystem(userAgent: string): string {
  if (userAgent.includes('Windows')) return 'Windows';
  if (userAgent.includes('Mac OS')) return 'macOS';
  if (userAgent.includes('Linux')) return 'Linux';
  return 'web';
}

/** What only the desktop app can do; the UI shows these as unavailable in 设置. */
export class DesktopOnlyError extends Error {
  override readonly name = 'DesktopOnlyError';
  constructor() {
    super(
      '磁盘上的备份文件夹仅桌面版提供；浏览器版的数据保存在本浏览器中，可把备份另存为文件。' +
        ' The backup folder on disk needs the desktop app; in the browser, save a backup as a file instead.',
    );
  }
}

const desktopOnly = () => Promise.reject(new DesktopOnlyError());

function documentLanguage(): DesktopLanguage {
  const lang = document.documentElement.lang;
  return desktopLanguages.find((language) => language === lang) ?? 'zh-CN';
}

export function createBrowserPlatform(): DesktopApi {
  return {
    appInfo: (): Promise<AppInfo> =>
      Promise.resolve({
        name: 'Park Ledger',
        version: __APP_VERSION__,
        shell: 'browser',
        platform: operatingSystem(navigator.userAgent),
        versions: { userAgent: navigator.userAgent },
      }),

    async openFile(request: OpenFileRequest): Promise<OpenedFile | null> {
      const file = await pickFile(request);
      if (file === null) return null;
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },

    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const picker = (window as SaveFilePickerWindow).showSaveFilePicker;
      if (picker === undefined) return download(request);
      try {
        const handle = await picker({
          suggestedName: request.suggestedName,
          types: (request.filters ?? []).map((filter) => ({
            description: filter.name,
            accept: { 'application/octet-stream': filter.extensions.map((ext) => `.${ext}`) },
          })),
        });
        const writable = await handle.createWritable();
        await writable.write(request.bytes);
        await writable.close();
        return { savedAs: handle.name };
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },

    // The browser has no native menu to translate.
    setLanguage: () => Promise.resolve(),

    setWindowTitle(request) {
      document.title = windowTitle(documentLanguage(), request);
      return Promise.resolve();
    },

    // No native menu sends commands; keyboard shortcuts in the browser are the UI's.
    onMenuCommand: () => () => undefined,

    writeBackup: desktopOnly,
    listBackups: desktopOnly,
    readBackup: desktopOnly,
    openBackupFolder: desktopOnly,
    chooseBackupFolder: desktopOnly,

    // The browser cannot write a PDF itself; its print dialog offers "Save as PDF".
    savePdf() {
      window.print();
      return Promise.resolve({ printDialogShown: true });
    },
  };
}
