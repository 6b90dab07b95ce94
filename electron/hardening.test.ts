import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicyHeader } from '../shared/desktop/content-security-policy';
import {
  confirmExternalLink,
  createAppProtocolHandler,
  denyAllPermissions,
  externalLinkQuestion,
  hardenContents,
  isBlockedRequest,
  type HardenableContents,
  type HardenableSession,
} from './hardening';

interface FakeEvent {
  preventDefault: () => void;
  prevented: boolean;
}

function fakeEvent(extra: object = {}): FakeEvent {
  const event = {
    prevented: false,
    preventDefault: () => {
      event.prevented = true;
    },
    ...extra,
  };
  return event;
}

type AnyListener = (event: FakeEvent, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, AnyListener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (name: string, listener: AnyListener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      openHandler = handler;
    },
  } as unknown as HardenableContents;
  return {
    contents,
    emit(name: string, url?: string, extra: object = {}) {
      const event = fakeEvent(extra);
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no ${name} handler`);
      listener(event, url);
      return event.prevented;
    },
    open: (url: string) => {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}

describe('every web contents stays on app://', () => {
  it('lets the app navigate within itself', () => {
    const fake = fakeContents();
    const confirm = vi.fn();
    hardenContents(fake.contents, confirm);
    expect(fake.emit('will-navigate', 'app://park-ledger/index.html#/parks')).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('stops navigation away and offers http(s) links to the browser after confirmation', () => {
    const fake = fakeContents();
    const confirm = vi.fn();
    hardenContents(fake.contents, confirm);
    expect(fake.emit('will-navigate', 'https://www.bjchy.gov.cn/')).toBe(true);
    expect(confirm).toHaveBeenCalledWith('https://www.bjchy.gov.cn/');
    expect(fake.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.emit('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('stops sub-frames and redirects leaving the app, and every webview', () => {
    const fake = fakeContents();
    hardenContents(fake.contents, vi.fn());
    const frame = (url: string, isMainFrame: boolean) =>
      fake.emit('will-frame-navigate', undefined, { url, isMainFrame });
    expect(frame('https://evil.example/', false)).toBe(true);
    expect(frame('app://park-ledger/x.html', false)).toBe(false);
    // The main frame is left to will-navigate, which asks the user.
    expect(frame('https://www.bjchy.gov.cn/', true)).toBe(false);
    expect(fake.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-redirect', 'app://park-ledger/index.html')).toBe(false);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('never opens a new window; an http(s) target goes through the confirmation', () => {
    const fake = fakeContents();
    const confirm = vi.fn();
    hardenContents(fake.contents, confirm);
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.open('app://park-ledger/index.html')).toEqual({ action: 'deny' });
    expect(fake.open('smb://server/share')).toEqual({ action: 'deny' });
    expect(confirm.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('external links', () => {
  it('opens the link only when the user chooses to, with Cancel the default', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const ask = (response: number) =>
      confirmExternalLink('https://example.org/a', {
        showMessageBox: (options) => {
          expect(options).toMatchObject({
            ...externalLinkQuestion,
            detail: 'https://example.org/a',
          });
          return Promise.resolve({ response });
        },
        openExternal,
      });
    await ask(1);
    expect(openExternal).not.toHaveBeenCalled();
    await ask(0);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a');
    expect(externalLinkQuestion.defaultId).toBe(externalLinkQuestion.cancelId);
  });

  it('never asks about, nor opens, anything but http(s)', async () => {
    const showMessageBox = vi.fn(() => Promise.resolve({ response: 0 }));
    const openExternal = vi.fn(() => Promise.resolve());
    await confirmExternalLink('file:///C:/Windows/system32/calc.exe', {
      showMessageBox,
      openExternal,
    });
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

function fakeSession() {
  const handlers: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
    device?: () => boolean;
    download?: (event: FakeEvent) => void;
    beforeRequest?: (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    filter?: { urls: string[] };
  } = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
    on: (_event, listener) => (handlers.download = listener),
    webRequest: {
      onBeforeRequest: (filter, listener) => {
        handlers.filter = filter;
        handlers.beforeRequest = listener;
      },
    },
  };
  return { session, handlers };
}

describe('the session denies by default', () => {
  it('refuses every permission request and check, and every device', () => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('cancels every download', () => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    const event = fakeEvent();
    handlers.download?.(event);
    expect(event.prevented).toBe(true);
  });

  it('cancels every request for remote or file content, and lets app:// through', () => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    expect(handlers.filter).toEqual({ urls: ['<all_urls>'] });
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      handlers.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('https://cdn.example/lib.js')).toBe(true);
    expect(decide('http://192.168.1.10/')).toBe(true);
    expect(decide('wss://example.org/socket')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://park-ledger/assets/index.js')).toBe(false);
    expect(isBlockedRequest('not a url')).toBe(true);
    expect(isBlockedRequest('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('the app:// protocol handler', () => {
  const root = path.resolve('/srv/renderer');
  const files = new Map([[path.join(root, 'index.html'), '<!doctype html>']]);
  const readFile = vi.fn((filePath: string) => {
    const content = files.get(filePath);
    return content === undefined
      ? Promise.reject(new Error('ENOENT'))
      : Promise.resolve(new TextEncoder().encode(content));
  });
  const handle = createAppProtocolHandler(root, readFile);

  it('serves renderer files with the CSP header and no sniffing', async () => {
    const response = await handle({ url: 'app://park-ledger/index.html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html>');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for missing files, other hosts and paths leaving the folder', async () => {
    readFile.mockClear();
    for (const url of [
      'app://park-ledger/missing.js',
      'app://elsewhere/index.html',
      'app://park-ledger/..%2f..%2fetc/passwd',
    ]) {
      expect((await handle({ url })).status).toBe(404);
    }
    expect(readFile).toHaveBeenCalledTimes(1);
  });
});
