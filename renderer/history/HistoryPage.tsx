/**
 * 变更记录: every change set, newest first, 50 at a time, each with what it changed; undo of any
 * change set later changes have not built on, redo of undone ones, and the reason when the
 * registry refuses.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSet } from '../../shared/history/change-set';
import { languageOf } from '../app/format-figure';
import { EmptyState, SectionIntro } from '../app/SectionIntro';
import { useChangeSets, useUndoRedo } from '../db/hooks';
import { ChangeSetItem } from './ChangeSetItem';
import { useRevert, type RevertOutcome } from './use-revert';
import './history.css';

const pageSize = 50;

export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [limit, setLimit] = useState(pageSize);
  // One more than shown tells whether there are older ones.
  const changeSets = useChangeSets(limit + 1);
  const targets = useUndoRedo();
  const revert = useRevert();
  const [busy, setBusy] = useState(false);
  // Shown until the history moves on (another edit, an undo by shortcut): the revision it
  // speaks of.
  const [outcome, setOutcome] = useState<{ result: RevertOutcome; revision: number } | null>(null);
  const latestRevision = Math.max(0, ...(changeSets ?? []).map((changeSet) => changeSet.revision));

  const run = async (direction: 'undo' | 'redo', target?: ChangeSet) => {
    setBusy(true);
    const result = await revert(direction, target, changeSets ?? []);
    setOutcome({ result, revision: result.ok ? result.changeSet.revision : latestRevision });
    setBusy(false);
  };
  const shownOutcome =
    outcome !== null && outcome.revision >= latestRevision ? outcome.result : null;

  const shown = changeSets?.slice(0, limit) ?? [];
  const hasMore = (changeSets?.length ?? 0) > limit;

  return (
    <div className="history-page">
      <SectionIntro title={t('section.history.title')} lead={t('section.history.lead')} />
      <div className="toolbar history-toolbar" role="group" aria-label={t('history.toolbar')}>
        <button
          type="button"
          disabled={busy || targets?.undo === undefined}
          onClick={() => void run('undo')}
        >
          {targets?.undo === undefined
            ? t('history.nothingToUndo')
            : t('history.undoLatest', { label: targets.undo.label[language] })}
        </button>
        <button
          type="button"
          disabled={busy || targets?.redo === undefined}
          onClick={() => void run('redo')}
        >
          {targets?.redo === undefined
            ? t('history.nothingToRedo')
            : t('history.redoLatest', { label: targets.redo.label[language] })}
        </button>
        <span className="history-hint">{t('history.shortcuts')}</span>
      </div>
      {shownOutcome !== null && (
        <div className={`outcome ${shownOutcome.ok ? '' : 'error'}`} role="status">
          {shownOutcome.ok ? (
            <p>
              {t(
                shownOutcome.direction === 'undo' ? 'history.toast.undone' : 'history.toast.redone',
                { label: shownOutcome.changeSet.label[language] },
              )}
            </p>
          ) : (
            <>
              <p>{shownOutcome.message}</p>
              {shownOutcome.wayOut !== undefined && (
                <p className="way-out">{shownOutcome.wayOut}</p>
              )}
            </>
          )}
        </div>
      )}

      {changeSets === undefined ? (
        <p className="history-note">{t('history.loading')}</p>
      ) : shown.length === 0 ? (
        <EmptyState message={t('section.history.empty')}>
          <p>{t('history.empty')}</p>
        </EmptyState>
      ) : (
        <>
          <ol className="change-sets" aria-label={t('history.listLabel')}>
            {shown.map((changeSet) => (
              <ChangeSetItem
                key={changeSet.seq}
                changeSet={changeSet}
                busy={busy}
                onRevert={(direction) => void run(direction, changeSet)}
              />
            ))}
          </ol>
          <p className="history-pager">
            <span>{t('history.shownCount', { count: shown.length })}</span>
            {hasMore && (
              <button type="button" onClick={() => setLimit(limit + pageSize)}>
                {t('history.showMore', { count: pageSize })}
              </button>
            )}
          </p>
        </>
      )}
    </div>
  );
}
