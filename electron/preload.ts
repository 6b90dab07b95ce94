/**
 * Sandboxed preload: exposes exactly one object, `window.desktop`, whose methods only forward to
 * their IPC channels, and sends workbooks dropped on the window to main by path. No Node or
 * Electron object reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createDesktopBridge, forwardDroppedFiles, type DropTarget } from './preload-bridge';

contextBridge.exposeInMainWorld('desktop', createDesktopBridge(ipcRenderer));
// The preload runs in the page's window; this project compiles without the DOM library so
// that main cannot use it, hence the window is typed by the members drop forwarding needs.
const pageWindow = globalThis as unknown as DropTarget;
forwardDroppedFiles(
  pageWindow,
  (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]),
  ipcRenderer,
);
