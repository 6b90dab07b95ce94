import { useTranslation } from 'react-i18next';
import { languages, setLanguage } from './i18n';

/** Two buttons rather than a select: one click, and each label is in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.languageLabel')}>
      {languages.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          aria-pressed={i18n.language === language.code}
          onClick={() => void setLanguage(language.code)}
        >
          {language.label}
        </button>
      ))}
    </div>
  );
}
