/**
 * What 新增企业 writes, each as one change set (a manual edit, undoable as a whole): a new
 * enterprise with its stay in the park, or, when its credit code is already registered, a move
 * of that one enterprise into the park. A move never creates a second enterprise.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import type { ChangeSource } from '../../../shared/history/change-set';
import { isLive } from '../../../shared/records/record-meta';
import { planTenancyMove, type TenancyMove } from '../../../shared/tenancies/tenancy-move';
import type { LocalizedText } from '../../../shared/text/localized-text';
import type { Draft } from '../../db/change-plan';
import type { Registry } from '../../db/registry';
import type { NewStay } from './enterprise-form';

const manualEdit: ChangeSource = { kind: 'manual-edit' };

/**
 * Saves a new enterprise and its tenancy; resolves to the enterprise's id. A deleted enterprise
 * holding the same credit code is brought back under its old id rather than duplicated.
 */
export async function addEnterprise(
  registry: Registry,
  enterprise: Draft<Enterprise>,
  stay: NewStay,
  label: LocalizedText,
): Promise<string> {
  const stored = await registry.enterprises.findByCreditCode(enterprise.creditCode);
  const plan = registry.plan(manualEdit, label);
  const enterpriseId = plan.save('enterprises', {
    ...enterprise,
    ...(stored === undefined ? {} : { id: stored.id }),
  });
  plan.save('tenancies', { ...stay, enterpriseId });
  await registry.commit(plan);
  return enterpriseId;
}

/**
 * Moves a registered enterprise into `stay.parkId` from `stay.movedInOn` (today when blank): its
 * stays elsewhere end that day and a new one begins, one change set. Resolves to what was planned,
 * so the caller can say that it already lives there or why the move was refused.
 */
export async function moveEnterprise(
  registry: Registry,
  enterprise: Enterprise,
  stay: NewStay,
  today: IsoDate,
  label: LocalizedText,
): Promise<TenancyMove> {
  const tenancies = await registry.tenancies.ofEnterprise(enterprise.id);
  const move = planTenancyMove(tenancies, {
    ...stay,
    enterpriseId: enterprise.id,
    movedInOn: stay.movedInOn ?? today,
  });
  if (move.kind !== 'move') return move;
  const plan = registry.plan(manualEdit, label);
  for (const closed of move.closed)
    plan.save('tenancies', closed, { expectedVersion: closed.version });
  plan.save('tenancies', move.opened);
  // An enterprise marked as moved out of the district is back in one of its parks.
  if (isLive(enterprise) && enterprise.status === 'moved-out') {
    plan.save(
      'enterprises',
      { ...enterprise, status: 'active' },
      { expectedVersion: enterprise.version },
    );
  }
  await registry.commit(plan);
  return move;
}
