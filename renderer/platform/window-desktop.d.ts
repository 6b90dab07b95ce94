import type { DesktopApi } from '../../shared/desktop/desktop-api';

declare global {
  interface Window {
    /** Present only inside the desktop app, exposed by the preload. */
    readonly desktop?: DesktopApi;
  }
}
