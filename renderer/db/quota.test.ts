import { describe, expect, it } from 'vitest';
import { aPark, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { quotaExceededText, RegistryError } from './registry-error';
import { creditCodeFor, dumpRegistry, testRegistry } from './test-support/test-registry';

const quotaExceeded = () => new DOMException('quota', 'QuotaExceededError');

describe('a full disk', () => {
  it('turns QuotaExceededError into a message saying what to do, with nothing half-written', async () => {
    const { registry, faults } = testRegistry();
    await registry.parks.save(aPark({ id: 'park' }));
    const before = await dumpRegistry(registry);
    faults.error = quotaExceeded;
    faults.failAt = faults.written + 3;

    const plan = registry.plan({ kind: 'manual-edit' }, { zh: '新增企业', en: 'Add enterprises' });
    for (const n of [1, 2, 3]) {
      plan.save('enterprises', anEnterprise({ id: `e${n}`, creditCode: creditCodeFor(n) }));
      plan.save('tenancies', aTenancy({ enterpriseId: `e${n}`, parkId: 'park' }));
      plan.saveReport(aReport({ enterpriseId: `e${n}`, period: '2024-06', revenueYuan: n }));
    }
    const error = await registry.commit(plan).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ code: 'quota-exceeded', text: quotaExceededText });
    expect(quotaExceededText.zh).toMatch(/没有保存.*保持原样.*设置/);

    faults.failAt = undefined;
    expect(await dumpRegistry(registry)).toEqual(before);
  });

  it('fails a restore the same way, keeping the registry as it was', async () => {
    const { registry, faults } = testRegistry();
    await registry.parks.save(aPark({ name: '原有园区' }));
    const { document } = await registry.backups.exportBackup();
    await registry.parks.save(aPark({ name: '之后新建' }));
    const before = await dumpRegistry(registry);
    faults.error = quotaExceeded;
    faults.failAt = faults.written + 5;
    await expect(registry.backups.restore(document)).rejects.toMatchObject({
      code: 'quota-exceeded',
    });
    faults.failAt = undefined;
    expect(await dumpRegistry(registry)).toEqual(before);
  });
});
