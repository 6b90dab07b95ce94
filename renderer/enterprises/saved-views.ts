/**
 * Saved grid views (filters, sort, columns) persist in this browser profile under a name. The
 * grid's own state object is stored as it is; a damaged entry is dropped, never fatal.
 */
import type { GridState } from 'ag-grid-community';
import { z } from 'zod';

const storageKey = 'park-ledger.enterprise-views';

const savedViewsSchema = z.array(
  z.object({ name: z.string().min(1).max(60), state: z.record(z.string(), z.unknown()) }),
);

export interface SavedView {
  readonly name: string;
  readonly state: GridState;
}

export function loadSavedViews(storage: Pick<Storage, 'getItem'> = localStorage): SavedView[] {
  try {
    const parsed = savedViewsSchema.safeParse(JSON.parse(storage.getItem(storageKey) ?? '[]'));
    return parsed.success
      ? parsed.data.map((view) => ({ name: view.name, state: view.state }))
      : [];
  } catch {
    return [];
  }
}

/** Saves or replaces a view by name; views are listed in the order they were first saved. */
export function saveView(
  views: readonly SavedView[],
  view: SavedView,
  storage: Pick<Storage, 'setItem'> = localStorage,
): SavedView[] {
  const exists = views.some((existing) => existing.name === view.name);
  const next = exists
    ? views.map((existing) => (existing.name === view.name ? view : existing))
    : [...views, view];
  storage.setItem(storageKey, JSON.stringify(next));
  return next;
}

export function deleteView(
  views: readonly SavedView[],
  name: string,
  storage: Pick<Storage, 'setItem'> = localStorage,
): SavedView[] {
  const next = views.filter((view) => view.name !== name);
  storage.setItem(storageKey, JSON.stringify(next));
  return next;
}
