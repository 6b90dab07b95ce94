import { Dexie } from 'dexie';
import type { Financing } from '../../../shared/financing/financing';
import { isLive } from '../../../shared/records/record-meta';
import type { RegistryContext } from '../registry-context';
import type { DateRange } from './park-events-repository';
import { VersionedRepository } from './versioned-repository';

export class FinancingsRepository extends VersionedRepository<'financings'> {
  constructor(context: RegistryContext) {
    super(context, 'financings');
  }

  ofEnterprise(enterpriseId: string): Promise<Financing[]> {
    return this.table.where('enterpriseId').equals(enterpriseId).filter(isLive).toArray();
  }

  inRange(range: DateRange): Promise<Financing[]> {
    return this.table
      .where('date')
      .between(range.from ?? Dexie.minKey, range.to ?? Dexie.maxKey, true, true)
      .filter(isLive)
      .toArray();
  }
}
