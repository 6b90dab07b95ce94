import { describe, expect, it } from 'vitest';
import { liveRecords } from '../../shared/indicators/indicator-input';
import { aPark, aPlan, aTenant, registryOf } from '../../shared/test-support/builders';
import { boardEntries, parksAwaitingPlans, statusCounts } from './board-entries';

const yi = 100_000_000;

/** A park with one tenant whose 2024 full-year revenue is `revenueYi` 亿元. */
function parkWithRevenue(name: string, tier: 'key' | 'reserve' | 'none', revenueYi: number) {
  const park = aPark({ name, cultivationTier: tier });
  const tenant = aTenant({
    parkId: park.id,
    report: { period: '2024-12', revenueYuan: revenueYi * yi },
  });
  return { park, tenant };
}

const near = parkWithRevenue('甲园', 'reserve', 90);
const far = parkWithRevenue('乙园', 'key', 30);
const nearer = parkWithRevenue('丙园', 'key', 60);
const untiered = parkWithRevenue('丁园', 'none', 95);
const records = liveRecords(
  registryOf([near.tenant, far.tenant, nearer.tenant, untiered.tenant], {
    parks: [near.park, far.park, nearer.park, untiered.park],
  }),
);
const planFor = (park: { id: string }) =>
  aPlan({ parkId: park.id, baselineYear: 2023, baselineYuan: 20 * yi });

describe('the board', () => {
  it('lists key parks first, then reserve, then the rest; nearest the target first within a tier', () => {
    const entries = boardEntries(
      [planFor(untiered.park), planFor(near.park), planFor(far.park), planFor(nearer.park)],
      records,
    );
    expect(entries.map((entry) => entry.park?.name)).toEqual(['丙园', '乙园', '甲园', '丁园']);
    expect(entries[0]?.progress.shareOfTarget.value).toBeCloseTo(60, 10);
  });

  it('leaves out deleted plans and keeps a plan whose park is gone, without its park', () => {
    const deleted = { ...planFor(near.park), deletedAt: '2025-01-01T00:00:00.000Z' };
    const orphan = aPlan({ parkId: 'gone', baselineYear: 2023, baselineYuan: yi });
    const entries = boardEntries([deleted, orphan], records);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ park: undefined, plan: { parkId: 'gone' } });
    expect(entries[0]?.progress.status).toBe('insufficient-data');
  });

  it('counts parks by status', () => {
    const entries = boardEntries(
      [planFor(near.park), aPlan({ parkId: 'gone', baselineYear: 2023, baselineYuan: yi })],
      records,
    );
    expect(statusCounts(entries)).toEqual({
      reached: 0,
      'on-track': 1,
      behind: 0,
      'insufficient-data': 1,
    });
  });
});

describe('parks awaiting a plan', () => {
  it('are the tiered parks without a live plan', () => {
    const deleted = { ...planFor(far.park), deletedAt: '2025-01-01T00:00:00.000Z' };
    const awaiting = parksAwaitingPlans(records.parks, [planFor(near.park), deleted]);
    expect(awaiting.map((park) => park.name)).toEqual(['乙园', '丙园']);
  });
});
