import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../../shared/test-support/builders';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import { isLive } from '../../../shared/records/record-meta';
import type { Registry } from '../../db/registry';
import { RegistryError } from '../../db/registry-error';
import { dumpRegistry, testRegistry } from '../../db/test-support/test-registry';
import { commitImport, type ImportToCommit } from './commit-import';
import { existingRecordsOf } from './import-protocol';
import { ImportSession } from './import-session';
import { readStoredForImport } from './stored-for-import';
import { enterpriseListBytes, everyKindBytes } from './import-test-data';

async function importOf(
  registry: Registry,
  bytes = enterpriseListBytes(),
  fileName = '名单.xlsx',
): Promise<ImportToCommit> {
  const session = new ImportSession();
  const outcome = session.read(bytes, fileName, {});
  if (!outcome.ok) throw new Error(outcome.error.message.en);
  const plans = session.plan(existingRecordsOf(await readStoredForImport(registry, 'all')), {
    policy: { global: 'overwrite' },
    confirmedRows: {},
    today: '2024-11-01',
    newId: () => crypto.randomUUID(),
  });
  return {
    fileName,
    contentHash: 'abc',
    plans,
    sheets: Object.fromEntries(
      outcome.preview.sheets.map((sheet) => [
        sheet.name,
        {
          layoutSignature: sheet.layoutSignature,
          mapping: session.mappingOf(sheet.sheetIndex),
          excluded: 0,
        },
      ]),
    ),
  };
}

const importedTables = [
  'parks',
  'enterprises',
  'tenancies',
  'parkEvents',
  'financings',
  'cultivationPlans',
] as const;

describe('commitImport', () => {
  it('writes one change set with the file, mapping, counts and each record’s row', async () => {
    const { registry } = testRegistry();
    const outcome = await commitImport(registry, await importOf(registry));
    expect(outcome.kind).toBe('committed');
    if (outcome.kind !== 'committed') return;
    expect(outcome.changeSet.source).toMatchObject({
      kind: 'import',
      fileName: '名单.xlsx',
      contentHash: 'abc',
      sheets: [{ name: '企业名单', entity: 'enterprises', counts: { new: 2 } }],
    });
    const names = (await registry.db.enterprises.toArray()).map((e) => e.name).sort();
    expect(names).toEqual(['北京乙设计有限公司', '北京甲文化传媒有限公司']);
  });

  it('writes nothing when the same file is imported again', async () => {
    const { registry } = testRegistry();
    await commitImport(registry, await importOf(registry));
    const before = await dumpRegistry(registry);
    expect(await commitImport(registry, await importOf(registry))).toEqual({ kind: 'no-changes' });
    expect(await dumpRegistry(registry)).toEqual(before);
  });

  it('is undone whole, leaving what was there before', async () => {
    const { registry } = testRegistry();
    await commitImport(registry, await importOf(registry));
    const before = await dumpRegistry(registry);
    const changed = enterpriseListBytes([
      [1, '北京甲文化传媒有限公司', validCreditCodes[0], '032', '王五'],
      [2, '北京丙影视有限公司', validCreditCodes[2], '022', '赵六'],
    ]);
    await commitImport(registry, await importOf(registry, changed));
    expect((await registry.db.enterprises.toArray()).length).toBe(3);
    expect(await registry.backups.snapshots()).toMatchObject([{ kind: 'before-import' }]);
    await registry.history.undo();
    const content = (records: readonly Enterprise[]) =>
      records.filter(isLive).map(({ id, name, creditCode, subcategoryCode, contactName }) => ({
        id,
        name,
        creditCode,
        subcategoryCode,
        contactName,
      }));
    expect(content(await registry.db.enterprises.toArray())).toEqual(
      content(before.enterprises as Enterprise[]),
    );
  });

  it('writes tenancies, events, financing and a cultivation plan and its milestones with the file’s parks and enterprises, undone whole', async () => {
    const { registry } = testRegistry();
    const outcome = await commitImport(
      registry,
      await importOf(registry, everyKindBytes(), '全部.xlsx'),
    );
    expect(outcome.kind).toBe('committed');
    if (outcome.kind !== 'committed') return;
    expect(outcome.changeSet.source).toMatchObject({
      sheets: [
        { name: '园区', entity: 'parks', counts: { new: 1 } },
        { name: '企业', entity: 'enterprises', counts: { new: 2 } },
        { name: '入驻', entity: 'tenancies', counts: { new: 2 } },
        { name: '活动', entity: 'events', counts: { new: 1 } },
        { name: '融资', entity: 'financing', counts: { new: 1 } },
        { name: '培育进展', entity: 'cultivation', counts: { new: 1 } },
        { name: '培育里程碑', entity: 'milestones', counts: { new: 2 } },
      ],
    });
    const { db } = registry;
    const [park] = await db.parks.toArray();
    const enterprise = (await db.enterprises.toArray()).find(
      (e) => e.creditCode === validCreditCodes[0],
    );
    expect(await db.tenancies.toArray()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          enterpriseId: enterprise?.id,
          parkId: park?.id,
          building: 'A座',
        }),
      ]),
    );
    expect(await db.parkEvents.toArray()).toEqual([
      expect.objectContaining({ parkId: park?.id, title: '创意市集', visitors: 300 }),
    ]);
    expect(await db.financings.toArray()).toEqual([
      expect.objectContaining({ enterpriseId: enterprise?.id, amountYuan: 5_000_000 }),
    ]);
    expect(await db.cultivationPlans.toArray()).toEqual([
      expect.objectContaining({
        parkId: park?.id,
        baselineYuan: 4_000_000_000,
        milestones: [
          expect.objectContaining({ title: '引入龙头企业', status: 'done', doneOn: '2025-05-20' }),
          expect.objectContaining({ title: '完成二期改造', status: 'planned' }),
        ],
      }),
    ]);
    expect(await commitImport(registry, await importOf(registry, everyKindBytes()))).toEqual({
      kind: 'no-changes',
    });
    await registry.history.undo();
    for (const table of importedTables) {
      expect((await db[table].toArray()).filter(isLive), table).toEqual([]);
    }
  });

  it('leaves the registry unchanged when a write fails, at every write position', async () => {
    const probe = testRegistry();
    const start = probe.faults.written;
    await commitImport(probe.registry, await importOf(probe.registry, everyKindBytes()));
    const writes = probe.faults.written - start;
    expect(writes).toBeGreaterThan(8);
    for (let position = 0; position < writes; position += 1) {
      const { registry, faults } = testRegistry();
      const input = await importOf(registry, everyKindBytes());
      const before = await dumpRegistry(registry);
      faults.failAt = faults.written + position;
      await expect(
        commitImport(registry, input),
        `position ${String(position)}`,
      ).rejects.toBeInstanceOf(RegistryError);
      faults.failAt = undefined;
      expect(await dumpRegistry(registry), `position ${String(position)}`).toEqual(before);
    }
  });
});
