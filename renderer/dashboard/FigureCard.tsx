import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { figureBasisLabel, type Figure } from '../../shared/indicators/figure';
import { formatFigure, languageOf } from '../app/format-figure';
import './dashboard.css';

/**
 * One published figure: its value with unit, its basis (which months, which enterprises) and
 * how many records had no data for it. A figure that cannot be computed says why.
 */
export function FigureCard({
  title,
  figure,
  rowsHref,
  children,
}: {
  title: string;
  figure: Figure;
  /** Where the rows behind the figure are listed: the value links there. */
  rowsHref?: string | undefined;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { value, unit } = formatFigure(figure, language);
  const missingKey =
    figure.missingOf === 'events' ? 'dashboard.missingEvents' : 'dashboard.missing';
  return (
    <section className="figure-card" aria-label={title}>
      <h3>{title}</h3>
      <p className="figure-value" title={figure.unavailableReason?.[language]}>
        {rowsHref === undefined ? (
          <span className="number">{value}</span>
        ) : (
          <a
            className="number"
            href={rowsHref}
            title={t('dashboard.showRows')}
            aria-label={t('dashboard.rowsLink', { title, value, unit })}
          >
            {value}
          </a>
        )}
        {unit && <span className="unit">{unit}</span>}
      </p>
      {figure.value === null && (
        <p className="figure-reason">{figure.unavailableReason[language]}</p>
      )}
      {children}
      <p className="figure-basis">
        {figureBasisLabel(figure)[language]}
        {figure.missing > 0 && (
          <span className="figure-missing"> · {t(missingKey, { count: figure.missing })}</span>
        )}
      </p>
    </section>
  );
}
