import { describe, expect, it } from 'vitest';
import type { Period } from '../periods/period';
import { aFinancing, aPark, aTenant, anEvent, registryOf } from '../test-support/builders';
import { computeIndicators } from './indicators';

const period: Period = '2024-10';
const inPark = aPark();
const elsewhere = aPark();

describe('park events', () => {
  const events = [
    anEvent({ parkId: inPark.id, date: '2024-01-01', visitors: 1_000 }),
    anEvent({ parkId: inPark.id, date: '2024-10-31', visitors: 500 }),
    anEvent({ parkId: inPark.id, date: '2024-06-01' }),
    anEvent({ parkId: inPark.id, date: '2024-11-01', visitors: 99 }),
    anEvent({ parkId: inPark.id, date: '2023-12-31', visitors: 99 }),
    anEvent({ parkId: elsewhere.id, date: '2024-05-01', visitors: 99 }),
  ];
  const input = registryOf([], { parks: [inPark, elsewhere], events });

  it('count the scope’s events from 1 January to the end of the period', () => {
    const result = computeIndicators(input, { kind: 'park', parkId: inPark.id }, period).events;
    expect(result.count).toMatchObject({ value: 3, unit: 'times', basis: 'cumulative' });
    expect(result.visitors).toMatchObject({
      value: 1_500,
      unit: 'person-times',
      missing: 1,
      missingOf: 'events',
    });
  });

  it('are null with a reason when no event recorded its visitors', () => {
    const silent = registryOf([], {
      parks: [inPark],
      events: [anEvent({ parkId: inPark.id, date: '2024-03-01' })],
    });
    const { visitors } = computeIndicators(silent, { kind: 'district' }, period).events;
    expect(visitors.value).toBeNull();
    expect(visitors.unavailableReason?.zh).toContain('参与人次');
  });

  it('do not apply to a chosen set of enterprises', () => {
    const { count } = computeIndicators(input, { kind: 'enterprises', ids: [] }, period).events;
    expect(count.value).toBeNull();
  });
});

describe('financing', () => {
  const member = aTenant({ parkId: inPark.id });
  const outsider = aTenant({ parkId: elsewhere.id });
  const input = registryOf([member, outsider], {
    parks: [inPark, elsewhere],
    financings: [
      aFinancing({ enterpriseId: member.enterprise.id, amountYuan: 3_000_000, date: '2024-02-01' }),
      aFinancing({ enterpriseId: member.enterprise.id, amountYuan: 2_000_000, date: '2024-10-31' }),
      aFinancing({ enterpriseId: member.enterprise.id, amountYuan: 9_000_000, date: '2024-11-01' }),
      aFinancing({
        enterpriseId: outsider.enterprise.id,
        amountYuan: 9_000_000,
        date: '2024-03-01',
      }),
    ],
  });

  it('counts the financings of the scope’s enterprises in the period, and their amount', () => {
    const { financing } = computeIndicators(input, { kind: 'park', parkId: inPark.id }, period);
    expect(financing.count).toMatchObject({ value: 2, unit: 'times' });
    expect(financing.enterprisesFinanced).toMatchObject({ value: 1, unit: 'enterprises' });
    expect(financing.amount).toMatchObject({ value: 5_000_000, unit: 'yuan' });
  });

  it('counts every enterprise in scope, 规上 or not', () => {
    const { financing } = computeIndicators(input, { kind: 'district' }, period);
    expect(financing.enterprisesFinanced.value).toBe(2);
    expect(financing.amount.population).toBeUndefined();
  });
});
