/**
 * For tests of code that takes a translation function: i18next started with the app's messages,
 * and a fixed `t` for each language.
 */
import i18next, { type TFunction } from 'i18next';
import { enResources, zhCNResources } from '../resources';

export async function testTranslations(): Promise<{ zh: TFunction; en: TFunction }> {
  await i18next.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCNResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
  });
  return { zh: i18next.getFixedT('zh-CN'), en: i18next.getFixedT('en') };
}
