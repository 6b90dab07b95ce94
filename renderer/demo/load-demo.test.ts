import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoRegistry, type DemoOptions } from '../../shared/demo/generate-demo';
import type { Registry } from '../db/registry';
import { dumpRegistry, testRegistry } from '../db/test-support/test-registry';
import { clearDemo, isRegistryEmpty, loadDemo, type DemoLoadProgress } from './load-demo';

const small: DemoOptions = { enterprises: 150, parks: 21, seed: 3 };
/** fake-indexeddb is slow; a small demo still writes a few thousand records. */
const timeoutMs = 60_000;

let registry: Registry | undefined;

function freshRegistry(): Registry {
  registry = testRegistry().registry;
  return registry;
}

afterEach(() => {
  registry?.close();
  registry = undefined;
});

async function countLive(registry: Registry) {
  const db = registry.db;
  return {
    parks: await db.parks.count(),
    enterprises: await db.enterprises.count(),
    tenancies: await db.tenancies.count(),
    plans: await db.cultivationPlans.count(),
    events: await db.parkEvents.count(),
    financings: await db.financings.count(),
  };
}

describe('loadDemo', () => {
  it(
    'stores the generated demo as one demo change set, reporting rising progress to 100%',
    async () => {
      const registry = freshRegistry();
      expect(await isRegistryEmpty(registry)).toBe(true);
      const progress: DemoLoadProgress[] = [];
      const changeSet = await loadDemo(registry, (step) => progress.push(step), small);

      const demo = generateDemoRegistry(small);
      expect(await countLive(registry)).toEqual({
        parks: demo.parks.length,
        enterprises: demo.enterprises.length,
        tenancies: demo.tenancies.length,
        plans: demo.plans.length,
        events: demo.events.length,
        financings: demo.financings.length,
      });
      expect(changeSet.source).toEqual({ kind: 'demo' });
      expect(await registry.db.changeSets.count()).toBe(1);
      expect(await isRegistryEmpty(registry)).toBe(false);
      expect(await registry.demo.isLoaded()).toBe(true);

      const fractions = progress.map((step) => step.fraction);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
      expect(fractions.at(-1)).toBeCloseTo(1, 10);
      expect(progress.some((step) => step.phase === 'generating')).toBe(true);
      expect(progress.at(-1)?.phase).toBe('writing');
    },
    timeoutMs,
  );

  it(
    'stores every report of the generated demo, readable one period at a time',
    async () => {
      const registry = freshRegistry();
      await loadDemo(registry, () => undefined, small);
      const demo = generateDemoRegistry(small);
      const stored = await registry.db.reportYears.toArray();
      const months = stored.reduce((sum, year) => sum + Object.keys(year.months).length, 0);
      expect(months).toBe(demo.reports.length);
      const sample = demo.reports[demo.reports.length >> 1];
      if (sample === undefined) throw new Error('the demo has no reports');
      const year = await registry.db.reportYears.get(
        `${sample.enterpriseId}/${sample.period.slice(0, 4)}`,
      );
      expect(year?.months[String(Number(sample.period.slice(5)))]?.revenueYuan).toBe(
        sample.revenueYuan,
      );
    },
    timeoutMs,
  );

  it(
    'leaves the registry exactly as it was when a write fails midway',
    async () => {
      const { registry: failing, faults } = testRegistry();
      registry = failing;
      const before = await dumpRegistry(failing);
      faults.written = 0;
      faults.failAt = 500;
      await expect(loadDemo(failing, () => undefined, small)).rejects.toThrow();
      expect(await dumpRegistry(failing)).toEqual(before);
    },
    timeoutMs,
  );
});

describe('clearDemo', () => {
  it(
    'removes every demo record in one action and leaves an empty registry',
    async () => {
      const registry = freshRegistry();
      await loadDemo(registry, () => undefined, small);
      await clearDemo(registry);
      expect(await countLive(registry)).toEqual({
        parks: 0,
        enterprises: 0,
        tenancies: 0,
        plans: 0,
        events: 0,
        financings: 0,
      });
      expect(await registry.db.reportYears.count()).toBe(0);
      expect(await isRegistryEmpty(registry)).toBe(true);
      expect(await registry.demo.isLoaded()).toBe(false);
    },
    timeoutMs,
  );

  it(
    'brings back the very same records when the demo is loaded again',
    async () => {
      const registry = freshRegistry();
      await loadDemo(registry, () => undefined, small);
      const first = await registry.db.enterprises.toArray();
      await clearDemo(registry);
      await loadDemo(registry, () => undefined, small);
      expect(await registry.db.enterprises.toArray()).toEqual(first);
    },
    timeoutMs,
  );
});
