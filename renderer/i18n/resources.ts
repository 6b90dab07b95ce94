/**
 * All texts of the app. The shell's are in zh-CN.ts / en.ts; a feature keeps its own in its
 * messages.ts (see define-messages.ts) and is added here under its namespace, one line each.
 */
import type { Widen } from './define-messages';
import { cultivationMessages } from '../cultivation/messages';
import { dashboardMessages } from '../dashboard/messages';
import { demoMessages } from '../demo/messages';
import { enterprisesMessages } from '../enterprises/messages';
import { enterpriseEntryMessages } from '../enterprises/entry/messages';
import { exchangeConsolidationMessages } from '../exchange/consolidation/messages';
import { exchangeExportMessages } from '../exchange/export/messages';
import { exchangeImportMessages } from '../exchange/import/messages';
import { exchangeRoundTripMessages } from '../exchange/round-trip/messages';
import { historyMessages } from '../history/messages';
import { parksMessages } from '../parks/messages';
import { settingsMessages } from '../settings/messages';
import { revenueEntryMessages } from '../reports/messages';
import { en } from './en';
import { zhCN } from './zh-CN';

export const zhCNResources = {
  ...zhCN,
  cultivation: cultivationMessages.zhCN,
  dashboard: dashboardMessages.zhCN,
  demo: demoMessages.zhCN,
  enterprises: enterprisesMessages.zhCN,
  enterpriseEntry: enterpriseEntryMessages.zhCN,
  exchangeConsolidation: exchangeConsolidationMessages.zhCN,
  exchangeExport: exchangeExportMessages.zhCN,
  exchangeImport: exchangeImportMessages.zhCN,
  exchangeRoundTrip: exchangeRoundTripMessages.zhCN,
  history: historyMessages.zhCN,
  parks: parksMessages.zhCN,
  settings: settingsMessages.zhCN,
  revenueEntry: revenueEntryMessages.zhCN,
};

export const enResources: Widen<typeof zhCNResources> = {
  ...en,
  cultivation: cultivationMessages.en,
  dashboard: dashboardMessages.en,
  demo: demoMessages.en,
  enterprises: enterprisesMessages.en,
  enterpriseEntry: enterpriseEntryMessages.en,
  exchangeConsolidation: exchangeConsolidationMessages.en,
  exchangeExport: exchangeExportMessages.en,
  exchangeImport: exchangeImportMessages.en,
  exchangeRoundTrip: exchangeRoundTripMessages.en,
  history: historyMessages.en,
  parks: parksMessages.en,
  settings: settingsMessages.en,
  revenueEntry: revenueEntryMessages.en,
};
