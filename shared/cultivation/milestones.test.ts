import { describe, expect, it } from 'vitest';
import { aPlan } from '../test-support/builders';
import type { Milestone } from './cultivation-plan';
import { isMilestoneOverdue, milestonesByDueDate, withMilestoneDone } from './milestones';

function aMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return { id: 'm-1', title: '引进领军企业', dueOn: '2025-06-30', status: 'planned', ...overrides };
}

describe('overdue milestones', () => {
  it('is overdue when still open after its due date', () => {
    expect(isMilestoneOverdue(aMilestone(), '2025-07-01')).toBe(true);
    expect(isMilestoneOverdue(aMilestone({ status: 'in-progress' }), '2025-07-01')).toBe(true);
  });

  it('is not overdue on its due date or before', () => {
    expect(isMilestoneOverdue(aMilestone(), '2025-06-30')).toBe(false);
    expect(isMilestoneOverdue(aMilestone(), '2025-01-01')).toBe(false);
  });

  it('is never overdue once done or dropped', () => {
    expect(isMilestoneOverdue(aMilestone({ status: 'done' }), '2026-01-01')).toBe(false);
    expect(isMilestoneOverdue(aMilestone({ status: 'dropped' }), '2026-01-01')).toBe(false);
  });
});

describe('ticking a milestone', () => {
  const plan = aPlan({
    parkId: 'park-1',
    milestones: [aMilestone({ id: 'a' }), aMilestone({ id: 'b', status: 'in-progress' })],
  });

  it('marks it done on the day it is ticked and leaves the others alone', () => {
    const ticked = withMilestoneDone(plan, 'b', true, '2025-03-04');
    expect(ticked.milestones[1]).toMatchObject({ id: 'b', status: 'done', doneOn: '2025-03-04' });
    expect(ticked.milestones[0]).toEqual(plan.milestones[0]);
  });

  it('unticking puts it back to planned without a done date', () => {
    const ticked = withMilestoneDone(plan, 'a', true, '2025-03-04');
    const unticked = withMilestoneDone(ticked, 'a', false, '2025-03-05');
    expect(unticked.milestones[0]).toEqual({ ...aMilestone({ id: 'a' }), status: 'planned' });
    expect(unticked.milestones[0]).not.toHaveProperty('doneOn');
  });

  it('changes nothing for an unknown milestone', () => {
    expect(withMilestoneDone(plan, 'zzz', true, '2025-03-04').milestones).toEqual(plan.milestones);
  });
});

describe('milestones by due date', () => {
  it('sorts by due date, keeping the plan order for equal dates', () => {
    const sorted = milestonesByDueDate([
      aMilestone({ id: 'late', dueOn: '2026-01-01' }),
      aMilestone({ id: 'first', dueOn: '2025-01-01' }),
      aMilestone({ id: 'second', dueOn: '2025-01-01' }),
    ]);
    expect(sorted.map((m) => m.id)).toEqual(['first', 'second', 'late']);
  });
});
