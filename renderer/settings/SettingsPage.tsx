import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/desktop/desktop-api';
import { SectionIntro } from '../app/SectionIntro';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { getPlatform } from '../platform/platform';

export function SettingsPage() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    void getPlatform()
      .appInfo()
      .then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <SectionIntro title={t('section.settings.title')} lead={t('section.settings.lead')} />
      <dl className="settings-list">
        <dt>{t('section.settings.language')}</dt>
        <dd>
          <LanguageSwitch />
        </dd>
        <dt>{t('section.settings.environment')}</dt>
        <dd data-testid="environment">
          {info &&
            (info.shell === 'desktop'
              ? t('section.settings.environmentDesktop', {
                  version: info.version,
                  platform: info.platform,
                })
              : t('section.settings.environmentBrowser', { platform: info.platform }))}
          {info && (
            <p className="note">
              {info.shell === 'desktop'
                ? t('section.settings.desktopLimits')
                : t('section.settings.browserLimits')}
            </p>
          )}
        </dd>
      </dl>
    </>
  );
}
