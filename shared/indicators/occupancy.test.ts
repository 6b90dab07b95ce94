import { describe, expect, it } from 'vitest';
import type { Park } from '../parks/park';
import type { Period } from '../periods/period';
import { aPark, aTenant, registryOf } from '../test-support/builders';
import { computeIndicators } from './indicators';

const period: Period = '2024-10';

function tenantOf(park: Park, leasedAreaSqm: number | undefined, culture = true) {
  return aTenant({
    parkId: park.id,
    enterprise: { subcategoryCode: culture ? '032' : undefined },
    tenancy: { movedInOn: '2022-01-01', leasedAreaSqm },
  });
}

function indicatorsOf(parks: Park[], tenants: ReturnType<typeof tenantOf>[]) {
  return computeIndicators(registryOf(tenants, { parks }), { kind: 'district' }, period);
}

describe('出租率', () => {
  it('is leased over rentable area at the end of the period', () => {
    const park = aPark({ rentableAreaSqm: 10_000 });
    const { occupancy } = indicatorsOf([park], [tenantOf(park, 3_000), tenantOf(park, 4_500)]);
    expect(occupancy.rate).toMatchObject({ value: 75, unit: 'percent', basis: 'period-end' });
    expect(occupancy.leasedArea).toMatchObject({ value: 7_500, unit: 'sqm' });
    expect(occupancy.rentableArea.value).toBe(10_000);
  });

  it('counts a former tenant’s area no more', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    const gone = aTenant({
      parkId: park.id,
      tenancy: { leasedAreaSqm: 900, movedOutOn: '2024-09-01' },
    });
    expect(indicatorsOf([park], [tenantOf(park, 100), gone]).occupancy.rate.value).toBe(10);
  });

  it('counts tenants without a leased area as missing, leaving a lower bound', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    const { occupancy } = indicatorsOf([park], [tenantOf(park, 500), tenantOf(park, undefined)]);
    expect(occupancy.rate).toMatchObject({ value: 50, missing: 1 });
  });

  it('leaves out parks without a rentable area and counts their tenants as missing', () => {
    const measured = aPark({ rentableAreaSqm: 1_000 });
    const unmeasured = aPark();
    const { occupancy } = indicatorsOf(
      [measured, unmeasured],
      [tenantOf(measured, 800), tenantOf(unmeasured, 300), tenantOf(unmeasured, 300)],
    );
    expect(occupancy.rate).toMatchObject({ value: 80, missing: 2 });
  });

  it('is null with a reason where no rentable area is known', () => {
    const park = aPark();
    const { occupancy } = indicatorsOf([park], [tenantOf(park, 300)]);
    expect(occupancy.rate.value).toBeNull();
    expect(occupancy.rate.unavailableReason?.zh).toContain('可租赁面积');
    expect(occupancy.rentableArea.value).toBeNull();
  });

  it('does not apply to a chosen set of enterprises', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    const subject = tenantOf(park, 300);
    const { occupancy, doubleSeventy } = computeIndicators(
      registryOf([subject], { parks: [park] }),
      { kind: 'enterprises', ids: [subject.enterprise.id] },
      period,
    );
    expect(occupancy.rate.value).toBeNull();
    expect(occupancy.rate.unavailableReason?.en).toContain('no parks');
    expect(doubleSeventy).toEqual([]);
  });
});

describe('双70%', () => {
  function checkOf(park: Park, tenants: ReturnType<typeof tenantOf>[]) {
    const [check] = indicatorsOf([park], tenants).doubleSeventy;
    if (check === undefined) throw new Error('no check');
    return check;
  }

  it('is met with occupancy and culture tenants both at 70% or more', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    const tenants = [
      ...Array.from({ length: 7 }, () => tenantOf(park, 100)),
      ...Array.from({ length: 3 }, () => tenantOf(park, 0, false)),
    ];
    const check = checkOf(park, tenants);
    expect(check.occupancy.value).toBe(70);
    expect(check.cultureTenantShare.value).toBe(70);
    expect(check).toMatchObject({ status: 'met', parkId: park.id });
  });

  it('is not met when culture tenants fall under 70%', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    const tenants = [
      ...Array.from({ length: 6 }, () => tenantOf(park, 150)),
      ...Array.from({ length: 4 }, () => tenantOf(park, 10, false)),
    ];
    expect(checkOf(park, tenants).status).toBe('not-met');
  });

  it('is not met when occupancy is under 70% with every area known', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    expect(checkOf(park, [tenantOf(park, 690)]).status).toBe('not-met');
  });

  it('cannot be decided when missing areas might lift occupancy over the line', () => {
    const park = aPark({ rentableAreaSqm: 1_000 });
    expect(checkOf(park, [tenantOf(park, 600), tenantOf(park, undefined)]).status).toBe(
      'insufficient-data',
    );
    // Already over the line without the missing area: met.
    expect(checkOf(park, [tenantOf(park, 800), tenantOf(park, undefined)]).status).toBe('met');
  });

  it('cannot be decided for a park without a rentable area or without tenants', () => {
    expect(checkOf(aPark(), []).status).toBe('insufficient-data');
    const park = aPark();
    expect(checkOf(park, [tenantOf(park, 100)]).status).toBe('insufficient-data');
  });
});
