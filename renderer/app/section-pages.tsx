/**
 * Which page each section shows. A section whose screens are built adds its page here, one line;
 * the others show their honest empty state.
 *
 * The dashboard is what a start shows, so it is in the first bundle; every other section is a
 * chunk of its own, loaded when it is first opened (or in idle time after the start, see
 * preloadSectionPages): ag-grid, SheetJS and the forms are then not parsed before the first screen.
 */
import { lazy, useState, type ComponentType } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage';
import type { SectionId } from './sections';

type PageModule = Promise<{ default: ComponentType }>;

interface PageApart {
  readonly Page: ComponentType;
  readonly preload: () => PageModule;
}

/**
 * A page in a chunk of its own that shows at once when its chunk is already in. React.lazy alone
 * suspends on a page's first showing even then (its loader's promise settles a moment later), and
 * React keeps a Suspense fallback on screen for up to 300 ms before revealing what it waited for:
 * each section's first opening waited that, idle (440–570 ms for the 企业 grid's, ~150 ms after).
 * Lazy stays the way in while the chunk is still loading, and for the life of a page that began
 * that way: a page never changes from one to the other while it is shown.
 */
function pageApart(load: () => PageModule): PageApart {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Page() {
    const [Loaded] = useState(() => loaded);
    return Loaded === undefined ? <Lazy /> : <Loaded />;
  }
  return { Page, preload };
}

const pagesApart = {
  parks: pageApart(() =>
    import('../parks/ParksPage').then((module) => ({ default: module.ParksPage })),
  ),
  enterprises: pageApart(() =>
    import('../enterprises/EnterprisesPage').then((module) => ({
      default: module.EnterprisesPage,
    })),
  ),
  revenueEntry: pageApart(() =>
    import('../reports/RevenueEntryPage').then((module) => ({
      default: module.RevenueEntryPage,
    })),
  ),
  cultivation: pageApart(() =>
    import('../cultivation/CultivationPage').then((module) => ({
      default: module.CultivationPage,
    })),
  ),
  exchange: pageApart(() =>
    import('../exchange/ExchangePage').then((module) => ({ default: module.ExchangePage })),
  ),
  history: pageApart(() =>
    import('../history/HistoryPage').then((module) => ({ default: module.HistoryPage })),
  ),
  settings: pageApart(() =>
    import('../settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
  ),
} satisfies Partial<Record<SectionId, PageApart>>;

export const sectionPages: Partial<Record<SectionId, ComponentType>> = {
  dashboard: DashboardPage,
  ...Object.fromEntries(Object.entries(pagesApart).map(([id, { Page }]) => [id, Page])),
};

/** Fetches and parses the other sections' chunks once the first screen is up. */
export function preloadSectionPages(): void {
  for (const { preload } of Object.values(pagesApart)) void preload();
}
