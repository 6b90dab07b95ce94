import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../shared/aggregates/report-totals';
import { periodsOfYear } from '../../shared/periods/period';
import type { RegistryRecords } from '../../shared/registry/registry-tables';
import type { BulkLoadPart } from './bulk-load';
import { packReports } from '../../shared/reports/report-storage';
import {
  aFinancing,
  aPark,
  aPlan,
  aReport,
  aTenancy,
  anEnterprise,
  anEvent,
} from '../../shared/test-support/builders';
import {
  creditCodeFor,
  dumpRegistry,
  rejectionOf,
  testRegistry,
} from './test-support/test-registry';

/** A small registry shaped like the demo: every record marked demo. */
function demoRecords(parks: number, enterprises: number): RegistryRecords {
  const demo = { demo: true } as const;
  const parkList = Array.from({ length: parks }, (_, p) =>
    aPark({ id: `demo-park-${p}`, name: `示例园区${p}`, ...demo }),
  );
  const enterpriseList = Array.from({ length: enterprises }, (_, e) =>
    anEnterprise({
      id: `demo-ent-${e}`,
      name: `示例企业${e}`,
      creditCode: creditCodeFor(1000 + e),
      ...demo,
    }),
  );
  return {
    parks: parkList,
    enterprises: enterpriseList,
    tenancies: enterpriseList.map((enterprise, e) =>
      aTenancy({
        enterpriseId: enterprise.id,
        parkId: `demo-park-${e % parks}`,
        movedInOn: '2020-01-01',
        ...demo,
      }),
    ),
    reports: enterpriseList.flatMap((enterprise, e) =>
      [...periodsOfYear(2023), ...periodsOfYear(2024)].map((period, index) =>
        aReport({
          enterpriseId: enterprise.id,
          period,
          revenueYuan: (e + 1) * (index + 1),
          ...demo,
        }),
      ),
    ),
    plans: [aPlan({ parkId: 'demo-park-0', ...demo })],
    events: [anEvent({ parkId: 'demo-park-0', ...demo })],
    financings: [aFinancing({ enterpriseId: 'demo-ent-0', ...demo })],
  };
}

describe('the bulk load', () => {
  it('stores reports packed, keeps totals, reports progress and records one summary change set', async () => {
    const { registry } = testRegistry();
    const records = demoRecords(3, 25);
    const progress: number[] = [];
    const changeSet = await registry.demo.load(records, ({ done, total }) =>
      progress.push(done / total),
    );

    expect(changeSet).toMatchObject({
      source: { kind: 'demo' },
      detail: 'summary',
      counts: { enterprises: { created: 25 }, reportYears: { created: 25 * 22 } },
    });
    expect(await registry.db.reportYears.count()).toBe(50);
    expect(await registry.db.changeParts.count()).toBe(0);
    expect(await registry.db.parkTotals.toArray()).toEqual(
      computeTotals(records.tenancies, packReports(records.reports)).parks,
    );
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await registry.demo.isLoaded()).toBe(true);
  });

  it('refuses records without the demo mark, and ids that exist, writing nothing', async () => {
    const { registry } = testRegistry();
    const records = demoRecords(1, 2);
    const unmarked = { ...records, events: [anEvent({ parkId: 'demo-park-0' })] };
    await expect(registry.demo.load(unmarked)).rejects.toMatchObject({ code: 'invalid-record' });

    await registry.parks.save(aPark({ id: 'demo-park-0' }));
    const before = await dumpRegistry(registry);
    const refused = await rejectionOf(registry.demo.load(records));
    expect(refused.code).toBe('stale-record');
    expect(refused.text.zh).toContain('示例园区0');
    expect(await dumpRegistry(registry)).toEqual(before);
  });

  it(
    'leaves the registry exactly as before when any write of the load fails',
    { timeout: 60_000 },
    async () => {
      const records = demoRecords(2, 3);
      const probe = testRegistry();
      await probe.registry.parks.save(aPark({ id: 'real' }));
      const start = probe.faults.written;
      await probe.registry.demo.load(records);
      const writes = probe.faults.written - start;

      for (let position = 0; position < writes; position += 1) {
        const { registry, faults } = testRegistry();
        await registry.parks.save(aPark({ id: 'real' }));
        const before = await dumpRegistry(registry);
        faults.failAt = faults.written + position;
        await expect(registry.demo.load(records), `position ${position}`).rejects.toThrow();
        faults.failAt = undefined;
        expect(await dumpRegistry(registry), `position ${position}`).toEqual(before);
      }
    },
  );

  it(
    'writes a load given in parts while the next part is made: the same records, one change set, and nothing when a later write fails',
    { timeout: 60_000 },
    async () => {
      const records = demoRecords(2, 12);
      // Each enterprise with its tenancy and reports in a part of its own, the parks last (as
      // the demo's generator orders them): three chunks a part, more than the pipeline holds.
      const inParts = (): BulkLoadPart[] => [
        ...records.enterprises.map((enterprise, index) => ({
          records: {
            enterprises: [enterprise],
            tenancies: records.tenancies.filter((t) => t.enterpriseId === enterprise.id),
            reports: records.reports.filter((r) => r.enterpriseId === enterprise.id),
          },
          done: (index + 1) / (records.enterprises.length + 1),
        })),
        {
          records: {
            parks: records.parks,
            plans: records.plans,
            events: records.events,
            financings: records.financings,
          },
          done: 1,
        },
      ];
      const whole = testRegistry().registry;
      await whole.demo.load(records);

      const { registry, faults } = testRegistry();
      let writtenWhenLastPartMade = 0;
      let written = 0;
      function* parts(): Generator<BulkLoadPart> {
        const list = inParts();
        for (const [index, part] of list.entries()) {
          if (index === list.length - 1) writtenWhenLastPartMade = written;
          yield part;
        }
      }
      const progress: number[] = [];
      const changeSet = await registry.demo.loadInParts(parts(), ({ done, total }) => {
        written = done;
        progress.push(done / total);
      });
      expect(writtenWhenLastPartMade).toBeGreaterThan(0);
      expect(progress.at(-1)).toBe(1);
      expect(changeSet.counts).toEqual((await whole.history.list())[0]?.counts);
      // Everything but the change set's row (its time and sequence number are its own).
      const content = await dumpRegistry(registry);
      const wholeContent = await dumpRegistry(whole);
      delete content.changeSets;
      delete wholeContent.changeSets;
      expect(content).toEqual(wholeContent);

      const writes = faults.written;
      for (const position of [0, Math.floor(writes / 2), writes - 1]) {
        const { registry: failing, faults: failingFaults } = testRegistry();
        await failing.parks.save(aPark({ id: 'real' }));
        const before = await dumpRegistry(failing);
        failingFaults.failAt = failingFaults.written + position;
        await expect(failing.demo.loadInParts(inParts()), `position ${position}`).rejects.toThrow();
        expect(await dumpRegistry(failing), `position ${position}`).toEqual(before);
      }
    },
  );

  it('is undone by clearing the demo, and what hangs off it, keeping real records', async () => {
    const { registry } = testRegistry();
    const real = anEnterprise({ id: 'real', creditCode: creditCodeFor(1) });
    await registry.enterprises.save(real);
    await registry.reports.save(
      aReport({ enterpriseId: real.id, period: '2024-10', revenueYuan: 5 }),
    );
    const loaded = await registry.demo.load(demoRecords(2, 4));
    // A real enterprise renting in a demo park: its tenancy goes with the park.
    await registry.tenancies.save(aTenancy({ enterpriseId: real.id, parkId: 'demo-park-1' }));

    const undone = await registry.history.undo(loaded.seq);
    expect(undone).toMatchObject({ seq: loaded.seq, status: 'undone' });
    expect(await registry.demo.isLoaded()).toBe(false);
    expect(await registry.db.tenancies.count()).toBe(0);
    expect((await registry.db.enterprises.toArray()).map((e) => e.id)).toEqual(['real']);
    expect(await registry.db.parkTotals.count()).toBe(0);
    expect(await registry.totals.district('2024-10')).toMatchObject({ reports: 1, revenueYuan: 5 });
    const refusal = await rejectionOf(registry.history.redo(loaded.seq));
    expect(refusal.code).toBe('not-revertible');
    expect(refusal.text.zh).toContain('重新载入示例数据');
  });

  it('records every record when the source is not the demo, so its undo removes exactly them', async () => {
    const { registry } = testRegistry();
    const records = demoRecords(1, 2);
    const plain = {
      ...records,
      parks: records.parks.map((park) => ({ ...park, demo: undefined })),
    };
    const loaded = await registry.bulkLoad(
      { ...plain, enterprises: [], tenancies: [], reports: [], plans: [], financings: [] },
      {
        source: { kind: 'import', fileName: '园区名录.xlsx' },
        label: { zh: '导入园区', en: 'Import parks' },
      },
    );
    expect(loaded.detail).toBe('records');
    expect(await registry.history.ofRecord('parks', 'demo-park-0')).toHaveLength(1);
    await registry.history.undo(loaded.seq);
    expect(await registry.parks.list()).toEqual([]);
  });

  it('is cleared by one action too', async () => {
    const { registry } = testRegistry();
    await registry.demo.load(demoRecords(1, 2));
    await registry.demo.clear();
    expect(await registry.isEmpty()).toBe(true);
    expect((await registry.history.list())[0]?.status).toBe('undone');
  });
});
