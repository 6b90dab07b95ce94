/**
 * Sandboxed preload: exposes exactly one object, `window.desktop`, whose methods
 * only forward to their IPC channels. No Node or Electron object reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  desktopChannels,
  type DesktopApi,
  type OpenFileRequest,
  type SaveFileRequest,
} from '../shared/desktop/desktop-api';

const desktop: DesktopApi = {
  appInfo: () => ipcRenderer.invoke(desktopChannels.appInfo),
  openFile: (request: OpenFileRequest) => ipcRenderer.invoke(desktopChannels.openFile, request),
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(desktopChannels.saveFile, request),
};

contextBridge.exposeInMainWorld('desktop', desktop);
