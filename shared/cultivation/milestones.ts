/**
 * A plan's milestones as a checklist: which are overdue on a given day and what ticking one
 * does to the plan. Dates are calendar dates (IsoDate strings), so "today" is the caller's.
 */
import type { IsoDate } from '../dates/iso-date';
import type { CultivationPlan, Milestone } from './cultivation-plan';

/** Done and dropped milestones are settled; only open ones can be late. */
export function isMilestoneOpen(milestone: Milestone): boolean {
  return milestone.status === 'planned' || milestone.status === 'in-progress';
}

/** Still open after its due date. ISO dates compare as text. */
export function isMilestoneOverdue(milestone: Milestone, today: IsoDate): boolean {
  return isMilestoneOpen(milestone) && milestone.dueOn < today;
}

/**
 * The plan with one milestone ticked (done on `today`) or unticked (back to planned, its done
 * date dropped). Other milestones and the order are kept; an unknown id changes nothing.
 */
export function withMilestoneDone(
  plan: CultivationPlan,
  milestoneId: string,
  done: boolean,
  today: IsoDate,
): CultivationPlan {
  return {
    ...plan,
    milestones: plan.milestones.map((milestone) => {
      if (milestone.id !== milestoneId) return milestone;
      if (done) return { ...milestone, status: 'done', doneOn: today };
      const open: Milestone = { ...milestone, status: 'planned' };
      delete open.doneOn;
      return open;
    }),
  };
}

/** Milestones in the order they fall due; ties keep the plan's order. */
export function milestonesByDueDate(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
