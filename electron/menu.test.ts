import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { rendererMenuCommands } from '../shared/desktop/desktop-api';
import { buildMenuTemplate, type MenuEnvironment, type MenuHandlers } from './menu';

type Item = MenuItemConstructorOptions;

function fakeHandlers(): MenuHandlers {
  return {
    sendToRenderer: vi.fn(),
    openBackupFolder: vi.fn(),
    openRecentFile: vi.fn(),
    clearRecentFiles: vi.fn(),
    showAbout: vi.fn(),
    showGuide: vi.fn(),
  };
}

const linux: MenuEnvironment = { isDev: false, platform: 'linux' };

function children(item: Item | undefined): Item[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

function findItem(items: readonly Item[], id: string): Item {
  for (const item of items) {
    if (item.id === id) return item;
    const nested = children(item);
    if (nested.length > 0) {
      try {
        return findItem(nested, id);
      } catch {
        // not in this submenu
      }
    }
  }
  throw new Error(`no menu item ${id}`);
}

function labels(items: readonly Item[]): (string | undefined)[] {
  return items
    .filter((item) => item.visible !== false)
    .map((item) => (item.type === 'separator' ? '—' : item.label));
}

function click(item: Item): void {
  (item.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('is in Chinese with the office’s usual items', () => {
    const menu = buildMenuTemplate('zh-CN', fakeHandlers(), linux);
    expect(labels(menu)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels(children(menu[0]))).toEqual([
      '导入…',
      '最近打开',
      '导出…',
      '—',
      '备份…',
      '从备份恢复…',
      '打开备份文件夹',
      '—',
      '退出',
    ]);
    expect(labels(children(menu[1]))).toEqual([
      '撤销',
      '重做',
      '—',
      '剪切',
      '复制',
      '粘贴',
      '全选',
    ]);
    expect(labels(children(menu[2]))).toEqual(['实际大小', '放大', '缩小', '—', '全屏']);
    expect(labels(children(menu[3]))).toEqual(['使用说明', '关于']);
  });

  it('follows the UI into English', () => {
    const menu = buildMenuTemplate('en', fakeHandlers(), linux);
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(findItem(menu, 'restore').label).toBe('Restore from Backup…');
    expect(findItem(menu, 'reset-zoom').label).toBe('Actual Size');
  });

  it('uses the standard accelerators', () => {
    const menu = buildMenuTemplate('zh-CN', fakeHandlers(), linux);
    const accelerators = Object.fromEntries(
      ['import', 'export', 'undo', 'redo', 'cut', 'copy', 'paste', 'select-all', 'reset-zoom']
        .concat(['zoom-in', 'zoom-in-equals', 'zoom-out', 'full-screen', 'quit', 'guide'])
        .map((id) => [id, findItem(menu, id).accelerator]),
    );
    expect(accelerators).toEqual({
      import: 'CmdOrCtrl+O',
      export: 'CmdOrCtrl+E',
      undo: 'CmdOrCtrl+Z',
      redo: 'Shift+CmdOrCtrl+Z',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      'select-all': 'CmdOrCtrl+A',
      'reset-zoom': 'CmdOrCtrl+0',
      'zoom-in': 'CmdOrCtrl+Plus',
      'zoom-in-equals': 'CmdOrCtrl+=',
      'zoom-out': 'CmdOrCtrl+-',
      'full-screen': 'F11',
      quit: 'Ctrl+Q',
      guide: 'F1',
    });
    expect(findItem(menu, 'restore').accelerator).toBeUndefined();
  });

  it('uses Windows conventions on Windows', () => {
    const menu = buildMenuTemplate('zh-CN', fakeHandlers(), { isDev: false, platform: 'win32' });
    expect(findItem(menu, 'redo').accelerator).toBe('Ctrl+Y');
    expect(findItem(menu, 'quit').accelerator).toBe('Alt+F4');
  });

  it('gives editing, zoom, full screen and quit to Electron’s roles', () => {
    const menu = buildMenuTemplate('zh-CN', fakeHandlers(), linux);
    const roles = Object.fromEntries(
      ['cut', 'copy', 'paste', 'select-all', 'reset-zoom', 'zoom-in', 'zoom-out', 'full-screen']
        .concat(['quit'])
        .map((id) => [id, findItem(menu, id).role]),
    );
    expect(roles).toEqual({
      cut: 'cut',
      copy: 'copy',
      paste: 'paste',
      'select-all': 'selectAll',
      'reset-zoom': 'resetZoom',
      'zoom-in': 'zoomIn',
      'zoom-out': 'zoomOut',
      'full-screen': 'togglefullscreen',
      quit: 'quit',
    });
  });

  it('sends the data commands to the renderer, which owns the data', () => {
    const handlers = fakeHandlers();
    const menu = buildMenuTemplate('zh-CN', handlers, linux);
    for (const command of rendererMenuCommands) {
      const item = findItem(menu, command);
      expect(item.role).toBeUndefined();
      click(item);
      expect(handlers.sendToRenderer).toHaveBeenLastCalledWith(command);
    }
    expect(handlers.sendToRenderer).toHaveBeenCalledTimes(rendererMenuCommands.length);
  });

  it('handles the backup folder, about and the guide in main', () => {
    const handlers = fakeHandlers();
    const menu = buildMenuTemplate('zh-CN', handlers, linux);
    click(findItem(menu, 'open-backup-folder'));
    click(findItem(menu, 'about'));
    click(findItem(menu, 'guide'));
    expect(handlers.openBackupFolder).toHaveBeenCalledOnce();
    expect(handlers.showAbout).toHaveBeenCalledOnce();
    expect(handlers.showGuide).toHaveBeenCalledOnce();
    expect(handlers.sendToRenderer).not.toHaveBeenCalled();
  });

  it('offers reload only in development', () => {
    const production = buildMenuTemplate('zh-CN', fakeHandlers(), linux);
    expect(() => findItem(production, 'reload')).toThrow();
    const development = buildMenuTemplate('zh-CN', fakeHandlers(), { ...linux, isDev: true });
    expect(findItem(development, 'reload')).toMatchObject({
      label: '重新载入',
      role: 'reload',
      accelerator: 'CmdOrCtrl+R',
    });
  });

  it('lists recent workbooks by name and opens the one picked', () => {
    const handlers = fakeHandlers();
    const recentFiles = ['/home/li/报表/2024年1-9月.xlsx', '/home/li/园区名录.csv'];
    const menu = buildMenuTemplate('zh-CN', handlers, { ...linux, recentFiles });
    expect(labels(children(findItem(menu, 'recent')))).toEqual([
      '1  2024年1-9月.xlsx',
      '2  园区名录.csv',
      '—',
      '清除最近打开',
    ]);
    click(findItem(menu, 'recent-1'));
    expect(handlers.openRecentFile).toHaveBeenCalledWith('/home/li/园区名录.csv');
    click(findItem(menu, 'recent-clear'));
    expect(handlers.clearRecentFiles).toHaveBeenCalledOnce();
  });

  it('shows an empty, disabled recent list', () => {
    const menu = buildMenuTemplate('zh-CN', fakeHandlers(), linux);
    expect(children(findItem(menu, 'recent'))).toEqual([
      expect.objectContaining({ label: '（无）', enabled: false }),
    ]);
  });

  it('puts quit in the application menu on macOS', () => {
    const menu = buildMenuTemplate('zh-CN', fakeHandlers(), { isDev: false, platform: 'darwin' });
    expect(menu[0]).toMatchObject({ role: 'appMenu', label: '园区台账' });
    expect(() => findItem(menu, 'quit')).toThrow();
    expect(findItem(menu, 'full-screen').accelerator).toBe('Ctrl+Cmd+F');
  });
});
