import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enResources, zhCNResources } from './resources';

export const languages = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

const storageKey = 'park-ledger.language';

function isLanguageCode(value: string | null): value is LanguageCode {
  return languages.some((language) => language.code === value);
}

/** The user's last choice, else Chinese: the app is for Chaoyang's park offices. */
export function initialLanguage(): LanguageCode {
  const stored = localStorage.getItem(storageKey);
  return isLanguageCode(stored) ? stored : 'zh-CN';
}

export async function setLanguage(code: LanguageCode): Promise<void> {
  localStorage.setItem(storageKey, code);
  document.documentElement.lang = code;
  await i18next.changeLanguage(code);
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCNResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
