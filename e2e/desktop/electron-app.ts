import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuCommand } from '../../shared/desktop/desktop-api';

const require = createRequire(import.meta.url);

/** Electron's binary, or the one-line reason the desktop specs are skipped on this machine. */
export function electronBinary(): { path: string } | { skipReason: string } {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { skipReason: `ELECTRON_PATH=${fromEnv} does not exist` };
  }
  let binary: string;
  try {
    binary = require('electron') as string;
  } catch {
    return {
      skipReason:
        "Electron's binary is not installed (npm could not download it on this machine); install it or set ELECTRON_PATH to run these specs",
    };
  }
  return existsSync(binary)
    ? { path: binary }
    : {
        skipReason: `Electron's binary is not installed at ${binary} (its download is not reachable here); desktop specs need it`,
      };
}

const binary = electronBinary();
if ('skipReason' in binary) console.warn(`desktop specs skipped: ${binary.skipReason}`);

/** Call at the top of each desktop spec file: skips the whole file, with the reason, where Electron is missing. */
export function skipWithoutElectron(): void {
  test.skip('skipReason' in binary, 'skipReason' in binary ? binary.skipReason : '');
}

/**
 * A fresh folder for the app's userData. Electron puts userData under the system's config folder
 * (XDG_CONFIG_HOME on Linux, APPDATA on Windows), so pointing those at a temporary folder gives
 * each test its own registry, settings and backups, and relaunching with the same folder is a
 * restart of the same installation.
 */
export function freshConfigHome(): string {
  return mkdtempSync(path.join(tmpdir(), 'park-ledger-desktop-e2e-'));
}

export function appEnvironment(configHome: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) environment[key] = value;
  }
  return { ...environment, XDG_CONFIG_HOME: configHome, APPDATA: configHome };
}

export function electronPath(): string {
  if (!('path' in binary)) throw new Error(binary.skipReason);
  return binary.path;
}

export async function launchDesktopApp(
  configHome: string = freshConfigHome(),
  extraArgs: readonly string[] = [],
): Promise<ElectronApplication> {
  if (!existsSync('dist/electron/main.cjs')) {
    throw new Error('dist/electron/main.cjs is missing: run `npm run build` first');
  }
  return electron.launch({
    executablePath: electronPath(),
    args: ['.', ...extraArgs],
    env: appEnvironment(configHome),
  });
}

/** Clicks a native menu item by its id (see electron/menu.ts), as the user would. */
export async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    // MenuItem.click runs the item's handler or role, as a click with the mouse does.
    (item.click as () => void)();
  }, id);
}

/** The top-level labels of the native menu. */
export function menuLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(
    ({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? [],
  );
}

/** Answers the next native open dialogs with `filePaths`, as the user picking them would. */
export async function answerOpenDialog(
  app: ElectronApplication,
  filePaths: readonly string[],
): Promise<void> {
  await app.evaluate(({ dialog }, paths) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [...paths] });
  }, filePaths);
}

/** Answers the next native save dialogs with `filePath`. */
export async function answerSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: chosen });
  }, filePath);
}

declare global {
  interface Window {
    /** Commands from the native menu, collected by `recordMenuCommands` for the test to read. */
    e2eMenuCommands?: MenuCommand[];
  }
}

/**
 * Subscribes in the page to window.desktop.onMenuCommand and keeps what arrives, where the
 * screen that will handle a command does not exist yet.
 */
export async function recordMenuCommands(page: Page): Promise<void> {
  await page.evaluate(() => {
    const received: MenuCommand[] = [];
    window.e2eMenuCommands = received;
    window.desktop?.onMenuCommand((command) => received.push(command));
  });
}

export function recordedMenuCommands(page: Page) {
  return page.evaluate(() =>
    (window.e2eMenuCommands ?? []).map((command) =>
      command.command === 'openWorkbook'
        ? { command: command.command, name: command.file.name, size: command.file.bytes.byteLength }
        : { command: command.command },
    ),
  );
}
