/**
 * The whole registry's content as the indicators need it, read in one transaction so the
 * tables agree with each other. The dashboard and the enterprises grid hold this in memory:
 * tens of thousands of records, read in well under a second.
 */
import type { StoredTablesForIndicators } from '../../shared/indicators/stored-records';
import type { Registry } from './registry';

export async function readIndicatorTables(registry: Registry): Promise<StoredTablesForIndicators> {
  const { db } = registry;
  return db.transaction(
    'r',
    [db.parks, db.enterprises, db.tenancies, db.reportYears, db.parkEvents, db.financings],
    async () => {
      const [parks, enterprises, tenancies, reportYears, parkEvents, financings] =
        await Promise.all([
          db.parks.toArray(),
          db.enterprises.toArray(),
          db.tenancies.toArray(),
          db.reportYears.toArray(),
          db.parkEvents.toArray(),
          db.financings.toArray(),
        ]);
      return { parks, enterprises, tenancies, reportYears, parkEvents, financings };
    },
  );
}
