/**
 * Workbooks that reach the app from outside a dialog: opened with the app from the file manager
 * (argv on Windows and Linux, `open-file` on macOS, a second launch's argv), dropped on the
 * window, or picked under 最近打开. Each is read whole, size-checked, and handed to the renderer
 * as an `openWorkbook` command, which starts the import there.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand, OpenedFile } from '../shared/desktop/desktop-api';
import { assertWithinFileLimit } from './file-limits';

/** What the import reads; the file association registers the first three (electron-builder.yml). */
export const workbookExtensions = ['xlsx', 'xls', 'csv', 'xlsm', 'ods'] as const;

export function isWorkbookPath(filePath: string): boolean {
  const extension = path.extname(filePath).slice(1).toLowerCase();
  return (workbookExtensions as readonly string[]).includes(extension);
}

/**
 * The workbook paths among a launch's arguments, resolved against its working directory.
 * Electron and Chromium add switches (--allow-file-access-from-files, …) and in development
 * the app folder ("."), none of which is a workbook.
 */
export function workbookPathsInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return (
    argv
      .slice(1)
      .filter((arg) => !arg.startsWith('-'))
      // Linux file managers may pass file:// URLs (the .desktop entry's %U).
      .map((arg) =>
        arg.startsWith('file://') ? fileURLToPath(arg) : path.resolve(workingDirectory, arg),
      )
      .filter(isWorkbookPath)
  );
}

export interface WorkbookOpeningServices {
  readonly fileSize: (filePath: string) => Promise<number>;
  readonly readFile: (filePath: string) => Promise<Uint8Array>;
  readonly send: (command: MenuCommand) => void;
  readonly rememberRecent: (filePath: string) => void;
  /** Shown in a native dialog: the renderer did not ask, so there is no caller to reject. */
  readonly reportError: (message: string) => void;
}

export function notAWorkbookMessage(fileName: string): string {
  const accepted = workbookExtensions.map((extension) => `.${extension}`).join(' / ');
  return (
    `“${fileName}”不是可导入的工作簿，只能导入 ${accepted} 文件。` +
    ` "${fileName}" is not a workbook the app can import; use a ${accepted} file.`
  );
}

export function cannotReadMessage(filePath: string, reason: string): string {
  return (
    `无法读取“${filePath}”：${reason}。请确认文件仍在原处且未被其他程序占用。` +
    ` Cannot read "${filePath}": ${reason}. Check that the file is still there and not locked by another program.`
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens workbooks as they arrive; those that arrive before the window has loaded (a launch
 * with a file, macOS's early `open-file`) wait until `windowReady` is called.
 */
export function createWorkbookOpener(services: WorkbookOpeningServices) {
  let ready = false;
  const waiting: string[] = [];

  async function open(filePath: string): Promise<void> {
    const fileName = path.basename(filePath);
    if (!isWorkbookPath(filePath)) {
      services.reportError(notAWorkbookMessage(fileName));
      return;
    }
    let file: OpenedFile;
    try {
      assertWithinFileLimit(await services.fileSize(filePath));
      file = { name: fileName, bytes: await services.readFile(filePath) };
    } catch (error) {
      services.reportError(cannotReadMessage(filePath, reasonOf(error)));
      return;
    }
    services.send({ command: 'openWorkbook', file });
    services.rememberRecent(filePath);
  }

  return {
    open: (filePath: string): Promise<void> => {
      if (ready) return open(filePath);
      waiting.push(filePath);
      return Promise.resolve();
    },
    windowReady: async (): Promise<void> => {
      ready = true;
      for (const filePath of waiting.splice(0)) await open(filePath);
    },
  };
}
