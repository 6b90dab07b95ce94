/**
 * Text rendered in each of the app's languages, for text that outlives the language it was made
 * in: a change set's label, which the history shows in whichever language the user reads it
 * later, and a status line, which must follow a language switch made while it is shown.
 */
import i18next, { type TFunction } from 'i18next';
import type { LocalizedText } from '../../shared/text/localized-text';
import type { Language } from '../app/format-figure';
import type { LanguageCode } from './i18n';

const codeOf: Readonly<Record<Language, LanguageCode>> = { zh: 'zh-CN', en: 'en' };

export function inBothLanguages(
  render: (t: TFunction, language: Language) => string,
): LocalizedText {
  return {
    zh: render(i18next.getFixedT(codeOf.zh), 'zh'),
    en: render(i18next.getFixedT(codeOf.en), 'en'),
  };
}
