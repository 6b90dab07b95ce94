import { useTranslation } from 'react-i18next';
import { EmptySection } from '../app/EmptySection';
import { EmptyState, SectionIntro } from '../app/SectionIntro';
import { useRegistryView } from '../registry-view/use-registry-view';
import { DashboardView } from './DashboardView';

export function DashboardPage() {
  const { t } = useTranslation();
  const view = useRegistryView();
  if (view === undefined) {
    return <SectionIntro title={t('section.dashboard.title')} lead={t('section.dashboard.lead')} />;
  }
  if (view.records.enterprises.length === 0) return <EmptySection id="dashboard" />;
  return (
    <>
      <SectionIntro title={t('section.dashboard.title')} lead={t('section.dashboard.lead')} />
      {view.periods.length === 0 ? (
        <EmptyState message={t('dashboard.noPeriods')}>
          <p>{t('dashboard.noPeriodsAction')}</p>
        </EmptyState>
      ) : (
        <DashboardView records={view.records} periods={view.periods} />
      )}
    </>
  );
}
