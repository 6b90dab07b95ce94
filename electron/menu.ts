/**
 * The application menu as a template, built from plain inputs so tests can check every label,
 * accelerator and role. Commands that change data go to the renderer, which owns the data;
 * editing and zoom use Electron's roles so text fields and the page behave natively.
 */
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { DesktopLanguage, RendererMenuCommand } from '../shared/desktop/desktop-api';
import { desktopText } from './desktop-text';

export interface MenuHandlers {
  readonly sendToRenderer: (command: RendererMenuCommand) => void;
  readonly openBackupFolder: () => void;
  readonly openRecentFile: (filePath: string) => void;
  readonly clearRecentFiles: () => void;
  readonly showAbout: () => void;
  readonly showGuide: () => void;
}

export interface MenuEnvironment {
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  /** Most recent first. */
  readonly recentFiles?: readonly string[];
}

type Item = MenuItemConstructorOptions;

function recentSubmenu(
  language: DesktopLanguage,
  handlers: MenuHandlers,
  recentFiles: readonly string[],
): Item[] {
  const text = desktopText[language].menu;
  if (recentFiles.length === 0)
    return [{ id: 'recent-none', label: text.noRecent, enabled: false }];
  return [
    ...recentFiles.map((filePath, index): Item => ({
      id: `recent-${index}`,
      label: `${index + 1}  ${path.basename(filePath)}`,
      toolTip: filePath,
      click: () => handlers.openRecentFile(filePath),
    })),
    { type: 'separator' },
    { id: 'recent-clear', label: text.clearRecent, click: () => handlers.clearRecentFiles() },
  ];
}

export function buildMenuTemplate(
  language: DesktopLanguage,
  handlers: MenuHandlers,
  { isDev, platform, recentFiles = [] }: MenuEnvironment,
): Item[] {
  const text = desktopText[language].menu;
  const isMac = platform === 'darwin';
  const send = (command: RendererMenuCommand) => () => handlers.sendToRenderer(command);

  const file: Item = {
    id: 'file',
    label: text.file,
    submenu: [
      { id: 'import', label: text.import, accelerator: 'CmdOrCtrl+O', click: send('import') },
      {
        id: 'recent',
        label: text.recent,
        submenu: recentSubmenu(language, handlers, recentFiles),
      },
      { id: 'export', label: text.export, accelerator: 'CmdOrCtrl+E', click: send('export') },
      { type: 'separator' },
      { id: 'backup', label: text.backup, click: send('backup') },
      // No accelerator on purpose: restoring replaces the data and should take a deliberate click.
      { id: 'restore', label: text.restore, click: send('restore') },
      {
        id: 'open-backup-folder',
        label: text.openBackupFolder,
        click: () => handlers.openBackupFolder(),
      },
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            {
              id: 'quit',
              label: text.quit,
              role: 'quit',
              accelerator: platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q',
            } as const,
          ]),
    ],
  };

  const edit: Item = {
    id: 'edit',
    label: text.edit,
    submenu: [
      // Undo and redo step through the registry's change history, which the renderer keeps;
      // inside a text field the renderer hands them to the field instead.
      { id: 'undo', label: text.undo, accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      {
        id: 'redo',
        label: text.redo,
        accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
        click: send('redo'),
      },
      { type: 'separator' },
      { id: 'cut', label: text.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'copy', label: text.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'paste', label: text.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { id: 'select-all', label: text.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const view: Item = {
    id: 'view',
    label: text.view,
    submenu: [
      ...(isDev
        ? [
            {
              id: 'reload',
              label: text.reload,
              role: 'reload',
              accelerator: 'CmdOrCtrl+R',
            } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { id: 'reset-zoom', label: text.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { id: 'zoom-in', label: text.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      // Plus needs Shift on most keyboards; Ctrl+= is what people press.
      { id: 'zoom-in-equals', role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { id: 'zoom-out', label: text.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      {
        id: 'full-screen',
        label: text.fullScreen,
        role: 'togglefullscreen',
        accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11',
      },
    ],
  };

  const help: Item = {
    id: 'help',
    label: text.help,
    role: 'help',
    submenu: [
      { id: 'guide', label: text.guide, accelerator: 'F1', click: () => handlers.showGuide() },
      { id: 'about', label: text.about, click: () => handlers.showAbout() },
    ],
  };

  const appMenu: Item[] = isMac
    ? [{ id: 'app', label: desktopText[language].productName, role: 'appMenu' }]
    : [];
  return [...appMenu, file, edit, view, help];
}
