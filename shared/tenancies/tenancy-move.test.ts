import { describe, expect, it } from 'vitest';
import { aTenancy } from '../test-support/builders';
import { planTenancyMove, tenanciesHousingOn } from './tenancy-move';

const enterpriseId = 'ent-moving';

describe('tenanciesHousingOn', () => {
  it('finds the stays in force on the date, ignoring ended and deleted ones', () => {
    const ended = aTenancy({
      enterpriseId,
      parkId: 'park-a',
      movedInOn: '2019-01-01',
      movedOutOn: '2021-06-01',
    });
    const current = aTenancy({ enterpriseId, parkId: 'park-b', movedInOn: '2021-06-01' });
    const deleted = aTenancy({
      enterpriseId,
      parkId: 'park-c',
      deletedAt: '2024-01-01T00:00:00.000Z',
    });
    const other = aTenancy({ enterpriseId: 'someone-else', parkId: 'park-b' });
    expect(
      tenanciesHousingOn([ended, current, deleted, other], enterpriseId, '2024-05-01'),
    ).toEqual([current]);
    expect(tenanciesHousingOn([ended, current], enterpriseId, '2020-05-01')).toEqual([ended]);
  });
});

describe('planTenancyMove', () => {
  it('closes the stay elsewhere on the move-in date and opens one here', () => {
    const elsewhere = aTenancy({ enterpriseId, parkId: 'park-a', movedInOn: '2020-03-01' });
    const move = planTenancyMove([elsewhere], {
      enterpriseId,
      parkId: 'park-b',
      movedInOn: '2024-07-01',
      room: '3-201',
    });
    expect(move).toEqual({
      kind: 'move',
      closed: [{ ...elsewhere, movedOutOn: '2024-07-01' }],
      opened: { enterpriseId, parkId: 'park-b', movedInOn: '2024-07-01', room: '3-201' },
    });
  });

  it('says so when the enterprise already lives in the park', () => {
    const here = aTenancy({ enterpriseId, parkId: 'park-b', movedInOn: '2020-03-01' });
    expect(
      planTenancyMove([here], { enterpriseId, parkId: 'park-b', movedInOn: '2024-07-01' }),
    ).toEqual({ kind: 'already-here', tenancy: here });
  });

  it('moves back into a park the enterprise left earlier', () => {
    const left = aTenancy({
      enterpriseId,
      parkId: 'park-b',
      movedInOn: '2018-01-01',
      movedOutOn: '2020-01-01',
    });
    const move = planTenancyMove([left], {
      enterpriseId,
      parkId: 'park-b',
      movedInOn: '2024-07-01',
    });
    expect(move.kind).toBe('move');
    expect(move.kind === 'move' ? move.closed : null).toEqual([]);
  });

  it('refuses a move-in date before the current stay began, naming both dates', () => {
    const elsewhere = aTenancy({ enterpriseId, parkId: 'park-a', movedInOn: '2024-09-01' });
    const move = planTenancyMove([elsewhere], {
      enterpriseId,
      parkId: 'park-b',
      movedInOn: '2024-07-01',
    });
    expect(move.kind).toBe('refused');
    expect(move.kind === 'refused' ? move.message.zh : '').toContain('2024-09-01');
    expect(move.kind === 'refused' ? move.message.zh : '').toContain('2024-07-01');
  });
});
