/**
 * The desktop shell's wiring: Electron's objects handed to the tested modules. One hardened
 * window shows the renderer from app://park-ledger/; the origin is fixed for every release
 * because IndexedDB data belongs to the origin.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  appScheme,
  menuCommandChannel,
  type MenuCommand,
  type WindowTitleRequest,
} from '../shared/desktop/desktop-api';
import { windowTitle } from '../shared/desktop/window-title';
import { createDailyBackupSchedule } from './backup-schedule';
import { createBackupStore } from './backup-store';
import { parseDesktopSettings, withRecentFile, type DesktopSettings } from './desktop-settings';
import { desktopText } from './desktop-text';
import {
  confirmExternalLink,
  createAppProtocolHandler,
  denyAllPermissions,
  hardenContents,
} from './hardening';
import {
  openBackupFolder,
  registerDesktopHandlers,
  registerPreloadHandlers,
  type DesktopServices,
} from './ipc';
import { buildMenuTemplate, type MenuHandlers } from './menu';
import { pdfPrintOptions } from './pdf';
import {
  parseFolderMemory,
  parseWindowState,
  restoreBounds,
  type WindowState,
} from './remembered-state';
import { appEntryUrl, appSchemePrivileges, mainWindowOptions } from './security';
import { createWorkbookOpener, workbookPathsInArgv } from './workbook-opening';

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const userFile = (name: string) => path.join(app.getPath('userData'), name);
/** The OS keeps a recent-documents list on Windows and macOS only. */
const hasOsRecentDocuments = process.platform === 'win32' || process.platform === 'darwin';

function readText(name: string): string | null {
  try {
    return readFileSync(userFile(name), 'utf8');
  } catch {
    return null;
  }
}

function writeJson(name: string, value: unknown): void {
  mkdirSync(app.getPath('userData'), { recursive: true });
  writeFileSync(userFile(name), JSON.stringify(value));
}

const dialogFolders = new Map(Object.entries(parseFolderMemory(readText('dialog-folders.json'))));
let settings = parseDesktopSettings(readText('desktop-settings.json'));
let mainWindow: BrowserWindow | null = null;
let titleRequest: WindowTitleRequest = { scope: '', dirty: false };

function updateSettings(change: Partial<DesktopSettings>): void {
  settings = { ...settings, ...change };
  writeJson('desktop-settings.json', settings);
}

const text = () => desktopText[settings.language];

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(menuCommandChannel, command);
}

function showOpenDialog(options: OpenDialogOptions) {
  return mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options);
}

function showSaveDialog(options: SaveDialogOptions) {
  return mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options);
}

function showMessage(options: MessageBoxOptions) {
  return mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
}

function showError(message: string): void {
  void showMessage({ type: 'error', message, buttons: [text().ok] });
}

function applyWindowTitle(): void {
  if (!mainWindow) return;
  mainWindow.setTitle(windowTitle(settings.language, titleRequest));
  if (process.platform === 'darwin') mainWindow.setDocumentEdited(titleRequest.dirty);
}

const backups = createBackupStore({
  defaultFolder: userFile('backups'),
  chosenFolder: () => settings.backupFolder,
});

function rememberRecent(filePath: string): void {
  updateSettings({ recentFiles: withRecentFile(settings.recentFiles, filePath) });
  if (hasOsRecentDocuments) app.addRecentDocument(filePath);
  refreshMenu();
}

const opener = createWorkbookOpener({
  fileSize: async (filePath) => (await stat(filePath)).size,
  readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
  send,
  rememberRecent,
  reportError: showError,
});

const services: DesktopServices = {
  appInfo: () => ({
    name: app.getName(),
    version: app.getVersion(),
    shell: 'desktop',
    platform: process.platform,
    versions: {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    },
  }),
  showOpenDialog: (options) =>
    showOpenDialog({
      properties: ['openFile'],
      ...(options.title !== undefined && { title: options.title }),
      ...(options.defaultPath !== undefined && { defaultPath: options.defaultPath }),
      ...(options.filters !== undefined && {
        filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      }),
    }),
  showSaveDialog: (options) =>
    showSaveDialog({
      defaultPath: options.defaultPath,
      ...(options.title !== undefined && { title: options.title }),
      ...(options.filters !== undefined && {
        filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      }),
    }),
  showFolderDialog: async ({ title }) => {
    const result = await showOpenDialog({
      title,
      properties: ['openDirectory', 'createDirectory'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  fileSize: async (filePath) => (await stat(filePath)).size,
  readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
  writeFile: (filePath, bytes) => writeFile(filePath, bytes),
  baseName: (filePath) => path.basename(filePath),
  lastFolder: (kind) => dialogFolders.get(kind),
  rememberFolder: (kind, filePath) => {
    dialogFolders.set(kind, path.dirname(filePath));
    writeJson('dialog-folders.json', Object.fromEntries(dialogFolders));
  },
  rememberRecent,
  language: () => settings.language,
  setLanguage: (language) => {
    updateSettings({ language });
    refreshMenu();
    applyWindowTitle();
  },
  setWindowTitle: (request) => {
    titleRequest = request;
    applyWindowTitle();
  },
  backups,
  backupFolderMoved: (folder) => {
    const isDefault = path.resolve(folder) === path.resolve(userFile('backups'));
    updateSettings({ backupFolder: isDefault ? null : folder });
  },
  openFolder: async (folder) => {
    const failure = await shell.openPath(folder);
    if (failure !== '') {
      throw new Error(
        `无法打开文件夹 ${folder}：${failure}。 Cannot open folder ${folder}: ${failure}.`,
      );
    }
  },
  printToPdf: async () => {
    if (!mainWindow) throw new Error('没有可打印的窗口。 There is no window to print.');
    return new Uint8Array(await mainWindow.webContents.printToPDF(pdfPrintOptions));
  },
};

const menuHandlers: MenuHandlers = {
  sendToRenderer: (command) => send({ command }),
  openBackupFolder: () => {
    openBackupFolder(services).catch((error: unknown) =>
      showError(error instanceof Error ? error.message : String(error)),
    );
  },
  openRecentFile: (filePath) => void opener.open(filePath),
  clearRecentFiles: () => {
    updateSettings({ recentFiles: [] });
    if (hasOsRecentDocuments) app.clearRecentDocuments();
    refreshMenu();
  },
  showAbout: () => {
    const { message, detail } = text().about(app.getVersion());
    void showMessage({ type: 'info', message, detail, buttons: [text().ok] });
  },
  showGuide: () => {
    const { message, detail } = text().guide;
    void showMessage({ type: 'info', message, detail, buttons: [text().ok] });
  },
};

function refreshMenu(): void {
  const template = buildMenuTemplate(settings.language, menuHandlers, {
    isDev: !app.isPackaged,
    platform: process.platform,
    recentFiles: settings.recentFiles,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const dailyBackups = createDailyBackupSchedule({
  listBackups: () => backups.list(),
  send,
  nowMs: Date.now,
  utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
});

function createWindow(): BrowserWindow {
  const saved = parseWindowState(readText('window-state.json'));
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    mainWindowOptions(bounds, preloadPath, windowTitle(settings.language, titleRequest)),
  );
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // The title is ours (scope and unsaved state), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('did-finish-load', () => {
    void opener.windowReady();
    dailyBackups.start();
  });
  window.on('close', () => {
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    writeJson('window-state.json', state);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appEntryUrl);
  mainWindow = window;
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  for (const filePath of workbookPathsInArgv(process.argv, process.cwd())) {
    void opener.open(filePath);
  }
  // macOS sends files opened from Finder as events, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void opener.open(filePath);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    for (const filePath of workbookPathsInArgv(argv, workingDirectory)) void opener.open(filePath);
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, (url) => {
      const owner = BrowserWindow.fromWebContents(contents);
      void confirmExternalLink(url, {
        showMessageBox: (options) =>
          owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options),
        openExternal: (link) => shell.openExternal(link),
      });
    }),
  );
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => dailyBackups.stop());
  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    protocol.handle(
      appScheme,
      createAppProtocolHandler(
        rendererRoot,
        async (filePath) => new Uint8Array(await readFile(filePath)),
      ),
    );
    registerDesktopHandlers(ipcMain, services);
    registerPreloadHandlers(ipcMain, { openDroppedWorkbook: (filePath) => opener.open(filePath) });
    refreshMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
