/**
 * Reading the records an import is compared with: the import worker reads them for its plan,
 * the round trip plans with them in the page. Parks and enterprises are always read (every
 * sheet's rows refer to them); the rest only for the sheets that compare with them: the
 * district's 350,000 reports would otherwise be read and unpacked for an enterprise list, and
 * its 17,000 tenancies for an enterprise list that names no park.
 */
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import { readSomeIndicatorTables, type IndicatorTableName } from '../../db/indicator-tables';
import type { Registry } from '../../db/registry';
import type { StoredForImport } from './import-protocol';

export async function readStoredForImport(
  registry: Registry,
  entities: ReadonlySet<ImportEntity> | 'all',
): Promise<StoredForImport> {
  const needs = (entity: ImportEntity) => entities === 'all' || entities.has(entity);
  const tables: IndicatorTableName[] = ['parks', 'enterprises'];
  if (needs('tenancies')) tables.push('tenancies');
  if (needs('revenue')) tables.push('reportYears');
  if (needs('events')) tables.push('parkEvents');
  if (needs('financing')) tables.push('financings');
  const [stored, cultivationPlans] = await Promise.all([
    readSomeIndicatorTables(registry, tables),
    needs('cultivation') || needs('milestones') ? registry.cultivationPlans.list() : [],
  ]);
  return {
    parks: stored.parks ?? [],
    enterprises: stored.enterprises ?? [],
    tenancies: stored.tenancies ?? [],
    reportYears: stored.reportYears ?? [],
    parkEvents: stored.parkEvents ?? [],
    financings: stored.financings ?? [],
    cultivationPlans,
  };
}
