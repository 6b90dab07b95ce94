/**
 * Reading the records an import is compared with: the import worker reads them for its plan,
 * the round trip plans with them in the page. Parks and enterprises are always read (every
 * sheet's rows refer to them); the rest only for the sheets that compare with them: the
 * district's 350,000 reports would otherwise be read and unpacked for an enterprise list, and
 * its 17,000 tenancies for an enterprise list that names no park.
 */
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import type { Park } from '../../../shared/parks/park';
import { readTablesAtRevision, type IndicatorTableName } from '../../db/indicator-tables';
import type { Registry } from '../../db/registry';
import type { StoredForImport } from './import-protocol';

/**
 * The parks and enterprises every comparison needs, read ahead while the user chooses and
 * checks a file (the import page asks for them as it opens), with the registry revision they
 * were read at. A comparison uses them only while the registry is still at that revision: any
 * change set, an undo or a restore included, raises it.
 */
export interface ReadAhead {
  readonly revision: number;
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
}

export async function readAheadForImport(registry: Registry): Promise<ReadAhead> {
  const { tables, revision } = await readTablesAtRevision(registry, ['parks', 'enterprises']);
  return { revision, parks: tables.parks ?? [], enterprises: tables.enterprises ?? [] };
}

/**
 * The stored records for a plan of `entities`, taking the parks and enterprises from `ahead`
 * when the registry has not changed since; with the parks and enterprises as they are now, for
 * the next plan.
 */
export async function readStoredForImportAfter(
  registry: Registry,
  entities: ReadonlySet<ImportEntity> | 'all',
  ahead: ReadAhead | undefined,
): Promise<{ readonly stored: StoredForImport; readonly ahead: ReadAhead }> {
  const needs = (entity: ImportEntity) => entities === 'all' || entities.has(entity);
  const others: IndicatorTableName[] = [];
  if (needs('tenancies')) others.push('tenancies');
  if (needs('revenue')) others.push('reportYears');
  if (needs('events')) others.push('parkEvents');
  if (needs('financing')) others.push('financings');
  const readOthers = async () => {
    if (ahead !== undefined) {
      const { tables, revision } = await readTablesAtRevision(registry, others);
      if (revision === ahead.revision) return { tables, current: ahead };
    }
    // Stale or none: the others are read again with the parks and enterprises, in one
    // transaction, so that all of them agree.
    const { tables, revision } = await readTablesAtRevision(registry, [
      'parks',
      'enterprises',
      ...others,
    ]);
    const { parks = [], enterprises = [] } = tables;
    return { tables, current: { revision, parks, enterprises } };
  };
  const [{ tables, current }, cultivationPlans] = await Promise.all([
    readOthers(),
    needs('cultivation') || needs('milestones') ? registry.cultivationPlans.list() : [],
  ]);
  return {
    stored: {
      parks: current.parks,
      enterprises: current.enterprises,
      tenancies: tables.tenancies ?? [],
      reportYears: tables.reportYears ?? [],
      parkEvents: tables.parkEvents ?? [],
      financings: tables.financings ?? [],
      cultivationPlans,
    },
    ahead: current,
  };
}

export async function readStoredForImport(
  registry: Registry,
  entities: ReadonlySet<ImportEntity> | 'all',
): Promise<StoredForImport> {
  return (await readStoredForImportAfter(registry, entities, undefined)).stored;
}
