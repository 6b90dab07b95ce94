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

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return (sectionIds as readonly string[]).includes(id) ? (id as SectionId) : defaultSection;
}

export function hashForSection(id: SectionId): string {
  return `#/${id}`;
}
