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
import { enterpriseListBytes } from './import-test-data';

async function importOf(
  registry: Registry,
  bytes = enterpriseListBytes(),
): Promise<ImportToCommit> {
  const session = new ImportSession();
  const outcome = session.read(bytes, '名单.xlsx', {});
  if (!outcome.ok) throw new Error(outcome.error.message.en);
  const plans = session.plan(existingRecordsOf(await readStoredForImport(registry)), {
    policy: { global: 'overwrite' },
    confirmedRows: {},
    today: '2024-11-01',
    newId: () => crypto.randomUUID(),
  });
  return {
    fileName: '名单.xlsx',
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

  it('leaves the registry unchanged when a write fails, at every write position', async () => {
    const probe = testRegistry();
    const start = probe.faults.written;
    await commitImport(probe.registry, await importOf(probe.registry));
    const writes = probe.faults.written - start;
    expect(writes).toBeGreaterThan(2);
    for (let position = 0; position < writes; position += 1) {
      const { registry, faults } = testRegistry();
      const input = await importOf(registry);
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
