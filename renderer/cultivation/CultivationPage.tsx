/**
 * 百亿园区培育: the parks in cultivation, each on its way to its plan's target, with the plan
 * editor and a printable report (one park per A4 page).
 */
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../shared/cultivation/cultivation-plan';
import { withMilestoneDone } from '../../shared/cultivation/milestones';
import type { DesktopApi } from '../../shared/desktop/desktop-api';
import { isLive } from '../../shared/records/record-meta';
import { languageOf } from '../app/format-figure';
import { EmptyState, SectionIntro } from '../app/SectionIntro';
import { hashForSection } from '../app/sections';
import { localToday } from '../dates/local-today';
import { useRegistry } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';
import { getPlatform } from '../platform/platform';
import { boardEntries, parksAwaitingPlans, statusCounts, type BoardEntry } from './board-entries';
import { inBothLanguages } from '../i18n/in-both-languages';
import { PlanCard } from './PlanCard';
import { PlanEditor, type EditorTarget } from './PlanEditor';
import { useBoardData } from './use-board-data';
import './cultivation.css';

/** Which plans a print shows: all, or one plan by id. */
type PrintScope = { readonly kind: 'all' } | { readonly kind: 'plan'; readonly planId: string };

export function CultivationPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const data = useBoardData();
  const today = localToday();
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);
  const [busyPlanId, setBusyPlanId] = useState<string | null>(null);
  const [printScope, setPrintScope] = useState<PrintScope>({ kind: 'all' });

  const entries = useMemo(
    () => (data === undefined ? [] : boardEntries(data.plans, data.records)),
    [data],
  );
  const plannedParkIds = useMemo(
    () => new Set(data?.plans.filter(isLive).map((plan) => plan.parkId) ?? []),
    [data],
  );
  const awaiting = useMemo(
    () => (data === undefined ? [] : parksAwaitingPlans(data.parks, data.plans)),
    [data],
  );
  const counts = statusCounts(entries);

  const say = (text: string, error = false) => setOutcome({ text, error });

  const tick = async (entry: BoardEntry, milestone: Milestone, done: boolean): Promise<boolean> => {
    const park = entry.park?.name ?? entry.plan.parkId;
    setBusyPlanId(entry.plan.id);
    try {
      await registry.cultivationPlans.save(
        withMilestoneDone(entry.plan, milestone.id, done, today),
        {
          expectedVersion: entry.plan.version,
          label: inBothLanguages((fixed) =>
            done
              ? fixed('cultivation.change.ticked', { park, title: milestone.title })
              : fixed('cultivation.change.unticked', { park, title: milestone.title }),
          ),
        },
      );
      say(
        done
          ? t('cultivation.milestone.ticked', { title: milestone.title })
          : t('cultivation.milestone.unticked', { title: milestone.title }),
      );
      return true;
    } catch (error) {
      say(toRegistryError(error).text[language], true);
      return false;
    } finally {
      setBusyPlanId(null);
    }
  };

  const print = async (scope: PrintScope, scopeName: string) => {
    // The cards not printed are marked before the print dialog takes its picture of the page.
    flushSync(() => setPrintScope(scope));
    const platform = getPlatform() as Partial<DesktopApi>;
    try {
      if (platform.savePdf === undefined) {
        window.print();
        say(t('cultivation.printed'));
        return;
      }
      const result = await platform.savePdf({
        suggestedName: t('cultivation.pdfName', { scope: scopeName, date: today }),
        title: t('cultivation.savePdfTitle'),
      });
      say(
        result === null
          ? t('cultivation.printCancelled')
          : 'savedAs' in result
            ? t('cultivation.savedPdf', { path: result.savedAs })
            : t('cultivation.printed'),
      );
    } catch (error) {
      say(
        t('cultivation.printFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
        true,
      );
    } finally {
      setPrintScope({ kind: 'all' });
    }
  };

  return (
    <div className="cultivation-page">
      <SectionIntro title={t('section.cultivation.title')} lead={t('section.cultivation.lead')} />
      <div className="print-only print-header">
        <h1>{t('cultivation.reportTitle')}</h1>
        <p>{t('cultivation.reportDate', { date: today })}</p>
      </div>

      {data === undefined ? (
        <p className="plan-muted">{t('cultivation.loading')}</p>
      ) : (
        <>
          {(data.parks.length > 0 || entries.length > 0) && (
            <div
              className="toolbar cultivation-toolbar"
              role="group"
              aria-label={t('cultivation.toolbar')}
            >
              {data.parks.length > 0 && (
                <button
                  type="button"
                  className="primary"
                  onClick={() => setEditing({ kind: 'new', parkId: awaiting[0]?.id ?? '' })}
                >
                  {t('cultivation.newPlan')}
                </button>
              )}
              {entries.length > 0 && (
                <button
                  type="button"
                  onClick={() => void print({ kind: 'all' }, t('cultivation.allParks'))}
                >
                  {t('cultivation.printBoard')}
                </button>
              )}
              {entries.length > 0 && (
                <span className="board-summary" data-testid="board-summary">
                  {t('cultivation.summary', {
                    count: entries.length,
                    reached: counts.reached,
                    onTrack: counts['on-track'],
                    behind: counts.behind,
                    insufficient: counts['insufficient-data'],
                  })}
                </span>
              )}
            </div>
          )}
          {outcome !== null && (
            <p className={`outcome ${outcome.error ? 'error' : ''}`} role="status">
              {outcome.text}
            </p>
          )}

          {entries.length === 0 ? (
            <EmptyState
              message={
                data.parks.length === 0
                  ? t('cultivation.empty.noParks')
                  : t('cultivation.empty.message')
              }
            >
              {data.parks.length === 0 && (
                <p className="empty-links">
                  <a href={hashForSection('parks')}>{t('cultivation.empty.goParks')}</a>
                  <a href={hashForSection('exchange')}>{t('cultivation.empty.goExchange')}</a>
                </p>
              )}
              {awaiting.length > 0 && (
                <>
                  <p>{t('cultivation.empty.suggest')}</p>
                  <ul className="awaiting-parks">
                    {awaiting.map((park) => (
                      <li key={park.id}>
                        <button
                          type="button"
                          onClick={() => setEditing({ kind: 'new', parkId: park.id })}
                        >
                          {t('cultivation.empty.planFor', { park: park.name })}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </EmptyState>
          ) : (
            <section className="plan-board" aria-label={t('cultivation.boardLabel')}>
              {entries.map((entry) => (
                <PlanCard
                  key={entry.plan.id}
                  entry={entry}
                  today={today}
                  busy={busyPlanId === entry.plan.id}
                  printing={printScope.kind === 'all' || printScope.planId === entry.plan.id}
                  onEdit={() => setEditing({ kind: 'edit', plan: entry.plan })}
                  onPrint={() =>
                    void print(
                      { kind: 'plan', planId: entry.plan.id },
                      entry.park?.name ?? entry.plan.parkId,
                    )
                  }
                  onTick={(milestone, done) => tick(entry, milestone, done)}
                />
              ))}
            </section>
          )}

          {editing !== null && (
            <PlanEditor
              target={editing}
              parks={data.parks}
              plannedParkIds={plannedParkIds}
              today={today}
              onDone={(message) => {
                setEditing(null);
                say(message);
              }}
              onClose={() => setEditing(null)}
            />
          )}
        </>
      )}
    </div>
  );
}
