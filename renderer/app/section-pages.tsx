/**
 * Which page each section shows. A section whose screens are built adds its page here, one line;
 * the others show their honest empty state.
 */
import type { ComponentType } from 'react';
import { CultivationPage } from '../cultivation/CultivationPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { EnterprisesPage } from '../enterprises/EnterprisesPage';
import { ExchangePage } from '../exchange/ExchangePage';
import { HistoryPage } from '../history/HistoryPage';
import { ParksPage } from '../parks/ParksPage';
import { RevenueEntryPage } from '../reports/RevenueEntryPage';
import { SettingsPage } from '../settings/SettingsPage';
import type { SectionId } from './sections';

export const sectionPages: Partial<Record<SectionId, ComponentType>> = {
  dashboard: DashboardPage,
  parks: ParksPage,
  enterprises: EnterprisesPage,
  revenueEntry: RevenueEntryPage,
  cultivation: CultivationPage,
  exchange: ExchangePage,
  history: HistoryPage,
  settings: SettingsPage,
};
