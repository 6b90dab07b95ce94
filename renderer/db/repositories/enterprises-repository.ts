import { normaliseCreditCode } from '../../../shared/enterprises/credit-code';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import type { RegistryContext } from '../registry-context';
import { VersionedRepository } from './versioned-repository';

export class EnterprisesRepository extends VersionedRepository<'enterprises'> {
  constructor(context: RegistryContext) {
    super(context, 'enterprises');
  }

  /**
   * The enterprise holding a credit code, a deleted one included: an import that meets a
   * deleted enterprise's code revives that record rather than creating a second one.
   */
  findByCreditCode(creditCode: string): Promise<Enterprise | undefined> {
    return this.table.where('creditCode').equals(normaliseCreditCode(creditCode)).first();
  }

  /** How many live enterprises the registry holds. */
  async count(): Promise<number> {
    const tombstones = await this.table.where('deletedAt').above('').count();
    return (await this.table.count()) - tombstones;
  }
}
