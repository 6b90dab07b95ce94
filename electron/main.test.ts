/**
 * Boots the real main.ts against a fake `electron` module and checks what it did: the window's
 * webPreferences, the session's handlers, the protocol, every IPC channel, the menu, and the
 * paths a workbook takes into the renderer. This is the main-process code itself, not a copy
 * of its settings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicyHeader } from '../shared/desktop/content-security-policy';
import { appScheme, desktopChannels, menuCommandChannel } from '../shared/desktop/desktop-api';
import { preloadChannels } from './preload-channels';
import { appEntryUrl, appSchemePrivileges, secureWebPreferences } from './security';

type Listener = (...args: unknown[]) => unknown;

interface FakeWindow {
  options: { webPreferences: Record<string, unknown>; title: string };
  listeners: Map<string, Listener>;
  contentsListeners: Map<string, Listener>;
  sent: unknown[][];
  loadedUrl: string | undefined;
  title: string | undefined;
}

const fake = vi.hoisted(() => {
  const userData = { path: '' };
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  return {
    userData,
    ready: () => ready(),
    whenReady,
    appListeners: new Map<string, (...args: unknown[]) => unknown>(),
    windows: [] as FakeWindow[],
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    menus: [] as unknown[],
    session: {
      permissionRequest: undefined as
        ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined,
      permissionCheck: undefined as (() => boolean) | undefined,
      devicePermission: undefined as (() => boolean) | undefined,
      willDownload: undefined as ((event: { preventDefault: () => void }) => void) | undefined,
      beforeRequest: undefined as
        | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void)
        | undefined,
    },
  };
});

vi.mock('electron', () => {
  class BrowserWindow implements FakeWindow {
    static getAllWindows = () => fake.windows;
    static fromWebContents = () => null;
    listeners = new Map<string, Listener>();
    contentsListeners = new Map<string, Listener>();
    sent: unknown[][] = [];
    loadedUrl: string | undefined;
    title: string | undefined;
    webContents = {
      on: (name: string, listener: Listener) => this.contentsListeners.set(name, listener),
      send: (...args: unknown[]) => this.sent.push(args),
      printToPDF: () => Promise.resolve(Buffer.from('%PDF')),
    };
    constructor(readonly options: FakeWindow['options']) {
      fake.windows.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    once(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.title = title;
    }
    maximize = () => undefined;
    show = () => undefined;
    focus = () => undefined;
    restore = () => undefined;
    isMinimized = () => false;
    setDocumentEdited = () => undefined;
  }
  return {
    app: {
      on: (name: string, listener: Listener) => fake.appListeners.set(name, listener),
      getPath: () => fake.userData.path,
      getName: () => 'park-ledger',
      getVersion: () => '0.1.0',
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      whenReady: () => fake.whenReady,
      quit: () => undefined,
      addRecentDocument: () => undefined,
      clearRecentDocuments: () => undefined,
    },
    BrowserWindow,
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showMessageBox: () => Promise.resolve({ response: 1 }),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => fake.ipcHandlers.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof fake.session.permissionRequest) =>
          (fake.session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof fake.session.permissionCheck) =>
          (fake.session.permissionCheck = handler),
        setDevicePermissionHandler: (handler: typeof fake.session.devicePermission) =>
          (fake.session.devicePermission = handler),
        on: (_name: string, listener: typeof fake.session.willDownload) =>
          (fake.session.willDownload = listener),
        webRequest: {
          onBeforeRequest: (_filter: unknown, listener: typeof fake.session.beforeRequest) =>
            (fake.session.beforeRequest = listener),
        },
      },
    },
    shell: { openPath: () => Promise.resolve(''), openExternal: () => Promise.resolve() },
  };
});

const ourFrame = { senderFrame: { url: 'app://park-ledger/index.html', parent: null } };
const folders: string[] = [];

function window(): FakeWindow {
  const [first] = fake.windows;
  if (!first) throw new Error('main.ts created no window');
  return first;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeAll(async () => {
  fake.userData.path = mkdtempSync(path.join(tmpdir(), 'park-ledger-userdata-'));
  folders.push(fake.userData.path);
  await import('./main');
  fake.ready();
  await settle();
});

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('main.ts, booted against a fake Electron', () => {
  it('registers app:// as a secure standard scheme that does not bypass the CSP', () => {
    expect(fake.schemes).toEqual([{ scheme: appScheme, privileges: appSchemePrivileges }]);
    expect(appSchemePrivileges).not.toHaveProperty('bypassCSP');
    expect(appSchemePrivileges).not.toHaveProperty('corsEnabled');
  });

  it('creates one window with the hardened webPreferences and our preload', () => {
    expect(fake.windows).toHaveLength(1);
    const { webPreferences } = window().options;
    expect(String(webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(webPreferences).toEqual(secureWebPreferences(String(webPreferences.preload)));
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window().loadedUrl).toBe(appEntryUrl);
  });

  it('denies every permission, device, download and remote request in the session', () => {
    const granted = vi.fn();
    fake.session.permissionRequest?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(fake.session.permissionCheck?.()).toBe(false);
    expect(fake.session.devicePermission?.()).toBe(false);
    const download = { preventDefault: vi.fn() };
    fake.session.willDownload?.(download);
    expect(download.preventDefault).toHaveBeenCalled();
    const decision = vi.fn();
    fake.session.beforeRequest?.({ url: 'https://cdn.example/x.js' }, decision);
    expect(decision).toHaveBeenCalledWith({ cancel: true });
  });

  it('hardens every web contents that is created', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    fake.appListeners.get('web-contents-created')?.({}, contents);
    const navigation = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
  });

  it('serves the renderer through app:// with the CSP header', async () => {
    const handler = fake.protocolHandlers.get(appScheme);
    const response = await handler?.({ url: 'app://park-ledger/index.html' });
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader);
  });

  it('handles every DesktopApi channel and the preload’s drop channel, and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [...Object.values(desktopChannels), preloadChannels.openDroppedWorkbook].sort(),
    );
  });

  it('refuses an IPC call from a frame that is not ours', async () => {
    const handler = fake.ipcHandlers.get(desktopChannels.listBackups);
    await expect(
      handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).rejects.toThrow(/untrusted frame/);
  });

  it('sets the Chinese menu and keeps the title its own', () => {
    const menu = fake.menus.at(-1) as { template: { label?: string }[] };
    expect(menu.template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const titleUpdate = { preventDefault: vi.fn() };
    window().listeners.get('page-title-updated')?.(titleUpdate);
    expect(titleUpdate.preventDefault).toHaveBeenCalled();
  });

  it('titles the window from the renderer’s scope and follows its language', async () => {
    await fake.ipcHandlers.get(desktopChannels.setWindowTitle)?.(ourFrame, {
      scope: '我的园区',
      dirty: true,
    });
    expect(window().title).toBe('我的园区（未保存） — 园区台账');
    await fake.ipcHandlers.get(desktopChannels.setLanguage)?.(ourFrame, 'en');
    expect(window().title).toBe('我的园区 (unsaved) — Park Ledger');
    const menu = fake.menus.at(-1) as { template: { label?: string }[] };
    expect(menu.template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('opens a workbook from a second launch once the window has loaded, and asks for the daily backup', async () => {
    const workbook = path.join(fake.userData.path, '园区名录.xlsx');
    writeFileSync(workbook, 'PK');
    fake.appListeners.get('second-instance')?.({}, ['/opt/park-ledger/park-ledger', workbook], '/');
    await settle();
    expect(window().sent).toEqual([]);
    window().contentsListeners.get('did-finish-load')?.();
    await settle();
    expect(window().sent).toContainEqual([
      menuCommandChannel,
      { command: 'openWorkbook', file: { name: '园区名录.xlsx', bytes: new Uint8Array([80, 75]) } },
    ]);
    expect(window().sent).toContainEqual([menuCommandChannel, { command: 'dailyBackupDue' }]);
    const menu = fake.menus.at(-1) as {
      template: { id?: string; submenu?: { id?: string; submenu?: { label?: string }[] }[] }[];
    };
    const recent = menu.template[0]?.submenu?.find((item) => item.id === 'recent');
    expect(recent?.submenu?.[0]?.label).toBe('1  园区名录.xlsx');
  });

  it('writes a backup into userData/backups and lists it', async () => {
    const bytes = new TextEncoder().encode('{"format":"park-ledger-backup"}');
    await fake.ipcHandlers.get(desktopChannels.writeBackup)?.(ourFrame, { kind: 'daily', bytes });
    const listing = (await fake.ipcHandlers.get(desktopChannels.listBackups)?.(ourFrame)) as {
      folder: string;
      backups: { kind: string; sizeBytes: number }[];
    };
    expect(listing.folder).toBe(path.join(fake.userData.path, 'backups'));
    expect(listing.backups).toEqual([
      expect.objectContaining({ kind: 'daily', sizeBytes: bytes.length }),
    ]);
  });
});
