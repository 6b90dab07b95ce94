/**
 * Every error and warning of the grid in one list beside it, each with its enterprise and
 * figure, so a manager can work through them; choosing one moves the grid's focus to its cell.
 */
import { useTranslation } from 'react-i18next';
import { reportFigureLabels } from '../../shared/reports/report-figure-labels';
import type { ReportFigureField } from '../../shared/reports/revenue-report';
import type { LocalizedText } from '../../shared/text/localized-text';
import { languageOf } from '../app/format-figure';
import type { Rejections } from './RevenueEntryGrid';
import type { RevenueEntryRow } from './revenue-entry-rows';

export interface CheckItem {
  readonly key: string;
  readonly severity: 'error' | 'warning';
  readonly enterpriseId: string;
  readonly name: string;
  readonly field: ReportFigureField;
  readonly message: LocalizedText;
}

/** Errors (typed but not saved) first, then the warnings of what is stored, in row order. */
export function checkItems(rows: readonly RevenueEntryRow[], rejections: Rejections): CheckItem[] {
  const names = new Map(rows.map((row) => [row.enterpriseId, row.name]));
  const errors: CheckItem[] = [...rejections.entries()].map(([key, rejection]) => ({
    key: `error|${key}`,
    severity: 'error',
    enterpriseId: rejection.enterpriseId,
    name: names.get(rejection.enterpriseId) ?? '',
    field: rejection.field,
    message: rejection.message,
  }));
  const warnings: CheckItem[] = rows.flatMap((row) =>
    row.anomalies.map((anomaly, index) => ({
      key: `warning|${row.enterpriseId}|${anomaly.field}|${String(index)}`,
      severity: anomaly.severity,
      enterpriseId: row.enterpriseId,
      name: row.name,
      field: anomaly.field,
      message: anomaly.message,
    })),
  );
  return [...errors, ...warnings];
}

export function ChecksPanel({
  items,
  onChoose,
}: {
  items: readonly CheckItem[];
  onChoose: (item: CheckItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const errors = items.filter((item) => item.severity === 'error').length;
  return (
    <aside className="checks-panel" aria-labelledby="checks-title">
      <h2 id="checks-title">{t('revenueEntry.checksTitle')}</h2>
      {items.length === 0 ? (
        <p className="checks-none">{t('revenueEntry.checksNone')}</p>
      ) : (
        <>
          <p className="checks-count">
            {t('revenueEntry.checksCount', { errors, warnings: items.length - errors })}
          </p>
          <ul>
            {items.map((item) => (
              <li key={item.key} className={`check check-${item.severity}`}>
                <button type="button" onClick={() => onChoose(item)}>
                  <span className="check-severity">
                    {item.severity === 'error'
                      ? t('revenueEntry.error')
                      : t('revenueEntry.warning')}
                  </span>
                  <span className="check-where">
                    {item.name} · {reportFigureLabels[item.field][language]}
                  </span>
                  <span className="check-message">{item.message[language]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
