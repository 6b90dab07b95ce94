import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../shared/aggregates/report-totals';
import { packReports } from '../../shared/reports/report-storage';
import {
  aFinancing,
  aPark,
  aReport,
  aTenancy,
  anEnterprise,
  anEvent,
} from '../../shared/test-support/builders';
import { present } from '../../shared/test-support/present';
import { openRegistry } from './registry';
import { creditCodeFor } from './test-support/test-registry';

/** The v1 schema exactly as released, written out here so a change to the code cannot move it. */
const releasedV1 = {
  parks: 'id, name',
  enterprises: 'id, &creditCode, name',
  tenancies: 'id, enterpriseId, parkId',
  reports: 'id, [enterpriseId+period], period',
  cultivationPlans: 'id, parkId',
  parkEvents: 'id, parkId, date',
  financings: 'id, enterpriseId, date',
};

function v1Content() {
  const park = aPark({ name: '751D·PARK' });
  const enterprise = anEnterprise({ creditCode: creditCodeFor(7) });
  return {
    parks: [park],
    enterprises: [enterprise],
    tenancies: [
      aTenancy({ enterpriseId: enterprise.id, parkId: park.id, movedInOn: '2019-05-01' }),
    ],
    reports: [
      aReport({ enterpriseId: enterprise.id, period: '2023-12', revenueYuan: 1200 }),
      aReport({ enterpriseId: enterprise.id, period: '2024-02', revenueYuan: 200 }),
      aReport({ enterpriseId: enterprise.id, period: '2024-10', revenueYuan: 1000, taxYuan: 30 }),
    ],
    cultivationPlans: [],
    parkEvents: [anEvent({ parkId: park.id, date: '2024-04-20' })],
    financings: [aFinancing({ enterpriseId: enterprise.id })],
  };
}

async function v1Database(indexedDB: IDBFactory, content: ReturnType<typeof v1Content>) {
  const v1 = new Dexie('park-ledger', { indexedDB, IDBKeyRange });
  v1.version(1).stores(releasedV1);
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(content)) await v1.table(table).bulkAdd(rows);
  });
  v1.close();
}

describe('upgrading a v1 registry', () => {
  it('packs its reports, computes totals, keeps every other record and drops the old table', async () => {
    const indexedDB = new IDBFactory();
    const content = v1Content();
    await v1Database(indexedDB, content);

    const registry = openRegistry({ indexedDB, IDBKeyRange });
    const reportYears = await registry.db.reportYears.toArray();
    expect(reportYears).toEqual(packReports(content.reports));
    expect(await registry.db.parkTotals.toArray()).toEqual(
      computeTotals(content.tenancies, packReports(content.reports)).parks,
    );
    expect(await registry.totals.ofPark(present(content.parks[0]).id)).toMatchObject([
      { period: '2023-12', revenueYuan: 1200 },
      { period: '2024-02', revenueYuan: 200 },
      { period: '2024-10', revenueYuan: 1000, taxYuan: 30 },
    ]);
    expect(await registry.db.enterprises.toArray()).toEqual(content.enterprises);
    expect(await registry.db.financings.toArray()).toEqual(content.financings);
    expect(await registry.parkEvents.ofPark(present(content.parks[0]).id)).toEqual(
      content.parkEvents,
    );
    expect([...registry.db.backendDB().objectStoreNames]).not.toContain('reports');
  });

  it('keeps a snapshot of the v1 content, in the v1 shape, that restores to the same registry', async () => {
    const indexedDB = new IDBFactory();
    const content = v1Content();
    await v1Database(indexedDB, content);
    const registry = openRegistry({ indexedDB, IDBKeyRange });

    // One snapshot for the whole upgrade to the current version: of the content as found.
    const snapshots = await registry.backups.snapshots();
    expect(snapshots).toHaveLength(1);
    const [snapshot] = snapshots;
    expect(snapshot).toMatchObject({ kind: 'before-upgrade', schemaVersion: 1 });
    const data = present(await registry.db.snapshotData.get(present(snapshot).id));
    expect(data.document).toMatchObject({ schemaVersion: 1, tables: { reports: content.reports } });

    const upgraded = await registry.db.reportYears.toArray();
    await registry.backups.restoreSnapshot(present(snapshot).id);
    expect(await registry.db.reportYears.toArray()).toEqual(upgraded);
    expect(await registry.db.parks.toArray()).toEqual(content.parks);
  });

  it('takes no snapshot when the v1 registry was empty', async () => {
    const indexedDB = new IDBFactory();
    await v1Database(indexedDB, {
      parks: [],
      enterprises: [],
      tenancies: [],
      reports: [],
      cultivationPlans: [],
      parkEvents: [],
      financings: [],
    });
    const registry = openRegistry({ indexedDB, IDBKeyRange });
    expect(await registry.backups.snapshots()).toEqual([]);
    expect(await registry.isEmpty()).toBe(true);
  });
});

/** The v2 schema exactly as released. */
const releasedV2 = {
  ...releasedV1,
  reports: null,
  enterprises: 'id, &creditCode, name, deletedAt',
  reportYears: 'id, &[enterpriseId+year], year',
  parkEvents: 'id, [parkId+date], date',
  parkTotals: '[parkId+period], period',
  districtTotals: 'period',
  changeSets: 'seq',
  changeParts: '[changeSetSeq+part], *recordKeys',
  snapshots: 'id, takenAt',
  snapshotData: 'id',
  registryState: 'key',
};

async function v2Database(
  indexedDB: IDBFactory,
  content: { enterprises: readonly object[]; reportYears: readonly object[] },
) {
  const v2 = new Dexie('park-ledger', { indexedDB, IDBKeyRange });
  v2.version(1).stores(releasedV1);
  v2.version(2).stores(releasedV2);
  await v2.transaction('rw', v2.tables, async () => {
    await v2.table('enterprises').bulkAdd(content.enterprises);
    await v2.table('reportYears').bulkAdd(content.reportYears);
  });
  v2.close();
}

function v2Content() {
  const enterprise = anEnterprise({ creditCode: creditCodeFor(8) });
  const reportYears = packReports([
    aReport({ enterpriseId: enterprise.id, period: '2023-12', revenueYuan: 1200 }),
    aReport({ enterpriseId: enterprise.id, period: '2024-10', revenueYuan: 1000 }),
  ]);
  return { enterprise, enterprises: [enterprise], reportYears };
}

describe('upgrading a v2 registry', () => {
  it('keeps its report years, found by enterprise through their ids, without indexes', async () => {
    const indexedDB = new IDBFactory();
    const { enterprise, ...content } = v2Content();
    await v2Database(indexedDB, content);

    const registry = openRegistry({ indexedDB, IDBKeyRange });
    expect(await registry.db.reportYears.toArray()).toEqual(content.reportYears);
    expect((await registry.reports.ofEnterprise(enterprise.id)).map((r) => r.period)).toEqual([
      '2023-12',
      '2024-10',
    ]);
    const store = registry.db.backendDB().transaction('reportYears').objectStore('reportYears');
    expect([...store.indexNames]).toEqual([]);
  });

  it('keeps a snapshot of the v2 content, also handed to the desktop, that restores it', async () => {
    const indexedDB = new IDBFactory();
    const { enterprise, ...content } = v2Content();
    await v2Database(indexedDB, content);
    const delivered: string[] = [];
    const registry = openRegistry({
      indexedDB,
      IDBKeyRange,
      snapshotSink: (info) => delivered.push(info.id),
    });

    const snapshots = await registry.backups.snapshots();
    expect(snapshots).toHaveLength(1);
    expect(delivered).toEqual(snapshots.map((snapshot) => snapshot.id));
    const [snapshot] = snapshots;
    expect(snapshot).toMatchObject({
      kind: 'before-upgrade',
      schemaVersion: 2,
      label: { zh: '升级数据版本（v2 → v3）前' },
    });
    await registry.enterprises.save({ ...enterprise, name: '改名后的企业' });
    await registry.backups.restoreSnapshot(present(snapshot).id);
    expect(await registry.db.enterprises.toArray()).toEqual(content.enterprises);
    expect(await registry.db.reportYears.toArray()).toEqual(content.reportYears);
  });

  it('takes no snapshot when the v2 registry was empty', async () => {
    const indexedDB = new IDBFactory();
    await v2Database(indexedDB, { enterprises: [], reportYears: [] });
    const registry = openRegistry({ indexedDB, IDBKeyRange });
    expect(await registry.backups.snapshots()).toEqual([]);
  });
});

describe('upgrading a v3 registry', () => {
  it('keeps its enterprises, found by credit code, without the name index, and a snapshot', async () => {
    const indexedDB = new IDBFactory();
    const enterprise = anEnterprise({ creditCode: creditCodeFor(9) });
    const v3 = new Dexie('park-ledger', { indexedDB, IDBKeyRange });
    v3.version(1).stores(releasedV1);
    v3.version(2).stores(releasedV2);
    v3.version(3).stores({ reportYears: 'id', startFigures: 'key' });
    await v3.table('enterprises').add(enterprise);
    v3.close();

    const registry = openRegistry({ indexedDB, IDBKeyRange });
    expect(await registry.db.enterprises.toArray()).toEqual([enterprise]);
    expect((await registry.enterprises.findByCreditCode(enterprise.creditCode))?.id).toBe(
      enterprise.id,
    );
    const store = registry.db.backendDB().transaction('enterprises').objectStore('enterprises');
    expect([...store.indexNames].sort()).toEqual(['creditCode', 'deletedAt']);
    expect(await registry.backups.snapshots()).toMatchObject([
      { kind: 'before-upgrade', label: { zh: '升级数据版本（v3 → v4）前' } },
    ]);
  });
});
