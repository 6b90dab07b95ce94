import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptySection } from '../app/EmptySection';
import { EmptyState, SectionIntro } from '../app/SectionIntro';
import { useDashboardOpening, useRegistryView } from '../registry-view/use-registry-view';
import { DashboardView, type DashboardSource } from './DashboardView';

export function DashboardPage() {
  const { t } = useTranslation();
  const view = useRegistryView();
  const opening = useDashboardOpening();
  // The same view shows the kept opening figures, then the registry's: nothing is redrawn.
  const source = useMemo<DashboardSource | undefined>(
    () =>
      view !== undefined
        ? { kind: 'registry', ...view }
        : opening !== undefined
          ? { kind: 'opening', opening }
          : undefined,
    [view, opening],
  );
  const intro = (
    <SectionIntro title={t('section.dashboard.title')} lead={t('section.dashboard.lead')} />
  );
  if (source === undefined) return intro;
  if (view?.records.enterprises.length === 0) return <EmptySection id="dashboard" />;
  const periods = source.kind === 'registry' ? source.periods : source.opening.periods;
  return (
    <>
      {intro}
      {periods.length === 0 ? (
        <EmptyState message={t('dashboard.noPeriods')}>
          <p>{t('dashboard.noPeriodsAction')}</p>
        </EmptyState>
      ) : (
        <DashboardView source={source} />
      )}
    </>
  );
}
