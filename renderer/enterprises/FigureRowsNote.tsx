import { useTranslation } from 'react-i18next';
import type { Park } from '../../shared/parks/park';
import { periodLabel } from '../../shared/periods/period';
import { chaoyangStreets } from '../../shared/reference/chaoyang-streets';
import { languageOf } from '../app/format-figure';
import { hashForSection } from '../app/sections';
import type { FigureRows } from './figure-rows';

/** Says which overview figure the grid is narrowed to, and the way back to every enterprise. */
export function FigureRowsNote({
  rows,
  count,
  parks,
}: {
  rows: FigureRows;
  count: number;
  parks: readonly Park[];
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { scope, subset } = rows;
  const population =
    rows.population === 'above-scale'
      ? t('enterprises.behind.aboveScale')
      : t('enterprises.behind.allEnterprises');
  const scopeName =
    scope.kind === 'district' || scope.kind === 'zone'
      ? t(`enterprises.behind.${scope.kind}`)
      : scope.kind === 'street'
        ? (chaoyangStreets.find((street) => street.code === scope.streetCode)?.name ??
          scope.streetCode)
        : (parks.find((park) => park.id === scope.parkId)?.name ?? scope.parkId);
  const figure =
    subset === 'population' ? population : t(`enterprises.behind.subset.${subset}`, { population });
  return (
    <p className="figure-rows-note" role="note">
      {t('enterprises.behind.note', {
        figure,
        scope: scopeName,
        period: periodLabel(rows.period)[language],
        number: count.toLocaleString('en-US'),
      })}{' '}
      <a href={hashForSection('enterprises')}>{t('enterprises.behind.clear')}</a>
    </p>
  );
}
