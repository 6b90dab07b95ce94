import { describe, expect, it } from 'vitest';
import type { DashboardOpening } from '../../shared/indicators/dashboard-figures';
import { dashboardFigures } from '../../shared/indicators/dashboard-figures';
import { liveRecords } from '../../shared/indicators/indicator-input';
import { aPark, anIndicatorInput } from '../../shared/test-support/builders';
import { readIndicatorTables } from './indicator-tables';
import { keepDashboardOpening, readDashboardOpening, watchRegistryChange } from './start-figures';
import { testRegistry } from './test-support/test-registry';

const park = aPark({ id: 'park', name: '莱锦' });
const opening: DashboardOpening = {
  periods: ['2024-10'],
  parks: [{ id: park.id, name: park.name }],
  scopeKey: 'district',
  figures: dashboardFigures(
    liveRecords(anIndicatorInput({ parks: [park] })),
    { kind: 'district' },
    '2024-10',
    'above-scale',
  ),
};

async function registryAtRevision() {
  const { registry } = testRegistry({ name: `start-figures-${Math.random()}` });
  await registry.parks.save(park);
  const revision = (await registry.db.registryState.get('revision'))?.value ?? 0;
  return { registry, revision };
}

describe('the dashboard figures kept for the next start', () => {
  it('are read back while the registry is at the revision they were computed at', async () => {
    const { registry, revision } = await registryAtRevision();
    expect(await readDashboardOpening(registry, 'build-1')).toBeUndefined();
    await keepDashboardOpening(registry, revision, 'build-1', opening);
    expect(await readDashboardOpening(registry, 'build-1')).toEqual(opening);
    // Keeping them is no change to the registry.
    expect((await readIndicatorTables(registry)).parks.map((stored) => stored.id)).toEqual([
      park.id,
    ]);
    expect((await registry.db.registryState.get('revision'))?.value).toBe(revision);
  });

  it('are not read after any change, nor by another build of the app', async () => {
    const { registry, revision } = await registryAtRevision();
    await keepDashboardOpening(registry, revision, 'build-1', opening);
    expect(await readDashboardOpening(registry, 'build-2')).toBeUndefined();

    let changed = 0;
    const stop = watchRegistryChange(registry, () => {
      changed += 1;
    });
    await keepDashboardOpening(registry, revision, 'build-1', opening);
    expect(changed).toBe(0);
    await registry.parks.save(aPark({ name: '郎园' }));
    expect(changed).toBe(1);
    stop();
    expect(await readDashboardOpening(registry, 'build-1')).toBeUndefined();
  });

  it('are not read when kept at an older revision', async () => {
    const { registry, revision } = await registryAtRevision();
    await keepDashboardOpening(registry, revision - 1, 'build-1', opening);
    expect(await readDashboardOpening(registry, 'build-1')).toBeUndefined();
  });
});
