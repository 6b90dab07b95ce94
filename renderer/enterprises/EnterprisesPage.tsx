import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptySection } from '../app/EmptySection';
import { languageOf } from '../app/format-figure';
import { SectionIntro } from '../app/SectionIntro';
import { useRoutePath } from '../app/use-section';
import { useRegistryView } from '../registry-view/use-registry-view';
import { localToday } from '../dates/local-today';
import { enterpriseRows } from './enterprise-rows';
import { EnterprisesGrid } from './EnterprisesGrid';
import {
  EnterpriseEntryPage,
  NewEnterpriseButton,
  newEnterprisePath,
} from './entry/EnterpriseEntryPage';

export function EnterprisesPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const view = useRegistryView();
  const [path] = useRoutePath();
  const latestPeriod = view?.periods[0];
  const rows = useMemo(
    () =>
      view === undefined
        ? undefined
        : enterpriseRows(view.records, latestPeriod, localToday(), language),
    [view, latestPeriod, language],
  );
  if (path[0] === newEnterprisePath) return <EnterpriseEntryPage parkId={path[1]} />;
  if (rows === undefined) {
    return (
      <SectionIntro title={t('section.enterprises.title')} lead={t('section.enterprises.lead')} />
    );
  }
  if (rows.length === 0) {
    return (
      <>
        <EmptySection id="enterprises" />
        <p className="section-actions">
          <NewEnterpriseButton />
        </p>
      </>
    );
  }
  return (
    <>
      <SectionIntro title={t('section.enterprises.title')} lead={t('section.enterprises.lead')} />
      <p className="section-actions">
        <NewEnterpriseButton />
      </p>
      <EnterprisesGrid rows={rows} latestPeriod={latestPeriod} />
    </>
  );
}
