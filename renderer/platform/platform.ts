import type { DesktopApi } from '../../shared/desktop/desktop-api';
import { createBrowserPlatform } from './browser-platform';

let platform: DesktopApi | undefined;

/** The desktop bridge inside Electron, the browser twin anywhere else. */
export function getPlatform(): DesktopApi {
  platform ??= window.desktop ?? createBrowserPlatform();
  return platform;
}

export function isDesktop(): boolean {
  return window.desktop !== undefined;
}
