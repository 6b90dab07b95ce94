/**
 * The enterprise already registered under a credit code, live, with the parks housing it today:
 * what the entry form needs to offer a move instead of a duplicate.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import type { Park } from '../../../shared/parks/park';
import { isLive } from '../../../shared/records/record-meta';
import { tenanciesHousingOn } from '../../../shared/tenancies/tenancy-move';
import { useRegistry } from '../../db/hooks';
import type { Registry } from '../../db/registry';

export interface RegisteredEnterprise {
  readonly enterprise: Enterprise;
  /** The parks it is a tenant of today; none when it has moved out of every park. */
  readonly housedIn: readonly Park[];
}

async function lookUp(
  registry: Registry,
  creditCode: string,
  today: IsoDate,
): Promise<RegisteredEnterprise | null> {
  const enterprise = await registry.enterprises.findByCreditCode(creditCode);
  if (enterprise === undefined || !isLive(enterprise)) return null;
  const tenancies = await registry.tenancies.ofEnterprise(enterprise.id);
  const parks = await Promise.all(
    tenanciesHousingOn(tenancies, enterprise.id, today).map((tenancy) =>
      registry.parks.get(tenancy.parkId),
    ),
  );
  return { enterprise, housedIn: parks.filter((park) => park !== undefined) };
}

/** null when the code (normalised and valid, '' for none) is not registered; undefined while reading. */
export function useRegisteredEnterprise(
  creditCode: string,
  today: IsoDate,
): RegisteredEnterprise | null | undefined {
  const registry = useRegistry();
  return useLiveQuery(
    () => (creditCode === '' ? null : lookUp(registry, creditCode, today)),
    [registry, creditCode, today],
  );
}
