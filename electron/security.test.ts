import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyHeader,
  contentSecurityPolicyMeta,
} from '../shared/desktop/content-security-policy';
import {
  appEntryUrl,
  isAppUrl,
  isSafeExternalUrl,
  mainWindowOptions,
  mimeTypeFor,
  resolveAppAsset,
  secureWebPreferences,
} from './security';

describe('window webPreferences', () => {
  const prefs = secureWebPreferences('/app/preload.cjs');

  it('isolates the renderer from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('keeps web security on and experimental features off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('are the only webPreferences of the main window, which opens hidden until ready', () => {
    const options = mainWindowOptions({ width: 1200, height: 800 }, '/app/preload.cjs', '园区台账');
    expect(options.webPreferences).toEqual(prefs);
    expect(options).toMatchObject({ show: false, title: '园区台账', width: 1200, height: 800 });
  });
});

describe('content security policy', () => {
  it('allows scripts from the app only, and no plugins, frames or base changes', () => {
    expect(contentSecurityPolicyHeader).toContain("script-src 'self'");
    expect(contentSecurityPolicyHeader).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicyHeader).toContain("object-src 'none'");
    expect(contentSecurityPolicyHeader).toContain("base-uri 'none'");
    expect(contentSecurityPolicyHeader).toContain("frame-ancestors 'none'");
  });

  it('leaves header-only directives out of the meta tag', () => {
    expect(contentSecurityPolicyMeta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicyHeader.startsWith(contentSecurityPolicyMeta)).toBe(true);
  });
});

describe('navigation', () => {
  it('recognises our own origin only', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://park-ledger/assets/index.js')).toBe(true);
    expect(isAppUrl('app://other-host/index.html')).toBe(false);
    expect(isAppUrl('https://park-ledger/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only http(s) links externally', () => {
    expect(isSafeExternalUrl('https://www.bjchy.gov.cn/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/x')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('')).toBe(false);
  });
});

describe('serving the renderer from app://', () => {
  const root = path.resolve('/srv/renderer');

  it('maps the root and asset paths into the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://park-ledger/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://park-ledger/assets/a.js?v=1')).toBe(
      path.join(root, 'assets', 'a.js'),
    );
  });

  it('never resolves outside the folder, encoded or not', () => {
    const attempts = [
      'app://park-ledger/../secret',
      'app://park-ledger/%2e%2e/%2e%2e/etc/passwd',
      'app://park-ledger/..%2f..%2fsecret',
      'app://park-ledger/assets/..%5c..%5csecret',
    ];
    for (const attempt of attempts) {
      const resolved = resolveAppAsset(root, attempt);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveAppAsset(root, 'app://park-ledger/..%2f..%2fsecret')).toBeNull();
  });

  it('refuses NUL bytes and malformed escapes', () => {
    expect(resolveAppAsset(root, 'app://park-ledger/a%00b')).toBeNull();
    expect(resolveAppAsset(root, 'app://park-ledger/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts', () => {
    expect(resolveAppAsset(root, 'app://elsewhere/index.html')).toBeNull();
  });

  it('names the content type', () => {
    expect(mimeTypeFor('index.html')).toContain('text/html');
    expect(mimeTypeFor('a.JS')).toContain('javascript');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
