import type { Park } from '../../../shared/parks/park';
import { isLive } from '../../../shared/records/record-meta';
import type { RegistryContext } from '../registry-context';
import { VersionedRepository } from './versioned-repository';

export class ParksRepository extends VersionedRepository<'parks'> {
  constructor(context: RegistryContext) {
    super(context, 'parks');
  }

  /** Every live park by name (~100: read whole). */
  async list(): Promise<Park[]> {
    const parks = await this.table.filter(isLive).toArray();
    return parks.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  }
}
