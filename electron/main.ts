/**
 * The desktop shell: one hardened window showing the renderer from app://park-ledger/.
 * The origin is fixed for every release because IndexedDB data belongs to the origin.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  net,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicyHeader } from '../shared/desktop/content-security-policy';
import { appScheme } from '../shared/desktop/desktop-api';
import { registerDesktopHandlers } from './ipc';
import {
  appEntryUrl,
  isAppUrl,
  isSafeExternalUrl,
  mimeTypeFor,
  resolveAppAsset,
  secureWebPreferences,
} from './security';
import {
  parseFolderMemory,
  parseWindowState,
  restoreBounds,
  type WindowState,
} from './remembered-state';

protocol.registerSchemesAsPrivileged([
  {
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
]);

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const userFile = (name: string) => path.join(app.getPath('userData'), name);

function readJson(name: string): string | null {
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

const dialogFolders = new Map(Object.entries(parseFolderMemory(readJson('dialog-folders.json'))));

function serveRenderer(): void {
  protocol.handle(appScheme, async (request) => {
    const filePath = resolveAppAsset(rendererRoot, request.url);
    if (filePath === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(filePath).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      headers: {
        'content-type': mimeTypeFor(filePath),
        'content-security-policy': contentSecurityPolicyHeader,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

async function confirmExternal(contents: WebContents, url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'question' as const,
    buttons: ['在浏览器中打开 Open in browser', '取消 Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: '要在系统浏览器中打开这个外部链接吗？\nOpen this external link in your browser?',
    detail: url,
  };
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      void confirmExternal(contents, url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(contents, url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const saved = parseWindowState(readJson('window-state.json'));
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '园区台账 Park Ledger',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    writeJson('window-state.json', state);
  });
  void window.loadURL(appEntryUrl);
  return window;
}

function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.on('will-download', (event) => event.preventDefault());
}

function registerIpc(): void {
  registerDesktopHandlers(ipcMain, {
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
    showOpenDialog: async (options) => {
      const owner = BrowserWindow.getFocusedWindow();
      const dialogOptions = {
        properties: ['openFile' as const],
        ...(options.title !== undefined && { title: options.title }),
        ...(options.filters !== undefined && {
          filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        }),
      };
      return owner
        ? dialog.showOpenDialog(owner, dialogOptions)
        : dialog.showOpenDialog(dialogOptions);
    },
    showSaveDialog: async (options) => {
      const owner = BrowserWindow.getFocusedWindow();
      const dialogOptions = {
        defaultPath: options.defaultPath,
        ...(options.title !== undefined && { title: options.title }),
        ...(options.filters !== undefined && {
          filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        }),
      };
      return owner
        ? dialog.showSaveDialog(owner, dialogOptions)
        : dialog.showSaveDialog(dialogOptions);
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
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    denyAllPermissions();
    serveRenderer();
    registerIpc();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
