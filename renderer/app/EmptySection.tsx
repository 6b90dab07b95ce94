import { useTranslation } from 'react-i18next';
import { EmptyState, SectionIntro } from './SectionIntro';

export type PlannedSectionId =
  'dashboard' | 'parks' | 'enterprises' | 'revenueEntry' | 'cultivation' | 'history';

/** A section whose screens are still to come: says what will be here and what fills it. */
export function EmptySection({ id }: { id: PlannedSectionId }) {
  const { t } = useTranslation();
  return (
    <>
      <SectionIntro title={t(`section.${id}.title`)} lead={t(`section.${id}.lead`)} />
      <EmptyState message={t(`section.${id}.empty`)}>
        <p>{t(`section.${id}.action`)}</p>
      </EmptyState>
    </>
  );
}
