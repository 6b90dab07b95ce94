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

/**
 * A place in the app: a section, for pages inside it the rest of the path (#/parks/<id>), and
 * what a link asks the page to show (#/enterprises?scope=park:<id>: a filter it reads).
 */
export interface Route {
  readonly section: SectionId;
  readonly path: readonly string[];
  readonly query: Readonly<Record<string, string>>;
}

export type RouteQuery = Route['query'];

export function routeFromHash(hash: string): Route {
  const [location = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [id = '', ...path] = location.split('/');
  return (sectionIds as readonly string[]).includes(id)
    ? {
        section: id as SectionId,
        path: path.map(decodeURIComponent),
        query: Object.fromEntries(new URLSearchParams(search)),
      }
    : { section: defaultSection, path: [], query: {} };
}

export function sectionFromHash(hash: string): SectionId {
  return routeFromHash(hash).section;
}

export function hashForSection(id: SectionId, ...path: string[]): string {
  return ['#', id, ...path.map(encodeURIComponent)].join('/');
}

/** The hash of a section's page with a query the page reads (see Route). */
export function hashWithQuery(id: SectionId, query: RouteQuery, ...path: string[]): string {
  const search = new URLSearchParams(query).toString();
  return search === '' ? hashForSection(id, ...path) : `${hashForSection(id, ...path)}?${search}`;
}
