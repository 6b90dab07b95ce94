import { useEffect, useRef } from 'react';
import type { MenuCommandName, MenuCommandOf } from '../../shared/desktop/desktop-api';
import type { MenuCommand } from '../../shared/desktop/desktop-api';
import { hashForSection, sectionFromHash, type SectionId } from '../app/sections';
import { createMenuCommandDispatcher, type MenuCommandDispatcher } from './menu-commands';
import { getPlatform } from './platform';

function isEditableElement(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) {
    return (
      !element.readOnly &&
      !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(element.type)
    );
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The section whose screen does a menu command's work; the others are handled app-wide. */
const commandSections: Partial<Record<MenuCommand['command'], SectionId>> = {
  import: 'exchange',
  export: 'exchange',
  openWorkbook: 'exchange',
};

function openHandlingSection(command: MenuCommand): boolean {
  const section = commandSections[command.command];
  if (section === undefined) return false;
  if (sectionFromHash(window.location.hash) !== section) {
    window.location.hash = hashForSection(section);
  }
  return true;
}

let dispatcher: MenuCommandDispatcher | undefined;

function menuCommands(): MenuCommandDispatcher {
  dispatcher ??= createMenuCommandDispatcher(
    (listener) => getPlatform().onMenuCommand(listener),
    {
      isEditingText: () => isEditableElement(document.activeElement),
      // The only way to run a field's own undo from script; every Chromium still supports it.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      undoOrRedoText: (command) => document.execCommand(command),
    },
    openHandlingSection,
  );
  return dispatcher;
}

/**
 * Runs `handler` when the desktop's menu sends `command` (导入…, 撤销, a workbook opened with
 * the app…). In the browser twin nothing is ever sent: keyboard shortcuts there are the UI's.
 */
export function useMenuCommand<C extends MenuCommandName>(
  command: C,
  handler: (command: MenuCommandOf<C>) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => menuCommands().on(command, (received) => latest.current(received)), [command]);
}
