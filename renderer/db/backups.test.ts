import { describe, expect, it } from 'vitest';
import type { BackupDocument } from '../../shared/backup/backup-file';
import { aPark, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { present } from '../../shared/test-support/present';
import type { Registry } from './registry';
import type { SnapshotInfo } from './stored-rows';
import {
  creditCodeFor,
  dumpRegistry,
  rejectionOf,
  testRegistry,
} from './test-support/test-registry';

/** A registry with content and a history of every kind: an edit, an import, an undone change. */
async function furnished(registry: Registry, prefix: string) {
  const plan = registry.plan(
    { kind: 'import', fileName: `${prefix}.xlsx` },
    { zh: `导入 ${prefix}`, en: `Import ${prefix}` },
  );
  plan.save('parks', aPark({ id: `${prefix}-park`, name: `${prefix}园` }));
  plan.save(
    'enterprises',
    anEnterprise({ id: `${prefix}-e`, creditCode: creditCodeFor(prefix.length) }),
    {
      origin: { sheet: '企业', row: 2 },
    },
  );
  plan.save('tenancies', aTenancy({ enterpriseId: `${prefix}-e`, parkId: `${prefix}-park` }));
  plan.saveReport(aReport({ enterpriseId: `${prefix}-e`, period: '2024-10', revenueYuan: 99 }));
  await registry.commit(plan);
  const park = present(await registry.parks.get(`${prefix}-park`));
  await registry.parks.save({ ...park, name: `${prefix}文化园` });
  await registry.parks.save({ ...park, name: `${prefix}创意园` });
  await registry.history.undo();
}

describe('backups', () => {
  it('restore to an identical registry, history and totals included', async () => {
    const { registry: source } = testRegistry();
    await furnished(source, 'source');
    const exported = await source.backups.exportBackup();
    expect(exported.fileName).toMatch(/^园区台账备份-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);

    const { registry: target } = testRegistry();
    await furnished(target, 'target-other');
    const reading = target.backups.readFile(exported.text);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const restore = await target.backups.restore(reading.backup, { fileName: exported.fileName });

    const restored = (await target.backups.exportBackup()).document;
    expect(restored.tables).toEqual(exported.document.tables);
    expect(restored.history.changeParts).toEqual(exported.document.history.changeParts);
    expect(restored.history.changeSets).toEqual([...exported.document.history.changeSets, restore]);
    expect(await target.db.parkTotals.toArray()).toEqual(await source.db.parkTotals.toArray());
    expect(await target.db.districtTotals.toArray()).toEqual(
      await source.db.districtTotals.toArray(),
    );
    expect(restore).toMatchObject({
      source: { kind: 'restore', fileName: exported.fileName },
      label: { zh: `从备份 ${exported.fileName} 恢复` },
      counts: { enterprises: { created: 1 } },
    });
  });

  it('undo a restore back to the registry as it was, its own history included', async () => {
    const { registry: source } = testRegistry();
    await furnished(source, 'source');
    const { text } = await source.backups.exportBackup();

    const { registry } = testRegistry();
    await furnished(registry, 'mine');
    const before = await dumpRegistry(registry);
    const reading = registry.backups.readFile(text);
    if (!reading.ok) throw new Error('the backup should read');
    const restore = await registry.backups.restore(reading.backup);
    const undone = await registry.history.undo();
    expect(undone).toMatchObject({ seq: restore.seq, status: 'undone' });

    const after = await dumpRegistry(registry);
    for (const table of [
      'parks',
      'enterprises',
      'tenancies',
      'reportYears',
      'changeParts',
      'parkTotals',
      'districtTotals',
    ]) {
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after.changeSets).toEqual([...(before.changeSets ?? []), undone]);
    await expect(registry.history.redo(restore.seq)).rejects.toMatchObject({
      code: 'not-revertible',
    });
  });

  it('refuse to undo a restore once something changed after it', async () => {
    const { registry: source } = testRegistry();
    await furnished(source, 'source');
    const reading = source.backups.readFile((await source.backups.exportBackup()).text);
    if (!reading.ok) throw new Error('the backup should read');
    const { registry } = testRegistry();
    const restore = await registry.backups.restore(reading.backup);
    await registry.parks.save(aPark({ name: '之后新建' }));
    const refusal = await rejectionOf(registry.history.undo(restore.seq));
    expect(refusal.code).toBe('not-revertible');
    expect(refusal.text.zh).toContain('之后台账又有改动');
  });

  it('leave the registry untouched when the file is damaged, with a report of where', async () => {
    const { registry } = testRegistry();
    await furnished(registry, 'mine');
    const { document } = await registry.backups.exportBackup();
    const damaged = JSON.parse(JSON.stringify(document)) as BackupDocument & {
      tables: { parks: { name: string }[] };
    };
    present(damaged.tables.parks[0]).name = '';
    const reading = registry.backups.readFile(JSON.stringify(damaged));
    expect(reading.ok).toBe(false);
    expect(reading.report.problems[0]?.where.zh).toMatch(/^园区 第1条.*字段 name$/);
  });

  it('keep snapshots within the budget and hand each to the desktop sink', async () => {
    const delivered: SnapshotInfo[] = [];
    const { registry } = testRegistry({
      snapshotBudget: { maxSnapshots: 2, maxTotalBytes: 10_000_000 },
      snapshotSink: (info) => delivered.push(info),
    });
    for (const prefix of ['a', 'bb', 'ccc', 'dddd']) await furnished(registry, prefix);
    const snapshots = await registry.backups.snapshots();
    expect(snapshots).toHaveLength(2);
    expect(await registry.db.snapshotData.count()).toBe(2);
    expect(
      delivered
        .map((info) => info.id)
        .slice(-2)
        .reverse(),
    ).toEqual(snapshots.map((info) => info.id));
    expect(delivered).toHaveLength(3);
  });
});
