import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CultivationPlan, Milestone } from '../../shared/cultivation/cultivation-plan';
import { milestoneStatusLabels } from '../../shared/cultivation/cultivation-plan';
import { isMilestoneOverdue, milestonesByDueDate } from '../../shared/cultivation/milestones';
import type { IsoDate } from '../../shared/dates/iso-date';
import { languageOf } from '../app/format-figure';

/**
 * A plan's milestones in the order they fall due; an open one past its date is marked 已逾期.
 * Ticking one hands it to `onTick`, which records it (with today's date) as one change set;
 * the box shows the tick at once and goes back if the save fails. Mounted per plan version, so
 * a saved plan starts it afresh.
 */
export function MilestoneChecklist({
  plan,
  today,
  busy,
  onTick,
}: {
  plan: CultivationPlan;
  today: IsoDate;
  busy: boolean;
  /** Resolves to whether the change was saved. */
  onTick: (milestone: Milestone, done: boolean) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [ticking, setTicking] = useState<ReadonlyMap<string, boolean>>(new Map());
  const tick = async (milestone: Milestone, done: boolean) => {
    setTicking((current) => new Map(current).set(milestone.id, done));
    if (!(await onTick(milestone, done))) {
      setTicking((current) => {
        const next = new Map(current);
        next.delete(milestone.id);
        return next;
      });
    }
  };
  if (plan.milestones.length === 0) {
    return <p className="plan-muted">{t('cultivation.card.noMilestones')}</p>;
  }
  return (
    <ul className="milestones">
      {milestonesByDueDate(plan.milestones).map((milestone) => {
        const overdue = isMilestoneOverdue(milestone, today);
        const done = milestone.status === 'done';
        const checked = ticking.get(milestone.id) ?? done;
        return (
          <li
            key={milestone.id}
            className={`milestone ${overdue ? 'overdue' : ''} ${milestone.status}`}
          >
            <label>
              <input
                type="checkbox"
                checked={checked}
                disabled={busy || milestone.status === 'dropped'}
                aria-label={t('cultivation.milestone.tick', { title: milestone.title })}
                onChange={(event) => void tick(milestone, event.target.checked)}
              />
              <span className="milestone-title">{milestone.title}</span>
            </label>
            <span className="milestone-dates">
              {t('cultivation.milestone.due', { date: milestone.dueOn })}
              {done && milestone.doneOn !== undefined && (
                <> · {t('cultivation.milestone.doneOn', { date: milestone.doneOn })}</>
              )}
            </span>
            {overdue ? (
              <span className="milestone-badge overdue">{t('cultivation.milestone.overdue')}</span>
            ) : (
              <span className="milestone-badge">
                {milestoneStatusLabels[milestone.status][language]}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
