/**
 * One record's history, newest first, for embedding in a record's page (an enterprise, a park,
 * a plan): who changed which field from what to what, when, from which file, sheet and row.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSource } from '../../shared/history/change-set';
import type { ContentTable } from '../../shared/registry/registry-tables';
import { languageOf } from '../app/format-figure';
import { useRecordHistory } from '../db/hooks';
import { FieldChangeList } from './FieldChangeList';
import { localTime } from './local-time';
import { idsInFieldChanges, useRecordNames } from './use-record-names';
import './history.css';

export function RecordHistory({ table, id }: { table: ContentTable; id: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const entries = useRecordHistory(table, id);
  const ids = useMemo(
    () => idsInFieldChanges((entries ?? []).flatMap((entry) => entry.fields)),
    [entries],
  );
  const names = useRecordNames(ids);

  return (
    <section className="record-history" aria-label={t('history.recordHistory.title')}>
      <h3>{t('history.recordHistory.title')}</h3>
      {entries === undefined ? (
        <p className="history-note">{t('history.recordHistory.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="history-note">{t('history.recordHistory.empty')}</p>
      ) : (
        <ol className="record-changes">
          {entries.map((entry) => (
            <li
              key={`${entry.changeSet.seq}-${entry.period ?? ''}`}
              className={entry.changeSet.status === 'undone' ? 'undone' : ''}
            >
              <p className="record-change-title">
                <time dateTime={entry.changeSet.at}>{localTime(entry.changeSet.at)}</time>
                <span className={`change-kind ${entry.kind}`}>
                  {t(`history.kind.${entry.kind}`)}
                </span>
                <span>{entry.changeSet.label[language]}</span>
                <span className="change-origin">
                  {describeSource(entry.changeSet.source)[language]}
                  {entry.origin !== undefined &&
                    ` · ${t('history.row', { sheet: entry.origin.sheet, row: entry.origin.row })}`}
                </span>
                {entry.changeSet.status === 'undone' && (
                  <span className="undone-badge">{t('history.undone')}</span>
                )}
              </p>
              <FieldChangeList table={table} entry={entry} names={names} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
