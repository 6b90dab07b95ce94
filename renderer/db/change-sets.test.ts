import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { aPark, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { present } from '../../shared/test-support/present';
import type { Registry } from './registry';
import { RegistryError } from './registry-error';
import {
  creditCodeFor,
  dumpRegistry,
  rejectionOf,
  testRegistry,
} from './test-support/test-registry';

/** A registry with a park, three tenants with October reports, and their history. */
async function seeded() {
  const test = testRegistry();
  const { registry } = test;
  const park = aPark({ id: 'park', name: '星河文化园' });
  const plan = registry.plan({ kind: 'manual-edit' }, { zh: '建立', en: 'Set up' });
  plan.save('parks', park);
  for (const n of [1, 2, 3]) {
    plan.save(
      'enterprises',
      anEnterprise({ id: `e${n}`, name: `企业${n}`, creditCode: creditCodeFor(n) }),
    );
    plan.save('tenancies', aTenancy({ id: `t${n}`, enterpriseId: `e${n}`, parkId: park.id }));
    plan.saveReport(
      aReport({ id: `r${n}`, enterpriseId: `e${n}`, period: '2024-10', revenueYuan: n * 100 }),
    );
  }
  await registry.commit(plan);
  return { ...test, park };
}

/** Counts the enterprise records read by key (get and bulkGet) from now on. */
function enterpriseReads(registry: Registry): { count: number } {
  const reads = { count: 0 };
  const counter: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'enterprise-reads',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== 'enterprises') return table;
        return {
          ...table,
          get: (request) => {
            reads.count += 1;
            return table.get(request);
          },
          getMany: (request) => {
            reads.count += request.keys.length;
            return table.getMany(request);
          },
        };
      },
    }),
  };
  registry.db.use(counter);
  return reads;
}

/** A plan of new enterprises as an import gives them: ids minted, expecting no stored record. */
function newEnterprises(registry: Registry, numbers: readonly number[]) {
  const plan = registry.plan(
    { kind: 'import', fileName: '新企业.xlsx' },
    { zh: '导入', en: 'Import' },
  );
  for (const n of numbers) {
    plan.save(
      'enterprises',
      anEnterprise({ id: `new${n}`, name: `新企业${n}`, creditCode: creditCodeFor(n) }),
      { expectedVersion: 0, origin: { sheet: '企业', row: n } },
    );
  }
  return plan;
}

/** One import touching every kind of write: create, update, cascade delete, reports, tenancy. */
function anImport(registry: Registry) {
  const plan = registry.plan(
    { kind: 'import', fileName: '星河文化园1-10月.xlsx' },
    { zh: '导入 星河文化园1-10月.xlsx', en: 'Import of 星河文化园1-10月.xlsx' },
  );
  plan.save(
    'enterprises',
    anEnterprise({ id: 'e4', name: '企业4', creditCode: creditCodeFor(4) }),
    {
      origin: { sheet: '企业', row: 5 },
    },
  );
  plan.save('tenancies', aTenancy({ id: 't4', enterpriseId: 'e4', parkId: 'park' }));
  plan.saveReport(
    { enterpriseId: 'e4', period: '2024-10', revenueYuan: 400 },
    { origin: { sheet: '报表', row: 6 } },
  );
  plan.saveReport(
    { enterpriseId: 'e1', period: '2024-10', revenueYuan: 150 },
    { origin: { sheet: '报表', row: 3 } },
  );
  plan.saveReport(
    { enterpriseId: 'e1', period: '2024-09', revenueYuan: 130 },
    { origin: { sheet: '报表', row: 2 } },
  );
  plan.delete('enterprises', 'e3');
  return plan;
}

describe('a change set', () => {
  it('applies many records in one transaction, updating totals and recording each before and after', async () => {
    const { registry, park } = await seeded();
    const changeSet = present(await registry.commit(anImport(registry)));
    expect(changeSet).toMatchObject({
      source: { kind: 'import', fileName: '星河文化园1-10月.xlsx' },
      detail: 'records',
      status: 'applied',
      counts: {
        enterprises: { created: 1, updated: 0, deleted: 1 },
        tenancies: { created: 1, updated: 0, deleted: 1 },
        reportYears: { created: 2, updated: 1, deleted: 1 },
      },
    });
    expect(await registry.totals.ofPark(park.id)).toMatchObject([
      { period: '2024-09', reports: 1, revenueYuan: 130 },
      { period: '2024-10', reports: 3, revenueYuan: 150 + 200 + 400 },
    ]);
    const history = await registry.history.ofReport('e1', '2024-10');
    expect(history[0]).toMatchObject({
      changeSet: { seq: changeSet.seq },
      origin: { sheet: '报表', row: 3 },
      fields: [{ field: 'revenueYuan', label: { zh: '营业收入' }, before: 100, after: 150 }],
    });
  });

  it('takes a snapshot of the registry before an import', async () => {
    const { registry } = await seeded();
    await registry.commit(anImport(registry));
    const snapshots = await registry.backups.snapshots();
    expect(snapshots).toMatchObject([{ kind: 'before-import' }]);
    const reading = await registry.backups.readSnapshot(present(snapshots[0]).id);
    expect(reading.ok && reading.backup.tables.enterprises.map((e) => e.id)).toEqual([
      'e1',
      'e2',
      'e3',
    ]);
  });

  it('leaves the registry exactly as before when a write fails, at every write position', async () => {
    const probe = await seeded();
    const start = probe.faults.written;
    await probe.registry.commit(anImport(probe.registry));
    const writes = probe.faults.written - start;
    expect(writes).toBeGreaterThan(10);

    for (let position = 0; position < writes; position += 1) {
      const { registry, faults } = await seeded();
      const before = await dumpRegistry(registry);
      faults.failAt = faults.written + position;
      await expect(
        registry.commit(anImport(registry)),
        `position ${position}`,
      ).rejects.toBeInstanceOf(RegistryError);
      faults.failAt = undefined;
      expect(await dumpRegistry(registry), `position ${position}`).toEqual(before);
    }
  });

  it('is rolled back whole when a later check fails, and says which record', async () => {
    const { registry } = await seeded();
    const before = await dumpRegistry(registry);
    const plan = anImport(registry);
    plan.save('tenancies', aTenancy({ enterpriseId: 'nobody', parkId: 'park' }), {
      origin: { sheet: '入驻', row: 9 },
    });
    await expect(registry.commit(plan)).rejects.toMatchObject({ code: 'missing-reference' });
    expect(await dumpRegistry(registry)).toEqual(before);
  });

  it('reports progress between chunks of records', async () => {
    const { registry } = await seeded();
    const plan = registry.plan({ kind: 'manual-edit' }, { zh: '批量', en: 'Batch' });
    for (let n = 10; n < 2510; n += 1) {
      plan.save('enterprises', anEnterprise({ id: `x${n}`, creditCode: creditCodeFor(n) }));
    }
    const seen: number[] = [];
    await registry.commit(plan, { onProgress: (progress) => seen.push(progress.done) });
    expect(seen).toEqual([2000, 2500]);
  });

  it('adds new records without reading them back, each with its history', async () => {
    const { registry } = await seeded();
    const reads = enterpriseReads(registry);
    const changeSet = present(await registry.commit(newEnterprises(registry, [10, 11, 12])));
    expect(reads.count).toBe(0);
    expect(changeSet.counts).toEqual({ enterprises: { created: 3, updated: 0, deleted: 0 } });
    expect(await registry.enterprises.get('new11')).toMatchObject({ name: '新企业11', version: 1 });
    expect(await registry.history.ofRecord('enterprises', 'new11')).toMatchObject([
      { kind: 'created', origin: { sheet: '企业', row: 11 } },
    ]);
    await registry.history.undo();
    expect(await registry.enterprises.get('new11')).toBeUndefined();
  });

  it('refuses a new record whose id is stored after all, writing nothing', async () => {
    const { registry } = await seeded();
    const before = await dumpRegistry(registry);
    const plan = newEnterprises(registry, [10]);
    plan.save(
      'enterprises',
      anEnterprise({ id: 'e2', name: '冒名', creditCode: creditCodeFor(20) }),
      {
        expectedVersion: 0,
      },
    );
    const error = await rejectionOf(registry.commit(plan));
    expect(error.code).toBe('stale-record');
    expect(error.text.zh).toContain('冒名');
    expect(await dumpRegistry(registry)).toEqual(before);
  });

  it('refuses a new enterprise whose credit code is stored, past the first chunk, naming both', async () => {
    const { registry } = await seeded();
    const before = await dumpRegistry(registry);
    const numbers = Array.from({ length: 2500 }, (_, index) => index + 10);
    const plan = newEnterprises(registry, numbers);
    plan.save(
      'enterprises',
      anEnterprise({ id: 'late', name: '迟到的公司', creditCode: creditCodeFor(2) }),
      { expectedVersion: 0 },
    );
    const error = await rejectionOf(registry.commit(plan));
    expect(error.code).toBe('duplicate-credit-code');
    for (const text of [error.text.zh, error.text.en]) {
      expect(text).toContain(creditCodeFor(2));
      expect(text).toContain('企业2');
      expect(text).toContain('迟到的公司');
    }
    expect(await dumpRegistry(registry)).toEqual(before);
  });

  it('gives a new enterprise the credit code a stored one gives up in the same change set', async () => {
    const { registry } = await seeded();
    const plan = newEnterprises(registry, []);
    const stored = present(await registry.enterprises.get('e1'));
    plan.save('enterprises', { ...stored, creditCode: creditCodeFor(30) });
    plan.save(
      'enterprises',
      anEnterprise({ id: 'heir', name: '继任', creditCode: creditCodeFor(1) }),
      {
        expectedVersion: 0,
      },
    );
    await registry.commit(plan);
    expect((await registry.enterprises.findByCreditCode(creditCodeFor(1)))?.id).toBe('heir');
    expect((await registry.enterprises.findByCreditCode(creditCodeFor(30)))?.id).toBe('e1');
  });
});
