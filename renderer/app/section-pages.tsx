/**
 * Which page each section shows. A section whose screens are built adds its page here, one line;
 * the others show their honest empty state.
 */
import type { ComponentType } from 'react';
import { ExchangePage } from '../exchange/ExchangePage';
import { SettingsPage } from '../settings/SettingsPage';
import type { SectionId } from './sections';

export const sectionPages: Partial<Record<SectionId, ComponentType>> = {
  exchange: ExchangePage,
  settings: SettingsPage,
};
