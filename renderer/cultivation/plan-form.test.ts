import { describe, expect, it } from 'vitest';
import { aPlan } from '../../shared/test-support/builders';
import { changesNothing, planFields, readPlanFields, type PlanFields } from './plan-form';

const today = '2025-03-04';

function filled(overrides: Partial<PlanFields> = {}): PlanFields {
  return {
    ...planFields(undefined, 'park-1'),
    baselineYear: '2024',
    baselineYi: '38.5',
    ...overrides,
  };
}

describe('reading the plan editor', () => {
  it('turns 亿元 and years typed as text into a plan draft in 元', () => {
    const result = readPlanFields(filled({ targetYi: '１２０', targetYear: '2028' }), today);
    expect(result).toMatchObject({
      ok: true,
      draft: {
        parkId: 'park-1',
        targetYuan: 12_000_000_000,
        targetYear: 2028,
        baselineYear: 2024,
        baselineYuan: 3_850_000_000,
        revenueBase: 'all-tenants',
      },
    });
  });

  it('opens an existing plan with its values and keeps its id and demo mark on save', () => {
    const plan = aPlan({ parkId: 'park-9', baselineYuan: 5_123_000_000, demo: true });
    const fields = planFields(plan);
    expect(fields).toMatchObject({ parkId: 'park-9', baselineYi: '51.23', targetYi: '100' });
    const result = readPlanFields(fields, today, plan);
    expect(result).toMatchObject({ ok: true, draft: { id: plan.id, demo: true } });
  });

  it('puts each problem next to its field', () => {
    const result = readPlanFields(
      filled({ parkId: '', targetYi: '一百', baselineYear: '24' }),
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['baselineYear', 'parkId', 'targetYi']);
    expect(result.errors.targetYi?.zh).toContain('亿元');
    expect(result.errors.baselineYear?.en).toContain('four-digit year');
  });

  it('reports the schema rule that the target year comes after the baseline on the target year', () => {
    const result = readPlanFields(filled({ targetYear: '2024', baselineYear: '2024' }), today);
    expect(result.ok || result.errors.targetYear?.zh).toBe('目标年份应晚于基准年份');
  });

  it('gives a range error in both languages where the schema has only English', () => {
    const result = readPlanFields(filled({ targetYear: '2150' }), today);
    expect(result).toMatchObject({
      ok: false,
      errors: { targetYear: { zh: '不能大于 2100', en: 'Must be at most 2100' } },
    });
  });

  it('refuses a target that is not positive, in the model’s words', () => {
    const result = readPlanFields(filled({ targetYi: '0' }), today);
    expect(result).toMatchObject({ ok: false, errors: { targetYi: { zh: '目标须大于0' } } });
  });

  it('requires a note when the basis is 其他口径', () => {
    const result = readPlanFields(filled({ revenueBase: 'other', revenueBaseNote: ' ' }), today);
    expect(result.ok || result.errors.revenueBaseNote?.zh).toContain('其他口径');
    const noted = readPlanFields(
      filled({ revenueBase: 'other', revenueBaseNote: '园区运营方统计的产值' }),
      today,
    );
    expect(noted).toMatchObject({ ok: true, draft: { revenueBaseNote: '园区运营方统计的产值' } });
  });

  it('names the milestone row a problem is in', () => {
    const result = readPlanFields(
      filled({
        milestones: [
          { id: 'm1', title: '引进领军企业', dueOn: '2025-06-30', status: 'planned' },
          { id: 'm2', title: '  ', dueOn: '2025-13-01', status: 'planned' },
        ],
      }),
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['milestones.1.dueOn', 'milestones.1.title']);
  });

  it('dates a milestone set to done today and drops the date of one reopened', () => {
    const result = readPlanFields(
      filled({
        milestones: [
          { id: 'm1', title: 'A', dueOn: '2025-06-30', status: 'done' },
          { id: 'm2', title: 'B', dueOn: '2025-06-30', status: 'planned', doneOn: '2025-01-01' },
        ],
      }),
      today,
    );
    expect(result.ok && result.draft.milestones).toEqual([
      { id: 'm1', title: 'A', dueOn: '2025-06-30', status: 'done', doneOn: today },
      { id: 'm2', title: 'B', dueOn: '2025-06-30', status: 'planned' },
    ]);
  });
});

describe('an edit that changes nothing', () => {
  const plan = aPlan({ parkId: 'park-1', revenueBaseNote: '区统计口径', demo: true });
  const draftOf = (fields: PlanFields) => {
    const result = readPlanFields(fields, today, plan);
    if (!result.ok) throw new Error('fixture plan should read back');
    return result.draft;
  };

  it('is recognised when the form is saved as it opened', () => {
    expect(changesNothing(plan, draftOf(planFields(plan)))).toBe(true);
  });

  it('is not when a field was cleared', () => {
    expect(changesNothing(plan, draftOf({ ...planFields(plan), revenueBaseNote: '' }))).toBe(false);
  });
});
