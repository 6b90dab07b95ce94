import { describe, expect, it } from 'vitest';
import type { ChangeSet, RecordChange } from '../../shared/history/change-set';
import { aPlan, aTenancy } from '../../shared/test-support/builders';
import { idsInChanges, idsInFieldChanges } from './use-record-names';
import { laterApplied } from './use-revert';

function aChangeSet(overrides: Partial<ChangeSet> & Pick<ChangeSet, 'seq'>): ChangeSet {
  return {
    at: '2024-11-01T08:00:00.000Z',
    source: { kind: 'manual-edit' },
    label: { zh: '修改', en: 'Edit' },
    counts: {},
    detail: 'records',
    status: 'applied',
    revision: overrides.seq,
    ...overrides,
  };
}

describe('what blocks an undo', () => {
  it('counts the change sets done after it that are still applied', () => {
    const target = aChangeSet({ seq: 2 });
    const others = [
      aChangeSet({ seq: 1 }),
      target,
      aChangeSet({ seq: 3 }),
      aChangeSet({ seq: 4, status: 'undone', revision: 6 }),
      aChangeSet({ seq: 5 }),
    ];
    expect(laterApplied(target, others)).toBe(2);
  });

  it('counts an older change set redone after it', () => {
    const target = aChangeSet({ seq: 3 });
    expect(laterApplied(target, [aChangeSet({ seq: 1, revision: 9 }), target])).toBe(1);
  });
});

describe('the parks and enterprises the history names', () => {
  it('are read from the records a change set touched, before and after', () => {
    const before = aTenancy({ id: 't', enterpriseId: 'e1', parkId: 'p1' });
    const changes: RecordChange[] = [
      { table: 'tenancies', id: 't', before, after: { ...before, parkId: 'p2' } },
      { table: 'cultivationPlans', id: 'c', after: aPlan({ parkId: 'p1' }) },
    ];
    expect(idsInChanges(changes)).toEqual({ parkIds: ['p1', 'p2'], enterpriseIds: ['e1'] });
  });

  it('are read from field changes of parkId and enterpriseId only', () => {
    expect(
      idsInFieldChanges([
        { field: 'parkId', label: { zh: '', en: '' }, before: 'p1', after: 'p2' },
        { field: 'name', label: { zh: '', en: '' }, before: 'x', after: 'y' },
        { field: 'enterpriseId', label: { zh: '', en: '' }, before: undefined, after: 'e9' },
      ]),
    ).toEqual({ parkIds: ['p1', 'p2'], enterpriseIds: ['e9'] });
  });
});
