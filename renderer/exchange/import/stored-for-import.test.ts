import { describe, expect, it } from 'vitest';
import { aPark, aReport, aTenancy, anEnterprise } from '../../../shared/test-support/builders';
import { testRegistry } from '../../db/test-support/test-registry';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import { readStoredForImport } from './stored-for-import';

async function storedFor(entities: readonly ImportEntity[]) {
  const { registry } = testRegistry();
  const enterprise = anEnterprise({ id: 'ent-1' });
  const park = aPark({ demo: true });
  await registry.demo.load({
    parks: [park],
    enterprises: [{ ...enterprise, demo: true }],
    tenancies: [aTenancy({ enterpriseId: 'ent-1', parkId: park.id, demo: true })],
    reports: [aReport({ enterpriseId: 'ent-1', period: '2024-10', demo: true })],
    plans: [],
    events: [],
    financings: [],
  });
  return readStoredForImport(registry, new Set(entities));
}

describe('readStoredForImport', () => {
  it('reads the parks and enterprises, and no stays or reports for an enterprise sheet', async () => {
    const stored = await storedFor(['enterprises']);
    expect(stored.enterprises.map((e) => e.id)).toEqual(['ent-1']);
    expect(stored.parks).toHaveLength(1);
    expect(stored.tenancies).toEqual([]);
    expect(stored.reportYears).toEqual([]);
  });

  it('reads the stays when a sheet moves or lists tenants', async () => {
    const stored = await storedFor(['enterprises', 'tenancies']);
    expect(stored.tenancies.map((t) => t.enterpriseId)).toEqual(['ent-1']);
  });

  it('reads the stored reports when a revenue sheet is planned', async () => {
    const stored = await storedFor(['revenue']);
    expect(stored.reportYears).toHaveLength(1);
  });
});
