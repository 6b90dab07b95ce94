/**
 * The desktop shell's defences as functions over the few Electron members they touch, so tests
 * drive them with fakes: every web contents may only show our app:// origin, the session denies
 * every permission, device, download and request for remote content, and the renderer is served
 * from the renderer folder only, with the Content-Security-Policy header.
 */
import type { MessageBoxOptions } from 'electron';
import path from 'node:path';
import { contentSecurityPolicyHeader } from '../shared/desktop/content-security-policy';
import { isAppUrl, isSafeExternalUrl, mimeTypeFor, resolveAppAsset } from './security';

interface PreventableEvent {
  preventDefault(): void;
}

/** The members of Electron's WebContents that hardening uses. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  // Separate overloads, as Electron declares them, so a real WebContents is assignable.
  // eslint-disable-next-line @typescript-eslint/unified-signatures
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: PreventableEvent & { url: string; isMainFrame: boolean }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Navigation away, redirects, webviews and new windows are all refused. A link to an http(s)
 * page is offered to the user's browser through `confirmExternal`; nothing else ever leaves.
 */
export function hardenContents(
  contents: HardenableContents,
  confirmExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) confirmExternal(url);
  });
  // Sub-frames only: for the main frame, cancelling here would stop will-navigate, and with it
  // the offer to open the link in the browser.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) confirmExternal(url);
    return { action: 'deny' };
  });
}

/** Cancel is the default, so Enter never opens a link by accident. */
export const externalLinkQuestion = {
  type: 'question',
  buttons: ['在浏览器中打开 Open in browser', '取消 Cancel'],
  defaultId: 1,
  cancelId: 1,
  message: '要在系统浏览器中打开这个外部链接吗？\nOpen this external link in your browser?',
} satisfies MessageBoxOptions;

export interface ExternalLinkServices {
  readonly showMessageBox: (options: MessageBoxOptions) => Promise<{ response: number }>;
  readonly openExternal: (url: string) => Promise<void>;
}

/** Asks first; only http(s) URLs are ever handed to the system browser. */
export async function confirmExternalLink(
  url: string,
  services: ExternalLinkServices,
): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  const { response } = await services.showMessageBox({ ...externalLinkQuestion, detail: url });
  if (response === 0) await services.openExternal(url);
}

/** The members of Electron's Session that hardening uses. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
}

/** Schemes that reach the network or the disk outside our protocol handler. */
const blockedSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** True for any request that would load content from outside the app. */
export function isBlockedRequest(url: string): boolean {
  try {
    return blockedSchemes.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

/**
 * The app needs no permission (camera, notifications, geolocation, USB…) and downloads
 * nothing, so every request is denied without asking; remote content is cancelled at the
 * session, under the CSP, so even a bug in the page cannot load it.
 */
export function denyAllPermissions(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) =>
    callback({ cancel: isBlockedRequest(details.url) }),
  );
}

const notFound = () => new Response('Not found', { status: 404 });

/**
 * The app:// protocol handler: files of the renderer folder only, read from disk by main (the
 * session cancels file:// requests), each with the CSP header and no MIME sniffing.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
) {
  return async (request: { url: string }): Promise<Response> => {
    const filePath = resolveAppAsset(rendererRoot, request.url);
    if (filePath === null) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch {
      return notFound();
    }
    return new Response(new Blob([body.slice()]), {
      headers: {
        'content-type': mimeTypeFor(path.basename(filePath)),
        'content-security-policy': contentSecurityPolicyHeader,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
