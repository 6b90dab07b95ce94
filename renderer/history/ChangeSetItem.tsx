import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeSource,
  isRedoable,
  type ChangeCounts,
  type ChangeSet,
} from '../../shared/history/change-set';
import { contentTableLabels, contentTables } from '../../shared/registry/registry-tables';
import { languageOf } from '../app/format-figure';
import { ChangeSetDetail } from './ChangeSetDetail';
import { localTime } from './local-time';

function thousands(value: number): string {
  return value.toLocaleString('en-US');
}

function total(counts: ChangeCounts): number {
  return counts.created + counts.updated + counts.deleted;
}

/**
 * One change set: when, where from, what, how many records; undo or redo; its detail on demand.
 */
export function ChangeSetItem({
  changeSet,
  busy,
  onRevert,
}: {
  changeSet: ChangeSet;
  busy: boolean;
  onRevert: (direction: 'undo' | 'redo') => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const label = changeSet.label[language];
  const tables = contentTables.flatMap((table) => {
    const counts = changeSet.counts[table];
    return counts === undefined || total(counts) === 0 ? [] : [{ table, counts }];
  });
  const records = tables.reduce((sum, { counts }) => sum + total(counts), 0);
  const undone = changeSet.status === 'undone';

  return (
    <li className={`change-set ${undone ? 'undone' : ''}`} aria-label={label}>
      <div className="change-set-row">
        <time className="change-when" dateTime={changeSet.at}>
          {localTime(changeSet.at)}
        </time>
        <span
          className={`change-source ${changeSet.source.kind}`}
          title={describeSource(changeSet.source)[language]}
        >
          {describeSource(changeSet.source)[language]}
        </span>
        <span className="change-label">
          {label}
          {undone && (
            <span className="undone-badge" title={changeSet.statusChangedAt}>
              {changeSet.statusChangedAt === undefined
                ? t('history.undone')
                : t('history.undoneAt', { at: localTime(changeSet.statusChangedAt) })}
            </span>
          )}
        </span>
        <span className="change-counts">
          <strong>{t('history.records', { value: thousands(records) })}</strong>
          {tables.map(({ table, counts }) => (
            <span key={table} className="change-count">
              {contentTableLabels[table][language]}
              {counts.created > 0 &&
                ` ${t('history.countsCreated', { value: thousands(counts.created) })}`}
              {counts.updated > 0 &&
                ` ${t('history.countsUpdated', { value: thousands(counts.updated) })}`}
              {counts.deleted > 0 &&
                ` ${t('history.countsDeleted', { value: thousands(counts.deleted) })}`}
            </span>
          ))}
        </span>
        <span className="change-actions">
          {changeSet.status === 'applied' && (
            <button
              type="button"
              disabled={busy}
              aria-label={t('history.undoThis', { label })}
              onClick={() => onRevert('undo')}
            >
              {t('history.undo')}
            </button>
          )}
          {isRedoable(changeSet) && (
            <button
              type="button"
              disabled={busy}
              aria-label={t('history.redoThis', { label })}
              onClick={() => onRevert('redo')}
            >
              {t('history.redo')}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={detailId}
            onClick={() => setOpen(!open)}
          >
            {open ? t('history.hideDetails') : t('history.details')}
          </button>
        </span>
      </div>
      {open && (
        <div id={detailId}>
          <ChangeSetDetail changeSet={changeSet} />
        </div>
      )}
    </li>
  );
}
