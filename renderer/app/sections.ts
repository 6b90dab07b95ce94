/** The app's sections, in sidebar order. Their ids are the URL hash (#/parks), so reload keeps the place. */
export const sectionIds = [
  'dashboard',
  'parks',
  'enterprises',
  'revenueEntry',
  'cultivation',
  'exchange',
  'history',
  'settings',
] as const;

export type SectionId = (typeof sectionIds)[number];

export const defaultSection: SectionId = 'dashboard';

/** A place in the app: a section and, for pages inside it, the rest of the path (#/parks/<id>). */
export interface Route {
  readonly section: SectionId;
  readonly path: readonly string[];
}

export function routeFromHash(hash: string): Route {
  const [id = '', ...path] = hash.replace(/^#\/?/, '').split('/');
  return (sectionIds as readonly string[]).includes(id)
    ? { section: id as SectionId, path: path.map(decodeURIComponent) }
    : { section: defaultSection, path: [] };
}

export function sectionFromHash(hash: string): SectionId {
  return routeFromHash(hash).section;
}

export function hashForSection(id: SectionId, ...path: string[]): string {
  return ['#', id, ...path.map(encodeURIComponent)].join('/');
}
