import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readDraft, removeDraft, writeDraft } from './form-draft';

const schema = z.object({ name: z.string(), digital: z.boolean() });

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  };
}

describe('form drafts', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what was typed with the time it was kept', () => {
    writeDraft('entry', { name: '星河', digital: true }, new Date('2024-11-01T08:30:00Z'));
    expect(readDraft('entry', schema)).toEqual({
      values: { name: '星河', digital: true },
      savedAt: '2024-11-01T08:30:00.000Z',
    });
  });

  it('keeps each form’s draft apart', () => {
    writeDraft('entry', { name: '甲', digital: false });
    expect(readDraft('other', schema)).toBeNull();
  });

  it('drops a draft once removed', () => {
    writeDraft('entry', { name: '甲', digital: false });
    removeDraft('entry');
    expect(readDraft('entry', schema)).toBeNull();
  });

  it('ignores a draft that no longer fits the form or is not JSON', () => {
    localStorage.setItem(
      'park-ledger.draft.entry',
      JSON.stringify({ values: { name: 1 }, savedAt: 'x' }),
    );
    expect(readDraft('entry', schema)).toBeNull();
    localStorage.setItem('park-ledger.draft.entry', '{oops');
    expect(readDraft('entry', schema)).toBeNull();
  });
});
