import { describe, expect, it } from 'vitest';
import { historyKeyOf, isTypingTarget, type KeyTarget } from './typing-target';

function element(overrides: Partial<KeyTarget> & { inside?: string } = {}): KeyTarget {
  const { inside, ...rest } = overrides;
  return {
    tagName: 'DIV',
    closest: (selector: string) =>
      inside !== undefined && selector.split(', ').includes(inside) ? {} : null,
    ...rest,
  };
}

describe('typing targets', () => {
  it('are text fields, selects and editable elements', () => {
    expect(isTypingTarget(element({ tagName: 'INPUT', type: 'text' }))).toBe(true);
    expect(isTypingTarget(element({ tagName: 'INPUT', type: 'date' }))).toBe(true);
    expect(isTypingTarget(element({ tagName: 'TEXTAREA' }))).toBe(true);
    expect(isTypingTarget(element({ tagName: 'SELECT' }))).toBe(true);
    expect(isTypingTarget(element({ isContentEditable: true }))).toBe(true);
  });

  it('include a grid cell being edited and anything in an open dialog', () => {
    expect(isTypingTarget(element({ inside: '.ag-cell-inline-editing' }))).toBe(true);
    expect(isTypingTarget(element({ tagName: 'BUTTON', inside: 'dialog[open]' }))).toBe(true);
  });

  it('are not buttons, checkboxes, read-only fields or the page itself', () => {
    expect(isTypingTarget(element({ tagName: 'BUTTON' }))).toBe(false);
    expect(isTypingTarget(element({ tagName: 'INPUT', type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element({ tagName: 'INPUT', type: 'text', readOnly: true }))).toBe(false);
    expect(isTypingTarget(element({ tagName: 'BODY' }))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('history keys', () => {
  const keys = { ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };

  it('reads Ctrl+Z as undo and Ctrl+Y or Ctrl+Shift+Z as redo, ⌘ alike', () => {
    expect(historyKeyOf({ ...keys, key: 'z' })).toBe('undo');
    expect(historyKeyOf({ ...keys, key: 'Z', shiftKey: true })).toBe('redo');
    expect(historyKeyOf({ ...keys, key: 'y' })).toBe('redo');
    expect(historyKeyOf({ ...keys, ctrlKey: false, metaKey: true, key: 'z' })).toBe('undo');
  });

  it('ignores other keys and chords', () => {
    expect(historyKeyOf({ ...keys, ctrlKey: false, key: 'z' })).toBeNull();
    expect(historyKeyOf({ ...keys, altKey: true, key: 'z' })).toBeNull();
    expect(historyKeyOf({ ...keys, key: 'x' })).toBeNull();
    expect(historyKeyOf({ ...keys, key: 'y', shiftKey: true })).toBeNull();
  });
});
