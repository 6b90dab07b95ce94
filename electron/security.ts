/**
 * The desktop shell's security policy as plain data and pure checks, so that the
 * unit tests assert exactly what main.ts applies (Electron's security checklist).
 */
import path from 'node:path';
import { appHost, appOrigin, appScheme } from '../shared/desktop/desktop-api';

/**
 * app:// is a standard, secure origin (so IndexedDB, fetch and relative URLs work) that does
 * not bypass the CSP and is not open to other origins' fetches.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
} as const;

/** The only webPreferences a window of ours is created with. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** The options of our one window: its size, and the only webPreferences it may have. */
export function mainWindowOptions(bounds: WindowBounds, preloadPath: string, title: string) {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export const appEntryUrl = `${appOrigin}/index.html`;

/** True for URLs of our own renderer, the only content a window may show. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** External links the user may open in their browser, after confirming: http(s) only. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.host !== '';
  } catch {
    return false;
  }
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// request to a file inside the renderer's folder, or null when the
 * request is for another host or would escape the folder (../, encoded or not).
 */
export function resolveAppAsset(rendererRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}
