import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/desktop/desktop-api';
import { createMenuCommandDispatcher, type TextEditing } from './menu-commands';

function fakeDesktop(editing = false) {
  let listener: ((command: MenuCommand) => void) | undefined;
  const subscribe = vi.fn((next: (command: MenuCommand) => void) => {
    listener = next;
    return () => undefined;
  });
  const textEditing: TextEditing = {
    isEditingText: () => editing,
    undoOrRedoText: vi.fn(),
  };
  const send = (command: MenuCommand) => {
    if (!listener) throw new Error('nobody subscribed');
    listener(command);
  };
  return { subscribe, textEditing, send };
}

const workbook: MenuCommand = {
  command: 'openWorkbook',
  file: { name: '1-9月营收.xlsx', bytes: new Uint8Array([1]) },
};

describe('menu commands in the renderer', () => {
  it('subscribes once and gives each handler only its own command', () => {
    const desktop = fakeDesktop();
    const dispatcher = createMenuCommandDispatcher(desktop.subscribe, desktop.textEditing);
    const onImport = vi.fn();
    const onExport = vi.fn();
    dispatcher.on('import', onImport);
    dispatcher.on('export', onExport);
    desktop.send({ command: 'import' });
    expect(onImport).toHaveBeenCalledWith({ command: 'import' });
    expect(onExport).not.toHaveBeenCalled();
    expect(desktop.subscribe).toHaveBeenCalledOnce();
  });

  it('stops calling a handler once it unsubscribes', () => {
    const desktop = fakeDesktop();
    const dispatcher = createMenuCommandDispatcher(desktop.subscribe, desktop.textEditing);
    const onBackup = vi.fn();
    const off = dispatcher.on('backup', onBackup);
    off();
    desktop.send({ command: 'backup' });
    expect(onBackup).not.toHaveBeenCalled();
  });

  it('keeps a workbook until the import screen handles it, but drops unhandled clicks', async () => {
    const desktop = fakeDesktop();
    const dispatcher = createMenuCommandDispatcher(desktop.subscribe, desktop.textEditing);
    dispatcher.on('undo', vi.fn());
    desktop.send(workbook);
    desktop.send({ command: 'export' });
    const onWorkbook = vi.fn();
    const onExport = vi.fn();
    dispatcher.on('openWorkbook', onWorkbook);
    dispatcher.on('export', onExport);
    await Promise.resolve();
    expect(onWorkbook).toHaveBeenCalledWith(workbook);
    expect(onExport).not.toHaveBeenCalled();
  });

  it('hands undo and redo to the text field being typed in', () => {
    const desktop = fakeDesktop(true);
    const dispatcher = createMenuCommandDispatcher(desktop.subscribe, desktop.textEditing);
    const onUndo = vi.fn();
    dispatcher.on('undo', onUndo);
    desktop.send({ command: 'undo' });
    desktop.send({ command: 'redo' });
    expect(onUndo).not.toHaveBeenCalled();
    expect(desktop.textEditing.undoOrRedoText).toHaveBeenCalledWith('undo');
    expect(desktop.textEditing.undoOrRedoText).toHaveBeenCalledWith('redo');
  });

  it('undoes registry changes when no text field has focus', () => {
    const desktop = fakeDesktop(false);
    const dispatcher = createMenuCommandDispatcher(desktop.subscribe, desktop.textEditing);
    const onUndo = vi.fn();
    dispatcher.on('undo', onUndo);
    desktop.send({ command: 'undo' });
    expect(onUndo).toHaveBeenCalledOnce();
    expect(desktop.textEditing.undoOrRedoText).not.toHaveBeenCalled();
  });

  it('opens the screen of a command nobody handles yet, which receives it once it mounts', async () => {
    const desktop = fakeDesktop();
    const opened: MenuCommand[] = [];
    const dispatcher = createMenuCommandDispatcher(
      desktop.subscribe,
      desktop.textEditing,
      (command) => {
        opened.push(command);
        return command.command === 'import';
      },
    );
    dispatcher.on('undo', vi.fn());
    desktop.send({ command: 'import' });
    desktop.send({ command: 'backup' });
    expect(opened).toEqual([{ command: 'import' }, { command: 'backup' }]);
    const onImport = vi.fn();
    const onBackup = vi.fn();
    dispatcher.on('import', onImport);
    dispatcher.on('backup', onBackup);
    await Promise.resolve();
    expect(onImport).toHaveBeenCalledOnce();
    expect(onBackup).not.toHaveBeenCalled();
  });

  it('does not open a screen for a command already handled where the user is', () => {
    const desktop = fakeDesktop();
    const router = vi.fn(() => true);
    const dispatcher = createMenuCommandDispatcher(desktop.subscribe, desktop.textEditing, router);
    const onImport = vi.fn();
    dispatcher.on('import', onImport);
    desktop.send({ command: 'import' });
    expect(onImport).toHaveBeenCalledOnce();
    expect(router).not.toHaveBeenCalled();
  });
});
