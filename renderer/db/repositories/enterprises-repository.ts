import { normaliseCreditCode } from '../../../shared/enterprises/credit-code';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import { isLive } from '../../../shared/records/record-meta';
import { toLookupKey } from '../../../shared/text/half-width';
import type { RegistryContext } from '../registry-context';
import { VersionedRepository } from './versioned-repository';

export interface EnterprisePage {
  readonly items: readonly Enterprise[];
  /** Live enterprises in all. */
  readonly total: number;
}

/** Queries that look like (the start of) a credit code are looked up by the code's index. */
const creditCodePrefix = /^[0-9A-Z]{2,18}$/;

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

  /** One page of live enterprises in name order, read through the name index. */
  async page(offset: number, limit: number): Promise<EnterprisePage> {
    const items = await this.table
      .orderBy('name')
      .filter(isLive)
      .offset(offset)
      .limit(limit)
      .toArray();
    return { items, total: await this.count() };
  }

  /**
   * Live enterprises whose credit code starts with the query (through the index) or whose name
   * contains it, at most `limit`. 拼音 initials are matched by the quick search
   * (shared/enterprises/quick-search) over the list the UI holds.
   */
  async search(query: string, limit = 50): Promise<Enterprise[]> {
    const text = toLookupKey(query);
    if (text === '') return [];
    const upper = text.toUpperCase();
    if (creditCodePrefix.test(upper)) {
      const byCode = await this.table
        .where('creditCode')
        .startsWith(upper)
        .filter(isLive)
        .limit(limit)
        .toArray();
      if (byCode.length > 0) return byCode;
    }
    return this.table
      .orderBy('name')
      .filter((enterprise) => isLive(enterprise) && enterprise.name.includes(text))
      .limit(limit)
      .toArray();
  }

  /** How many live enterprises the registry holds. */
  async count(): Promise<number> {
    const tombstones = await this.table.where('deletedAt').above('').count();
    return (await this.table.count()) - tombstones;
  }
}
