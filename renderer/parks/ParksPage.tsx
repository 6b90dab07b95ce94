import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptySection } from '../app/EmptySection';
import { SectionIntro } from '../app/SectionIntro';
import { useRoutePath } from '../app/use-section';
import { useRegistryView } from '../registry-view/use-registry-view';
import { ParkPage } from './ParkPage';
import { parkRows } from './park-rows';
import { ParksGrid } from './ParksGrid';

export function ParksPage() {
  const { t } = useTranslation();
  const view = useRegistryView();
  const [path, go] = useRoutePath();
  const period = view?.periods[0];
  const rows = useMemo(
    () =>
      view === undefined ? undefined : parkRows(view.records, period, new Date().getFullYear()),
    [view, period],
  );
  const parkId = path[0];
  if (view !== undefined && parkId !== undefined) return <ParkPage parkId={parkId} view={view} />;
  if (rows === undefined)
    return <SectionIntro title={t('section.parks.title')} lead={t('section.parks.lead')} />;
  if (rows.length === 0) return <EmptySection id="parks" />;
  return (
    <>
      <SectionIntro title={t('section.parks.title')} lead={t('section.parks.lead')} />
      <ParksGrid rows={rows} period={period} onOpen={(id) => go('parks', id)} />
    </>
  );
}
