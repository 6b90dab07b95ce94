/**
 * Fans commands from the desktop's menu (window.desktop.onMenuCommand) out to the components
 * that handle them, one subscription for the whole renderer. A workbook or a due backup that
 * arrives before its handler has mounted waits for it; so does a command whose screen is not
 * open (导入… from 总览): the router opens that screen, whose handler then receives it. Undo and redo while the user is typing
 * in a text field belong to the field, as in any desktop program.
 */
import {
  isHeldMenuCommand,
  type MenuCommand,
  type MenuCommandName,
  type MenuCommandOf,
} from '../../shared/desktop/desktop-api';

type Handler = (command: MenuCommand) => void;

export interface TextEditing {
  /** True when the focused element takes typed text (input, textarea, contenteditable). */
  readonly isEditingText: () => boolean;
  readonly undoOrRedoText: (command: 'undo' | 'redo') => void;
}

/** Opens the screen that handles `command`; false when no screen does. */
export type MenuCommandRouter = (command: MenuCommand) => boolean;

export function createMenuCommandDispatcher(
  subscribe: (listener: (command: MenuCommand) => void) => () => void,
  textEditing: TextEditing,
  openHandlingScreen: MenuCommandRouter = () => false,
) {
  const handlers = new Map<MenuCommandName, Set<Handler>>();
  const held: MenuCommand[] = [];
  let unsubscribe: (() => void) | null = null;

  function receive(command: MenuCommand): void {
    if ((command.command === 'undo' || command.command === 'redo') && textEditing.isEditingText()) {
      textEditing.undoOrRedoText(command.command);
      return;
    }
    const forCommand = handlers.get(command.command);
    if (forCommand !== undefined && forCommand.size > 0) {
      for (const handler of [...forCommand]) handler(command);
    } else if (openHandlingScreen(command) || isHeldMenuCommand(command)) {
      held.push(command);
    }
  }

  return {
    on<C extends MenuCommandName>(name: C, handler: (command: MenuCommandOf<C>) => void) {
      unsubscribe ??= subscribe(receive);
      // The map is keyed by command name, so a handler only ever sees its own command.
      const untyped = handler as Handler;
      const forCommand = handlers.get(name) ?? new Set<Handler>();
      forCommand.add(untyped);
      handlers.set(name, forCommand);
      const waiting = held.filter((command) => command.command === name);
      if (waiting.length > 0) {
        held.splice(0, held.length, ...held.filter((command) => command.command !== name));
        queueMicrotask(() => {
          for (const command of waiting) untyped(command);
        });
      }
      return () => {
        forCommand.delete(untyped);
      };
    },
  };
}

export type MenuCommandDispatcher = ReturnType<typeof createMenuCommandDispatcher>;
