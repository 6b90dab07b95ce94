import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import { isLive } from '../../../shared/records/record-meta';
import { isTenantOn, type Tenancy } from '../../../shared/tenancies/tenancy';
import type { RegistryContext } from '../registry-context';
import { VersionedRepository } from './versioned-repository';

/** A park's tenant: the enterprise and the tenancy that houses it. */
export interface Tenant {
  readonly enterprise: Enterprise;
  readonly tenancy: Tenancy;
}

export class TenanciesRepository extends VersionedRepository<'tenancies'> {
  constructor(context: RegistryContext) {
    super(context, 'tenancies');
  }

  /** A park's live tenancies, past ones included. */
  async ofPark(parkId: string): Promise<Tenancy[]> {
    return this.table.where('parkId').equals(parkId).filter(isLive).toArray();
  }

  async ofEnterprise(enterpriseId: string): Promise<Tenancy[]> {
    return this.table.where('enterpriseId').equals(enterpriseId).filter(isLive).toArray();
  }

  /**
   * A park's tenants by enterprise name: those housed on `on` when given, else every live
   * tenancy. Reads the park's tenancies and their enterprises only.
   */
  async tenantsOf(parkId: string, on?: IsoDate): Promise<Tenant[]> {
    const tenancies = (await this.ofPark(parkId)).filter(
      (tenancy) => on === undefined || isTenantOn(tenancy, on),
    );
    const enterprises = await this.context.db.enterprises.bulkGet(
      tenancies.map((tenancy) => tenancy.enterpriseId),
    );
    const tenants: Tenant[] = [];
    tenancies.forEach((tenancy, index) => {
      const enterprise = enterprises[index];
      if (enterprise !== undefined && isLive(enterprise)) tenants.push({ enterprise, tenancy });
    });
    return tenants.sort((a, b) => a.enterprise.name.localeCompare(b.enterprise.name, 'zh-Hans-CN'));
  }
}
