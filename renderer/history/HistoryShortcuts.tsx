/**
 * Undo and redo of the latest change set from anywhere in the app: Ctrl+Z, Ctrl+Y and
 * Ctrl+Shift+Z in the browser, the 编辑 menu in the desktop app (whose accelerators arrive as
 * menu commands). Keystrokes in a text field or a grid editor stay the field's. Each result
 * shows in a toast that names the change set, with the way back.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevertDirection } from '../../shared/history/undo-plan';
import { languageOf } from '../app/format-figure';
import { hashForSection } from '../app/sections';
import { isDesktop } from '../platform/platform';
import { useMenuCommand } from '../platform/use-menu-command';
import { historyKeyOf, isTypingTarget } from './typing-target';
import { useRevert, type RevertOutcome } from './use-revert';
import './history.css';

/** Long enough to read a change set's label and reach the button. */
const toastMilliseconds = 8000;

export function HistoryShortcuts() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const revert = useRevert();
  const [outcome, setOutcome] = useState<RevertOutcome | null>(null);
  const running = useRef(false);

  const run = async (direction: RevertDirection) => {
    // Held keys repeat; one undo at a time, each finished before the next.
    if (running.current) return;
    running.current = true;
    setOutcome(await revert(direction));
    running.current = false;
  };
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useMenuCommand('undo', () => void runRef.current('undo'));
  useMenuCommand('redo', () => void runRef.current('redo'));

  useEffect(() => {
    if (isDesktop()) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = historyKeyOf(event);
      if (direction === null || event.defaultPrevented) return;
      if (isTypingTarget(event.target instanceof Element ? event.target : null)) return;
      event.preventDefault();
      if (!event.repeat) void runRef.current(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => setOutcome(null), toastMilliseconds);
    return () => clearTimeout(timer);
  }, [outcome]);

  return (
    <div className="history-toast-region" role="status" aria-live="polite">
      {outcome !== null && (
        <div className={`history-toast ${outcome.ok ? '' : 'error'}`}>
          {outcome.ok ? (
            <>
              <span>
                {t(outcome.direction === 'undo' ? 'history.toast.undone' : 'history.toast.redone', {
                  label: outcome.changeSet.label[language],
                })}
              </span>
              <button
                type="button"
                onClick={() => void run(outcome.direction === 'undo' ? 'redo' : 'undo')}
              >
                {outcome.direction === 'undo'
                  ? t('history.toast.redoAction')
                  : t('history.toast.undoAction')}
              </button>
            </>
          ) : (
            <>
              <span>{outcome.message}</span>
              <a href={hashForSection('history')} onClick={() => setOutcome(null)}>
                {t('history.toast.openHistory')}
              </a>
            </>
          )}
          <button
            type="button"
            className="toast-close"
            aria-label={t('history.toast.close')}
            onClick={() => setOutcome(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
