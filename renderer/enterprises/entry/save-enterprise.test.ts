import { describe, expect, it } from 'vitest';
import { aPark, aTenancy, anEnterprise } from '../../../shared/test-support/builders';
import { creditCodeFor, testRegistry } from '../../db/test-support/test-registry';
import { checkEnterpriseForm, emptyEnterpriseForm } from './enterprise-form';
import { addEnterprise, moveEnterprise } from './save-enterprise';

const label = { zh: '测试', en: 'Test' };

async function twoParks() {
  const { registry } = testRegistry();
  const from = aPark({ name: '798艺术区' });
  const to = aPark({ name: '郎园Vintage' });
  const plan = registry.plan({ kind: 'manual-edit' }, label);
  plan.save('parks', from);
  plan.save('parks', to);
  await registry.commit(plan);
  return { registry, from, to };
}

function checkedForm(parkId: string, creditCode = creditCodeFor(1)) {
  const checked = checkEnterpriseForm({
    ...emptyEnterpriseForm(parkId),
    creditCode,
    name: '北京星河文化传媒有限公司',
    room: '3-201',
    movedInOn: '2024-07-01',
  });
  if (checked.enterprise === null || checked.tenancy === null) throw new Error('form not valid');
  return { enterprise: checked.enterprise, stay: checked.tenancy };
}

describe('addEnterprise', () => {
  it('saves the enterprise and its stay as one undoable change set', async () => {
    const { registry, to } = await twoParks();
    const { enterprise, stay } = checkedForm(to.id);
    const id = await addEnterprise(registry, enterprise, stay, label);
    expect((await registry.enterprises.get(id))?.name).toBe('北京星河文化传媒有限公司');
    expect(
      (await registry.tenancies.tenantsOf(to.id, '2024-08-01')).map((t) => t.tenancy.room),
    ).toEqual(['3-201']);
    const [latest] = await registry.history.list(1);
    expect(latest?.counts).toEqual({
      enterprises: { created: 1, updated: 0, deleted: 0 },
      tenancies: { created: 1, updated: 0, deleted: 0 },
    });
    await registry.history.undo();
    expect(await registry.enterprises.get(id)).toBeUndefined();
    expect(await registry.tenancies.tenantsOf(to.id)).toEqual([]);
  });

  it('brings back a deleted enterprise with the same credit code instead of a second one', async () => {
    const { registry, to } = await twoParks();
    const { enterprise, stay } = checkedForm(to.id);
    const first = await addEnterprise(registry, enterprise, stay, label);
    await registry.enterprises.delete(first);
    const again = await addEnterprise(registry, enterprise, stay, label);
    expect(again).toBe(first);
    expect((await registry.enterprises.get(first))?.version).toBe(3);
  });
});

describe('moveEnterprise', () => {
  it('ends the stay in the old park on the move-in date and opens one here, one change set', async () => {
    const { registry, from, to } = await twoParks();
    const star = anEnterprise({ creditCode: creditCodeFor(2), status: 'moved-out' });
    const oldStay = aTenancy({ enterpriseId: star.id, parkId: from.id, movedInOn: '2020-03-01' });
    const setup = registry.plan({ kind: 'manual-edit' }, label);
    setup.save('enterprises', star);
    setup.save('tenancies', oldStay);
    await registry.commit(setup);
    const stored = await registry.enterprises.get(star.id);
    if (stored === undefined) throw new Error('not stored');

    const move = await moveEnterprise(
      registry,
      stored,
      { parkId: to.id, room: '5-101', movedInOn: '2024-07-01' },
      '2024-11-01',
      label,
    );
    expect(move.kind).toBe('move');
    expect((await registry.tenancies.tenantsOf(from.id, '2024-08-01')).length).toBe(0);
    expect((await registry.tenancies.tenantsOf(from.id, '2024-06-30')).length).toBe(1);
    const [here] = await registry.tenancies.tenantsOf(to.id, '2024-08-01');
    expect(here?.enterprise.id).toBe(star.id);
    expect(here?.tenancy.room).toBe('5-101');
    expect((await registry.enterprises.get(star.id))?.status).toBe('active');
    expect(await registry.enterprises.count()).toBe(1);

    await registry.history.undo();
    expect((await registry.tenancies.tenantsOf(from.id, '2024-08-01')).length).toBe(1);
    expect(await registry.tenancies.tenantsOf(to.id)).toEqual([]);
  });

  it('moves in today when no move-in date was typed', async () => {
    const { registry, from, to } = await twoParks();
    const star = anEnterprise({ creditCode: creditCodeFor(3) });
    const setup = registry.plan({ kind: 'manual-edit' }, label);
    setup.save('enterprises', star);
    setup.save('tenancies', aTenancy({ enterpriseId: star.id, parkId: from.id }));
    await registry.commit(setup);
    const stored = await registry.enterprises.get(star.id);
    if (stored === undefined) throw new Error('not stored');
    const move = await moveEnterprise(registry, stored, { parkId: to.id }, '2024-11-01', label);
    expect(move.kind === 'move' ? move.opened.movedInOn : null).toBe('2024-11-01');
  });

  it('writes nothing when the enterprise already lives in the park', async () => {
    const { registry, to } = await twoParks();
    const star = anEnterprise({ creditCode: creditCodeFor(4) });
    const setup = registry.plan({ kind: 'manual-edit' }, label);
    setup.save('enterprises', star);
    setup.save('tenancies', aTenancy({ enterpriseId: star.id, parkId: to.id }));
    await registry.commit(setup);
    const before = await registry.history.list();
    const stored = await registry.enterprises.get(star.id);
    if (stored === undefined) throw new Error('not stored');
    const move = await moveEnterprise(registry, stored, { parkId: to.id }, '2024-11-01', label);
    expect(move.kind).toBe('already-here');
    expect(await registry.history.list()).toEqual(before);
  });
});
