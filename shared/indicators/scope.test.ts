import { describe, expect, it } from 'vitest';
import { aPark, aTenancy, anEnterprise, anIndicatorInput } from '../test-support/builders';
import { liveRecords } from './indicator-input';
import { enterprisesInScopeOn, parksInScope, type IndicatorScope } from './scope';

const parkA = aPark({ name: 'A', streetCode: '110105004', inExperimentalZone: true });
const parkB = aPark({ name: 'B', streetCode: '110105026' });
const stayer = anEnterprise({ name: 'stayer' });
const mover = anEnterprise({ name: 'mover' });
const leaver = anEnterprise({ name: 'leaver' });
const newcomer = anEnterprise({ name: 'newcomer' });
const unhoused = anEnterprise({ name: 'unhoused' });

const records = liveRecords(
  anIndicatorInput({
    parks: [parkA, parkB],
    enterprises: [stayer, mover, leaver, newcomer, unhoused],
    tenancies: [
      aTenancy({ enterpriseId: stayer.id, parkId: parkA.id, movedInOn: '2020-01-01' }),
      aTenancy({
        enterpriseId: mover.id,
        parkId: parkA.id,
        movedInOn: '2020-01-01',
        movedOutOn: '2024-03-15',
      }),
      aTenancy({ enterpriseId: mover.id, parkId: parkB.id, movedInOn: '2024-03-15' }),
      aTenancy({
        enterpriseId: leaver.id,
        parkId: parkB.id,
        movedInOn: '2020-01-01',
        movedOutOn: '2024-10-31',
      }),
      aTenancy({ enterpriseId: newcomer.id, parkId: parkB.id, movedInOn: '2024-11-01' }),
    ],
  }),
);

function namesIn(scope: IndicatorScope, date: `${number}-${string}-${string}`): string[] {
  return enterprisesInScopeOn(scope, records, date)
    .map((enterprise) => enterprise.name)
    .sort();
}

describe('scope membership', () => {
  it('counts a mover where it was on the date', () => {
    const parkAScope = { kind: 'park', parkId: parkA.id } as const;
    const parkBScope = { kind: 'park', parkId: parkB.id } as const;
    expect(namesIn(parkAScope, '2024-02-29')).toEqual(['mover', 'stayer']);
    expect(namesIn(parkAScope, '2024-10-31')).toEqual(['stayer']);
    expect(namesIn(parkBScope, '2024-10-31')).toEqual(['mover']);
    expect(namesIn({ kind: 'zone' }, '2023-10-31')).toEqual(['mover', 'stayer']);
    expect(namesIn({ kind: 'zone' }, '2024-10-31')).toEqual(['stayer']);
  });

  it('no longer counts an enterprise from its move-out date, nor before its move-in', () => {
    const parkBScope = { kind: 'park', parkId: parkB.id } as const;
    expect(namesIn(parkBScope, '2024-10-30')).toContain('leaver');
    expect(namesIn(parkBScope, '2024-10-31')).not.toContain('leaver');
    expect(namesIn(parkBScope, '2024-10-31')).not.toContain('newcomer');
    expect(namesIn(parkBScope, '2024-11-30')).toContain('newcomer');
  });

  it('selects parks by street and by the 实验区', () => {
    expect(namesIn({ kind: 'street', streetCode: '110105026' }, '2024-10-31')).toEqual(['mover']);
    expect(parksInScope({ kind: 'zone' }, records.parks)).toEqual([parkA]);
    expect(parksInScope({ kind: 'street', streetCode: '110105001' }, records.parks)).toEqual([]);
  });

  it('counts in the district every housed enterprise and those never housed in a park', () => {
    expect(namesIn({ kind: 'district' }, '2024-10-31')).toEqual(['mover', 'stayer', 'unhoused']);
    expect(namesIn({ kind: 'street', streetCode: '110105004' }, '2024-10-31')).not.toContain(
      'unhoused',
    );
  });

  it('counts an enterprise once even when it rents in two parks of the scope', () => {
    const twoRooms = liveRecords(
      anIndicatorInput({
        parks: [parkA, parkB],
        enterprises: [stayer],
        tenancies: [
          aTenancy({ enterpriseId: stayer.id, parkId: parkA.id }),
          aTenancy({ enterpriseId: stayer.id, parkId: parkB.id }),
        ],
      }),
    );
    expect(enterprisesInScopeOn({ kind: 'district' }, twoRooms, '2024-10-31')).toHaveLength(1);
  });

  it('ignores deleted tenancies, enterprises and parks', () => {
    const deleted = '2024-11-02T08:00:00.000+08:00';
    const withTombstones = liveRecords(
      anIndicatorInput({
        parks: [parkA, { ...parkB, deletedAt: deleted }],
        enterprises: [stayer, { ...mover, deletedAt: deleted }, leaver],
        tenancies: [
          aTenancy({ enterpriseId: stayer.id, parkId: parkA.id, deletedAt: deleted }),
          aTenancy({ enterpriseId: mover.id, parkId: parkA.id }),
          aTenancy({ enterpriseId: leaver.id, parkId: parkB.id }),
        ],
      }),
    );
    const names = enterprisesInScopeOn({ kind: 'district' }, withTombstones, '2024-10-31').map(
      (enterprise) => enterprise.name,
    );
    // stayer's only tenancy is deleted, so it counts as never housed; leaver's park is gone.
    expect(names).toEqual(['stayer']);
  });

  it('takes a set of enterprises as given, wherever they are', () => {
    expect(
      namesIn({ kind: 'enterprises', ids: [unhoused.id, leaver.id, 'no-such-id'] }, '2024-10-31'),
    ).toEqual(['leaver', 'unhoused']);
  });
});
