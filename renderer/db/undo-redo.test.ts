import { describe, expect, it } from 'vitest';
import { aPark, aReport, aTenancy, anEnterprise } from '../../shared/test-support/builders';
import { present } from '../../shared/test-support/present';
import { contentTables } from '../../shared/registry/registry-tables';
import type { Registry } from './registry';
import { creditCodeFor, rejectionOf, testRegistry } from './test-support/test-registry';

/** What the registry holds for people: live content without version and time, and totals. */
async function visibleState(registry: Registry) {
  const state: Record<string, unknown> = {};
  for (const table of contentTables) {
    const records = (await registry.db.content(table).toArray()) as unknown as Record<
      string,
      unknown
    >[];
    state[table] =
      table === 'reportYears'
        ? (await Promise.all(['e1', 'e2', 'e3'].map((id) => registry.reports.ofEnterprise(id))))
            .flat()
            .map(({ version: _v, updatedAt: _u, ...content }) => content)
        : records
            .filter((record) => record.deletedAt === undefined)
            .map(({ version: _v, updatedAt: _u, ...content }) => content);
  }
  state.parkTotals = await registry.db.parkTotals.toArray();
  state.districtTotals = await registry.db.districtTotals.toArray();
  return state;
}

async function seeded() {
  const { registry } = testRegistry();
  const plan = registry.plan({ kind: 'manual-edit' }, { zh: '建立', en: 'Set up' });
  plan.save('parks', aPark({ id: 'park', name: '莱锦' }));
  for (const n of [1, 2]) {
    plan.save(
      'enterprises',
      anEnterprise({ id: `e${n}`, name: `企业${n}`, creditCode: creditCodeFor(n) }),
    );
    plan.save('tenancies', aTenancy({ id: `t${n}`, enterpriseId: `e${n}`, parkId: 'park' }));
    plan.saveReport(aReport({ enterpriseId: `e${n}`, period: '2024-10', revenueYuan: n }));
  }
  await registry.commit(plan);
  return registry;
}

function anImport(registry: Registry) {
  const plan = registry.plan(
    { kind: 'import', fileName: 'a.xlsx' },
    { zh: '导入 a.xlsx', en: 'Import a.xlsx' },
  );
  plan.save('enterprises', anEnterprise({ id: 'e3', name: '企业3', creditCode: creditCodeFor(3) }));
  plan.save('tenancies', aTenancy({ id: 't3', enterpriseId: 'e3', parkId: 'park' }));
  plan.saveReport({ enterpriseId: 'e3', period: '2024-10', revenueYuan: 30 });
  plan.saveReport({ enterpriseId: 'e1', period: '2024-10', revenueYuan: 10 });
  plan.delete('enterprises', 'e2');
  return plan;
}

describe('undo and redo', () => {
  it('undo a single edit as a new version and redo it', async () => {
    const registry = await seeded();
    const park = present(await registry.parks.get('park'));
    await registry.parks.save({ ...park, name: '莱锦创意产业园' });
    const undone = await registry.history.undo();
    expect(undone.status).toBe('undone');
    expect(await registry.parks.get('park')).toMatchObject({ name: '莱锦', version: 3 });
    await registry.history.redo();
    expect(await registry.parks.get('park')).toMatchObject({ name: '莱锦创意产业园', version: 4 });
    expect((await registry.history.get(undone.seq))?.status).toBe('applied');
  });

  it('undo a whole import back to what people saw before it, totals included, and redo it', async () => {
    const registry = await seeded();
    const before = await visibleState(registry);
    const changeSet = present(await registry.commit(anImport(registry)));
    const after = await visibleState(registry);
    expect(after).not.toEqual(before);

    await registry.history.undo(changeSet.seq);
    expect(await visibleState(registry)).toEqual(before);
    await registry.history.redo(changeSet.seq);
    expect(await visibleState(registry)).toEqual(after);
  });

  it('refuse to undo a change set a later one touched, naming it, until that is undone first', async () => {
    const registry = await seeded();
    const park = present(await registry.parks.get('park'));
    await registry.parks.save({ ...park, name: '第一次改名' });
    const first = present((await registry.history.list(1))[0]);
    await registry.parks.save({ ...park, name: '第二次改名' });
    const second = present((await registry.history.list(1))[0]);

    const refusal = await rejectionOf(registry.history.undo(first.seq));
    expect(refusal.code).toBe('revert-conflict');
    expect(refusal.text.zh).toMatch(
      /被「修改园区「第二次改名」」修改过。请先撤销「修改园区「第二次改名」」/,
    );
    await registry.history.undo(second.seq);
    await registry.history.undo(first.seq);
    expect((await registry.parks.get('park'))?.name).toBe('莱锦');
  });

  it('redo in order after undoing in order', async () => {
    const registry = await seeded();
    const park = present(await registry.parks.get('park'));
    await registry.parks.save({ ...park, name: 'A' });
    await registry.parks.save({ ...park, name: 'B' });
    await registry.history.undo();
    await registry.history.undo();
    expect((await registry.history.undoRedoTargets()).redo?.label.zh).toBe('修改园区「A」');
    await expect(
      registry.history.redo(present((await registry.history.list(1))[0]).seq),
    ).rejects.toMatchObject({ code: 'revert-conflict' });
    await registry.history.redo();
    await registry.history.redo();
    expect((await registry.parks.get('park'))?.name).toBe('B');
    expect((await registry.history.undoRedoTargets()).redo).toBeUndefined();
  });

  it('refuse to undo creating an enterprise that a later tenancy still refers to', async () => {
    const registry = await seeded();
    await registry.enterprises.save(anEnterprise({ id: 'e9', creditCode: creditCodeFor(9) }));
    const created = present((await registry.history.list(1))[0]);
    await registry.tenancies.save(aTenancy({ enterpriseId: 'e9', parkId: 'park' }));
    await expect(registry.history.undo(created.seq)).rejects.toMatchObject({
      code: 'still-referenced',
    });
    expect(await registry.enterprises.get('e9')).toBeDefined();
  });

  it('say when there is nothing to undo or redo', async () => {
    const { registry } = testRegistry();
    await expect(registry.history.undo()).rejects.toMatchObject({
      text: { zh: '没有可以撤销的更改。' },
    });
    await expect(registry.history.redo()).rejects.toMatchObject({ code: 'not-revertible' });
  });
});
