/**
 * Which page each section shows. A section whose screens are built adds its page here, one line;
 * the others show their honest empty state.
 *
 * The dashboard is what a start shows, so it is in the first bundle; every other section is a
 * chunk of its own, loaded when it is first opened (or in idle time after the start, see
 * preloadSectionPages): ag-grid, SheetJS and the forms are then not parsed before the first screen.
 */
import { lazy, type ComponentType } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage';
import type { SectionId } from './sections';

const loaders = {
  parks: () => import('../parks/ParksPage').then((module) => ({ default: module.ParksPage })),
  enterprises: () =>
    import('../enterprises/EnterprisesPage').then((module) => ({
      default: module.EnterprisesPage,
    })),
  revenueEntry: () =>
    import('../reports/RevenueEntryPage').then((module) => ({
      default: module.RevenueEntryPage,
    })),
  cultivation: () =>
    import('../cultivation/CultivationPage').then((module) => ({
      default: module.CultivationPage,
    })),
  exchange: () =>
    import('../exchange/ExchangePage').then((module) => ({ default: module.ExchangePage })),
  history: () =>
    import('../history/HistoryPage').then((module) => ({ default: module.HistoryPage })),
  settings: () =>
    import('../settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
} satisfies Partial<Record<SectionId, () => Promise<{ default: ComponentType }>>>;

export const sectionPages: Partial<Record<SectionId, ComponentType>> = {
  dashboard: DashboardPage,
  ...Object.fromEntries(Object.entries(loaders).map(([id, load]) => [id, lazy(load)])),
};

/** Fetches and parses the other sections' chunks once the first screen is up. */
export function preloadSectionPages(): void {
  for (const load of Object.values(loaders)) void load();
}
