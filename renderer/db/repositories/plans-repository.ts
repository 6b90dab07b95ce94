import type { CultivationPlan } from '../../../shared/cultivation/cultivation-plan';
import { isLive } from '../../../shared/records/record-meta';
import type { RegistryContext } from '../registry-context';
import { VersionedRepository } from './versioned-repository';

export class CultivationPlansRepository extends VersionedRepository<'cultivationPlans'> {
  constructor(context: RegistryContext) {
    super(context, 'cultivationPlans');
  }

  ofPark(parkId: string): Promise<CultivationPlan[]> {
    return this.table.where('parkId').equals(parkId).filter(isLive).toArray();
  }

  list(): Promise<CultivationPlan[]> {
    return this.table.filter(isLive).toArray();
  }
}
