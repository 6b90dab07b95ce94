import { describe, expect, it } from 'vitest';
import { aPark, aReport, aTenancy, anEnterprise } from '../../../shared/test-support/builders';
import { testRegistry } from '../../db/test-support/test-registry';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import {
  readAheadForImport,
  readStoredForImport,
  readStoredForImportAfter,
} from './stored-for-import';

async function demoRegistry() {
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
  return registry;
}

async function storedFor(entities: readonly ImportEntity[]) {
  return readStoredForImport(await demoRegistry(), new Set(entities));
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

describe('readStoredForImportAfter', () => {
  it('takes the parks and enterprises read ahead while the registry has not changed', async () => {
    const registry = await demoRegistry();
    const ahead = await readAheadForImport(registry);
    const read = await readStoredForImportAfter(registry, new Set(['tenancies']), ahead);
    expect(read.stored.enterprises).toBe(ahead.enterprises);
    expect(read.stored.parks).toBe(ahead.parks);
    expect(read.stored.tenancies).toHaveLength(1);
    expect(read.ahead).toBe(ahead);
  });

  it('reads them again once a change has raised the revision, and keeps those for the next', async () => {
    const registry = await demoRegistry();
    const ahead = await readAheadForImport(registry);
    const stored = await registry.enterprises.get('ent-1');
    if (stored === undefined) throw new Error('test: ent-1 is not stored');
    await registry.enterprises.save(
      { ...stored, name: '北京改名后文化有限公司' },
      { expectedVersion: stored.version },
    );
    const read = await readStoredForImportAfter(registry, new Set(['enterprises']), ahead);
    expect(read.stored.enterprises.map((e) => e.name)).toEqual(['北京改名后文化有限公司']);
    expect(read.ahead.revision).toBeGreaterThan(ahead.revision);
    expect(read.ahead.enterprises).toBe(read.stored.enterprises);
  });
});
