import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterpriseRowsInAdvance } from '../enterprises/EnterpriseRowsInAdvance';
import { HistoryShortcuts } from '../history/HistoryShortcuts';
import { BackupMenuCommands } from '../settings/BackupMenuCommands';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { RegistryViewProvider } from '../registry-view/use-registry-view';
import { DesktopBackups } from './DesktopBackups';
import { WindowTitle } from './WindowTitle';
import { EmptySection, type PlannedSectionId } from './EmptySection';
import { NavIcon } from './NavIcon';
import { preloadSectionPages, sectionPages } from './section-pages';
import { hashForSection, sectionIds, type SectionId } from './sections';
import { useSection } from './use-section';

function SectionContent({ id }: { id: SectionId }): ReactNode {
  const { t } = useTranslation();
  const Page = sectionPages[id];
  return Page ? (
    <Suspense
      fallback={
        <p className="section-loading" role="status">
          {t('app.loadingSection')}
        </p>
      }
    >
      <Page />
    </Suspense>
  ) : (
    <EmptySection id={id as PlannedSectionId} />
  );
}

export function App() {
  const { t } = useTranslation();
  const [section, go] = useSection();
  useEffect(() => {
    const idle = requestIdleCallback(preloadSectionPages);
    return () => {
      cancelIdleCallback(idle);
    };
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {sectionIds.map((id) => (
              <li key={id}>
                <a
                  href={hashForSection(id)}
                  aria-current={id === section ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go(id);
                  }}
                >
                  <NavIcon id={id} />
                  <span>{t(`nav.${id}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <LanguageSwitch />
        </div>
      </aside>
      <main id="main" className="content" data-section={section}>
        <RegistryViewProvider>
          <SectionContent id={section} />
          <EnterpriseRowsInAdvance />
        </RegistryViewProvider>
      </main>
      <HistoryShortcuts />
      <DesktopBackups />
      <BackupMenuCommands />
      <WindowTitle />
    </div>
  );
}
