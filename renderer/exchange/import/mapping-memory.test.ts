import { describe, expect, it } from 'vitest';
import { rememberMapping, rememberedMappings } from './mapping-memory';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

describe('mapping memory', () => {
  it('gives back the mapping remembered for a layout', () => {
    const storage = memoryStorage();
    const mapping = {
      entity: 'enterprises' as const,
      columns: [{ columnIndex: 1, field: 'enterpriseName' as const, unit: null }],
    };
    rememberMapping('layout-v1-2-abc', mapping, storage);
    expect(rememberedMappings(storage)).toEqual({ 'layout-v1-2-abc': mapping });
  });

  it('forgets a damaged entry instead of failing the import', () => {
    expect(rememberedMappings(memoryStorage({ 'park-ledger.import-mappings': '{oops' }))).toEqual(
      {},
    );
    expect(
      rememberedMappings(
        memoryStorage({
          'park-ledger.import-mappings': '{"x":{"entity":"nonsense","columns":[]}}',
        }),
      ),
    ).toEqual({});
  });
});
