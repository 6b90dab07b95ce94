import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { present } from '../../../shared/test-support/present';
import {
  aFinancing,
  aPark,
  aPlan,
  aReport,
  aTenancy,
  anEnterprise,
  anEvent,
} from '../../../shared/test-support/builders';
import { creditCodeFor, rejectionOf, testRegistry } from '../test-support/test-registry';

/** A registry with one park, two enterprises housed there and a third housed nowhere. */
async function housedRegistry() {
  const { registry } = testRegistry();
  const park = aPark({ name: '星河文化园' });
  const star = anEnterprise({ name: '北京星河传媒有限公司', creditCode: creditCodeFor(1) });
  const moon = anEnterprise({ name: '北京明月设计有限公司', creditCode: creditCodeFor(2) });
  const alone = anEnterprise({ name: '北京独立影视有限公司', creditCode: creditCodeFor(3) });
  const plan = registry.plan({ kind: 'manual-edit' }, { zh: '建立', en: 'Set up' });
  plan.save('parks', park);
  for (const enterprise of [star, moon, alone]) plan.save('enterprises', enterprise);
  const starTenancy = aTenancy({ enterpriseId: star.id, parkId: park.id, movedInOn: '2020-01-01' });
  const moonTenancy = aTenancy({
    enterpriseId: moon.id,
    parkId: park.id,
    movedInOn: '2020-01-01',
    movedOutOn: '2024-06-01',
  });
  plan.save('tenancies', starTenancy);
  plan.save('tenancies', moonTenancy);
  await registry.commit(plan);
  return { registry, park, star, moon, alone, starTenancy, moonTenancy };
}

describe('parks', () => {
  it('save a new park at version 1 and each change one version up, tombstoning on delete', async () => {
    const { registry } = testRegistry();
    const id = await registry.parks.save({ ...aPark({ name: '郎园' }), id: undefined });
    const created = await registry.parks.get(id);
    expect(created).toMatchObject({ name: '郎园', version: 1 });

    await registry.parks.save({ ...present(created), name: '郎园Vintage' });
    const edited = await registry.parks.get(id);
    expect(edited).toMatchObject({ name: '郎园Vintage', version: 2 });
    expect(present(edited).updatedAt > present(created).updatedAt).toBe(true);

    await registry.parks.delete(id);
    expect(await registry.parks.get(id)).toBeUndefined();
    expect(await registry.parks.getStored(id)).toMatchObject({ version: 3, name: '郎园Vintage' });
    expect((await registry.parks.getStored(id))?.deletedAt).toBeDefined();
    expect(await registry.parks.list()).toEqual([]);
  });

  it('list live parks by name', async () => {
    const { registry } = testRegistry();
    await registry.parks.save(aPark({ name: '莱锦创意产业园' }));
    await registry.parks.save(aPark({ name: '798艺术区' }));
    expect((await registry.parks.list()).map((park) => park.name)).toEqual([
      '798艺术区',
      '莱锦创意产业园',
    ]);
  });

  it('record nothing when a save changes nothing', async () => {
    const { registry } = testRegistry();
    const park = aPark();
    await registry.parks.save(park);
    await registry.parks.save(park);
    expect(await registry.history.list()).toHaveLength(1);
    expect((await registry.parks.get(park.id))?.version).toBe(1);
  });

  it('refuse a save of a version that has changed since it was read', async () => {
    const { registry } = testRegistry();
    const park = aPark();
    await registry.parks.save(park);
    await registry.parks.save({ ...park, name: '改名' });
    const error = await rejectionOf(
      registry.parks.save({ ...park, name: '旧稿' }, { expectedVersion: 1 }),
    );
    expect(error.code).toBe('stale-record');
    expect(error.text.zh).toMatch(/第 1 版.*第 2 版/);
    expect((await registry.parks.get(park.id))?.name).toBe('改名');
  });

  it('explain an invalid record by field, in both languages, and save nothing', async () => {
    const { registry } = testRegistry();
    const error = await rejectionOf(registry.parks.save({ ...aPark(), name: ' ' }));
    expect(error.code).toBe('invalid-record');
    expect(error.text.zh).toMatch(/name: 园区名称不能为空/);
    expect(await registry.history.list()).toEqual([]);
  });
});

describe('enterprises', () => {
  it('count live ones', async () => {
    const { registry } = testRegistry();
    for (const index of [0, 1, 2, 3]) {
      await registry.enterprises.save(anEnterprise({ creditCode: creditCodeFor(index) }));
    }
    expect(await registry.enterprises.count()).toBe(4);
  });

  it('find by credit code, a deleted one included, and count only live ones', async () => {
    const { registry, star, alone } = await housedRegistry();
    expect((await registry.enterprises.findByCreditCode(star.creditCode))?.id).toBe(star.id);

    await registry.enterprises.delete(alone.id);
    expect(
      (await registry.enterprises.findByCreditCode(alone.creditCode))?.deletedAt,
    ).toBeDefined();
    expect(await registry.enterprises.count()).toBe(2);
  });

  it('refuse a second enterprise with a credit code already held, naming the holder', async () => {
    const { registry, star } = await housedRegistry();
    const error = await rejectionOf(
      registry.enterprises.save(anEnterprise({ name: '重复公司', creditCode: star.creditCode })),
    );
    expect(error.code).toBe('duplicate-credit-code');
    expect(error.text.zh).toContain('北京星河传媒有限公司');
    expect(error.text.en).toContain(star.creditCode);
  });

  it('delete with its tenancies, reports and financings, and undo it all at once', async () => {
    const { registry, park, star } = await housedRegistry();
    await registry.reports.save(
      aReport({ enterpriseId: star.id, period: '2024-10', revenueYuan: 9 }),
    );
    await registry.financings.save(aFinancing({ enterpriseId: star.id }));
    await registry.enterprises.delete(star.id);
    expect(await registry.tenancies.ofEnterprise(star.id)).toEqual([]);
    expect(await registry.reports.get(star.id, '2024-10')).toBeUndefined();
    expect(await registry.financings.ofEnterprise(star.id)).toEqual([]);
    expect(await registry.totals.ofPark(park.id)).toEqual([]);

    await registry.history.undo();
    expect(await registry.enterprises.get(star.id)).toBeDefined();
    expect(await registry.reports.get(star.id, '2024-10')).toMatchObject({ revenueYuan: 9 });
    expect(await registry.totals.ofPark(park.id)).toMatchObject([{ revenueYuan: 9 }]);
  });
});

describe('tenancies', () => {
  it("list a park's tenants on a date by name, joined with their enterprises", async () => {
    const { registry, park } = await housedRegistry();
    const now = await registry.tenancies.tenantsOf(park.id, '2024-10-31');
    expect(now.map((tenant) => tenant.enterprise.name)).toEqual(['北京星河传媒有限公司']);
    const ever = await registry.tenancies.tenantsOf(park.id);
    expect(ever).toHaveLength(2);
  });

  it('refuse a tenancy of an enterprise that does not exist', async () => {
    const { registry, park } = await housedRegistry();
    const error = await rejectionOf(
      registry.tenancies.save(aTenancy({ enterpriseId: 'nobody', parkId: park.id })),
    );
    expect(error.code).toBe('missing-reference');
    expect(error.text.zh).toContain('nobody');
  });
});

describe('reports', () => {
  it('store one record per enterprise and year and read one report per period', async () => {
    const { registry, star } = await housedRegistry();
    for (const period of ['2024-02', '2024-03', '2023-12'] as const) {
      await registry.reports.save(aReport({ enterpriseId: star.id, period, revenueYuan: 10 }));
    }
    expect(await registry.db.reportYears.count()).toBe(2);
    expect((await registry.reports.ofEnterprise(star.id)).map((report) => report.period)).toEqual([
      '2023-12',
      '2024-02',
      '2024-03',
    ]);
  });

  it('keep a report id and raise only its version when it is replaced', async () => {
    const { registry, star } = await housedRegistry();
    await registry.reports.save(
      aReport({ enterpriseId: star.id, period: '2024-10', revenueYuan: 1 }),
    );
    const first = await registry.reports.get(star.id, '2024-10');
    await registry.reports.save({ enterpriseId: star.id, period: '2024-10', revenueYuan: 2 });
    expect(await registry.reports.get(star.id, '2024-10')).toMatchObject({
      id: present(first).id,
      version: 2,
      revenueYuan: 2,
    });
  });

  it("read a park's reports for a period: its tenants then, with or without a report", async () => {
    const { registry, park, star, moon } = await housedRegistry();
    await registry.reports.save(
      aReport({ enterpriseId: star.id, period: '2024-10', revenueYuan: 5 }),
    );
    await registry.reports.save(
      aReport({ enterpriseId: moon.id, period: '2024-05', revenueYuan: 7 }),
    );
    const october = await registry.reports.forPark(park.id, '2024-10');
    expect(october.map((row) => [row.enterprise.name, row.report?.revenueYuan])).toEqual([
      ['北京星河传媒有限公司', 5],
    ]);
    const may = await registry.reports.forPark(park.id, '2024-05');
    expect(may.map((row) => [row.enterprise.name, row.report?.revenueYuan])).toEqual([
      ['北京明月设计有限公司', 7],
      ['北京星河传媒有限公司', undefined],
    ]);
  });

  it('keep park and district totals as reports and tenancies change', async () => {
    const { registry, park, star, moon, alone } = await housedRegistry();
    await registry.reports.save(
      aReport({ enterpriseId: star.id, period: '2024-10', revenueYuan: 5, taxYuan: 1 }),
    );
    await registry.reports.save(
      aReport({ enterpriseId: moon.id, period: '2024-10', revenueYuan: 7 }),
    );
    await registry.reports.save(
      aReport({ enterpriseId: alone.id, period: '2024-10', revenueYuan: 11 }),
    );
    // moon moved out in June: its 1–10月 figure belongs to no park, and not to the district.
    expect(await registry.totals.ofPark(park.id)).toMatchObject([
      { period: '2024-10', reports: 1, revenueYuan: 5, taxYuan: 1, taxReports: 1 },
    ]);
    expect(await registry.totals.district('2024-10')).toMatchObject({
      reports: 2,
      revenueYuan: 16,
    });

    const moonTenancy = present((await registry.tenancies.ofEnterprise(moon.id))[0]);
    await registry.tenancies.save({ ...moonTenancy, movedOutOn: undefined });
    expect(await registry.totals.parksInPeriod('2024-10')).toMatchObject([
      { revenueYuan: 12, reports: 2 },
    ]);
    expect(await registry.totals.district('2024-10')).toMatchObject({ revenueYuan: 23 });

    await registry.reports.delete(star.id, '2024-10');
    expect(await registry.totals.ofPark(park.id)).toMatchObject([
      { revenueYuan: 7, taxReports: 0 },
    ]);
  });
});

describe('cultivation plans, events and financing', () => {
  it("read a park's plans and events by date range, and financing by enterprise and date", async () => {
    const { registry, park, star } = await housedRegistry();
    await registry.cultivationPlans.save(aPlan({ parkId: park.id }));
    await registry.parkEvents.save(
      anEvent({ parkId: park.id, date: '2024-03-01', title: '春季市集' }),
    );
    await registry.parkEvents.save(
      anEvent({ parkId: park.id, date: '2024-09-01', title: '秋季沙龙' }),
    );
    await registry.financings.save(aFinancing({ enterpriseId: star.id, date: '2024-06-30' }));

    expect(await registry.cultivationPlans.ofPark(park.id)).toHaveLength(1);
    const summer = await registry.parkEvents.ofPark(park.id, {
      from: '2024-06-01',
      to: '2024-12-31',
    });
    expect(summer.map((event) => event.title)).toEqual(['秋季沙龙']);
    expect(await registry.parkEvents.inRange({ to: '2024-03-01' })).toHaveLength(1);
    expect(
      await registry.financings.inRange({ from: '2024-01-01', to: '2024-12-31' }),
    ).toHaveLength(1);
  });

  it('delete a park with its tenancies and events', async () => {
    const { registry, park } = await housedRegistry();
    await registry.parkEvents.save(anEvent({ parkId: park.id }));
    await registry.parks.delete(park.id);
    // The deletion cascaded: nothing live points at the park any more.
    expect(await registry.parkEvents.ofPark(park.id)).toEqual([]);
    expect(await registry.tenancies.ofPark(park.id)).toEqual([]);
  });
});

describe('live queries', () => {
  it('see a committed change', async () => {
    const { registry } = testRegistry();
    const seen: number[] = [];
    const subscription = liveQuery(() => registry.parks.list()).subscribe((parks) => {
      seen.push(parks.length);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await registry.parks.save(aPark());
    await new Promise((resolve) => setTimeout(resolve, 50));
    subscription.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });
});
