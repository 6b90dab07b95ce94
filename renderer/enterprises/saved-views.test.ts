import { describe, expect, it } from 'vitest';
import { deleteView, loadSavedViews, saveView } from './saved-views';

function memoryStorage(initial: string | null = null) {
  let value = initial;
  return {
    getItem: () => value,
    setItem: (_key: string, next: string) => {
      value = next;
    },
  };
}

describe('saved grid views', () => {
  it('saves, replaces by name and deletes', () => {
    const storage = memoryStorage();
    let views = saveView([], { name: '798 规上', state: { sort: { sortModel: [] } } }, storage);
    views = saveView(views, { name: '影视', state: {} }, storage);
    views = saveView(views, { name: '798 规上', state: { filter: { filterModel: {} } } }, storage);
    expect(loadSavedViews(storage).map((view) => view.name)).toEqual(['798 规上', '影视']);
    expect(loadSavedViews(storage)[0]?.state).toEqual({ filter: { filterModel: {} } });
    deleteView(views, '影视', storage);
    expect(loadSavedViews(storage).map((view) => view.name)).toEqual(['798 规上']);
  });

  it('drops damaged storage instead of failing', () => {
    expect(loadSavedViews(memoryStorage('{not json'))).toEqual([]);
    expect(loadSavedViews(memoryStorage('[{"name":""}]'))).toEqual([]);
  });
});
