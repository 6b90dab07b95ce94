import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSet, RecordChange } from '../../shared/history/change-set';
import { recordHistory } from '../../shared/history/record-history';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { FieldChangeList } from './FieldChangeList';
import { recordTitle } from './readable-change';
import { idsInChanges, useRecordNames } from './use-record-names';

/** Records listed at a time: an import can change thousands. */
const pageSize = 50;

const noChanges: readonly RecordChange[] = [];

/** Every record a change set touched, each with its fields old → new. */
export function ChangeSetDetail({ changeSet }: { changeSet: ChangeSet }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const [shown, setShown] = useState(pageSize);
  const changes = useLiveQuery(
    () => registry.history.recordChanges(changeSet.seq),
    [registry, changeSet.seq],
  );
  const visible = useMemo(() => (changes ?? noChanges).slice(0, shown), [changes, shown]);
  const ids = useMemo(() => idsInChanges(visible), [visible]);
  const names = useRecordNames(ids);

  if (changeSet.detail === 'summary')
    return <p className="history-note">{t('history.summaryOnly')}</p>;
  if (changes === undefined) return <p className="history-note">{t('history.detailLoading')}</p>;
  if (changes.length === 0) return <p className="history-note">{t('history.noRecordChanges')}</p>;

  const context = { t, language, names };
  return (
    <div className="change-detail">
      <ul className="record-changes">
        {visible.flatMap((change) =>
          recordHistory([{ changeSet, change }]).map((entry) => (
            <li key={`${change.table}:${change.id}:${entry.period ?? ''}`}>
              <p className="record-change-title">
                <span className={`change-kind ${entry.kind}`}>
                  {t(`history.kind.${entry.kind}`)}
                </span>
                <strong>{recordTitle(change.table, change.after, entry.period, context)}</strong>
                {entry.origin !== undefined && (
                  <span className="change-origin">
                    {t('history.row', { sheet: entry.origin.sheet, row: entry.origin.row })}
                  </span>
                )}
              </p>
              <FieldChangeList table={change.table} entry={entry} names={names} />
            </li>
          )),
        )}
      </ul>
      {changes.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown(shown + pageSize)}>
          {t('history.moreChanges', { count: Math.min(pageSize, changes.length - shown) })}
        </button>
      )}
    </div>
  );
}
