/**
 * Whether a keystroke belongs to what the user is typing in: a text field, a select, an
 * editable element, a grid cell being edited or an open dialog (a form). There Ctrl+Z is the
 * field's own undo, not the registry's.
 */
const nonTextInputTypes = new Set([
  'button',
  'checkbox',
  'radio',
  'submit',
  'reset',
  'file',
  'range',
  'color',
  'image',
]);

/** What the target needs to answer: a DOM element, or a stand-in in tests. */
export interface KeyTarget {
  readonly tagName: string;
  readonly type?: string;
  readonly readOnly?: boolean;
  readonly isContentEditable?: boolean;
  closest(selector: string): unknown;
}

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (target === null) return false;
  if (target.isContentEditable === true) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return target.readOnly !== true;
  if (tag === 'INPUT') {
    return (
      target.readOnly !== true && !nonTextInputTypes.has((target.type ?? 'text').toLowerCase())
    );
  }
  return target.closest('.ag-cell-inline-editing, .ag-popup-editor, dialog[open]') !== null;
}

export type HistoryKey = 'undo' | 'redo' | null;

/** Ctrl+Z undo; Ctrl+Y or Ctrl+Shift+Z redo (⌘ on a Mac). */
export function historyKeyOf(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}): HistoryKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
