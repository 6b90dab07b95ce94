import { describe, expect, it } from 'vitest';
import type { StoredTablesForIndicators } from '../../shared/indicators/stored-records';
import { aPark, aPlan, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { touchedIndicatorTables, watchIndicatorTables } from './indicator-tables';
import { creditCodeFor, testRegistry } from './test-support/test-registry';

async function seeded() {
  const { registry } = testRegistry({ name: `indicator-tables-${Math.random()}` });
  const plan = registry.plan({ kind: 'manual-edit' }, { zh: '建立', en: 'Set up' });
  plan.save('parks', aPark({ id: 'park', name: '莱锦' }));
  plan.save('enterprises', anEnterprise({ id: 'e1', name: '企业1', creditCode: creditCodeFor(1) }));
  plan.save('tenancies', aTenancy({ id: 't1', enterpriseId: 'e1', parkId: 'park' }));
  plan.saveReport(aReport({ enterpriseId: 'e1', period: '2024-10', revenueYuan: 100 }));
  await registry.commit(plan);
  return registry;
}

/** The tables as they are handed over, one promise per hand-over, in order. */
function handOvers() {
  const received: StoredTablesForIndicators[] = [];
  const waiting: ((tables: StoredTablesForIndicators) => void)[] = [];
  return {
    onTables: (tables: StoredTablesForIndicators) => {
      const next = waiting.shift();
      if (next === undefined) received.push(tables);
      else next(tables);
    },
    next: () =>
      new Promise<StoredTablesForIndicators>((resolve) => {
        const ready = received.shift();
        if (ready === undefined) waiting.push(resolve);
        else resolve(ready);
      }),
    pending: () => received.length,
  };
}

describe('the indicator tables, watched', () => {
  it('re-reads only the tables a change touched; the others keep their identity', async () => {
    const registry = await seeded();
    const tables = handOvers();
    const stop = watchIndicatorTables(registry, tables.onTables, (error) => {
      throw error;
    });
    const first = await tables.next();
    expect(first.enterprises.map((e) => e.name)).toEqual(['企业1']);
    expect(first.reportYears).toHaveLength(1);

    const enterprise = await registry.enterprises.get('e1');
    if (enterprise === undefined) throw new Error('seeded');
    await registry.enterprises.save({ ...enterprise, name: '企业一' });
    const afterEdit = await tables.next();
    expect(afterEdit.enterprises.map((e) => e.name)).toEqual(['企业一']);
    expect(afterEdit.reportYears).toBe(first.reportYears);
    expect(afterEdit.tenancies).toBe(first.tenancies);
    expect(afterEdit.parks).toBe(first.parks);
    expect(afterEdit.financings).toBe(first.financings);

    await registry.reports.save(aReport({ enterpriseId: 'e1', period: '2024-11' }));
    const afterReport = await tables.next();
    expect(afterReport.reportYears).not.toBe(first.reportYears);
    expect(Object.keys(afterReport.reportYears[0]?.months ?? {}).sort()).toEqual(['10', '11']);
    expect(afterReport.enterprises).toBe(afterEdit.enterprises);

    stop();
    await registry.parks.save(aPark({ name: '之后新建' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tables.pending()).toBe(0);
  });

  it('hands over the revision read with the tables; a change to other tables moves it alone', async () => {
    const registry = await seeded();
    const revisions: number[] = [];
    const handed: StoredTablesForIndicators[] = [];
    let handOver: (() => void) | undefined;
    const stop = watchIndicatorTables(
      registry,
      (tables, revision) => {
        handed.push(tables);
        revisions.push(revision);
        handOver?.();
      },
      (error) => {
        throw error;
      },
    );
    const next = () =>
      new Promise<void>((resolve) => {
        handOver = resolve;
      });
    await next();
    const stored = (await registry.db.registryState.get('revision'))?.value;
    expect(revisions).toEqual([stored]);

    await registry.cultivationPlans.save(aPlan({ parkId: 'park' }));
    await next();
    expect(revisions[1]).toBeGreaterThan(revisions[0] ?? Infinity);
    expect(handed[1]).toBe(handed[0]);
    stop();
  });

  it('tells tables apart by their whole name', () => {
    const parts = {
      'idb://db/parkEvents/': {},
      'idb://db/parkTotals/period': {},
      'idb://other/enterprises/': {},
      'idb://db/tenancies/parkId': {},
    } as never;
    expect(touchedIndicatorTables('db', parts)).toEqual(['tenancies', 'parkEvents']);
  });
});
