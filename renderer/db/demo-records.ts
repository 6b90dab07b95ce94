/**
 * Clearing the demo: every record marked demo and everything that hangs off a demo park or
 * enterprise (a real tenancy in a demo park goes too, or it would point at nothing). Runs inside
 * the caller's transaction; the totals are rebuilt from what remains.
 */
import type { ChangeSet } from '../../shared/history/change-set';
import { isDemoYear, type ReportYear } from '../../shared/reports/report-storage';
import { nextRevision } from './change-sets';
import type { RegistryDb } from './registry-db';
import { rebuildTotals } from './registry-document';

async function removeDemoRecords(db: RegistryDb): Promise<void> {
  const parkIds = new Set(await db.parks.filter((park) => park.demo === true).primaryKeys());
  const enterpriseIds = new Set(
    await db.enterprises.filter((enterprise) => enterprise.demo === true).primaryKeys(),
  );
  const ofDemoPark = (record: { demo?: true; parkId: string }) =>
    record.demo === true || parkIds.has(record.parkId);
  const ofDemoEnterprise = (record: { demo?: true; enterpriseId: string }) =>
    record.demo === true || enterpriseIds.has(record.enterpriseId);
  const removals = [
    [
      db.tenancies,
      await db.tenancies.filter((t) => ofDemoPark(t) || ofDemoEnterprise(t)).primaryKeys(),
    ],
    [
      db.reportYears,
      await db.reportYears
        .filter((year: ReportYear) => enterpriseIds.has(year.enterpriseId) || isDemoYear(year))
        .primaryKeys(),
    ],
    [db.financings, await db.financings.filter(ofDemoEnterprise).primaryKeys()],
    [db.cultivationPlans, await db.cultivationPlans.filter(ofDemoPark).primaryKeys()],
    [db.parkEvents, await db.parkEvents.filter(ofDemoPark).primaryKeys()],
    [db.enterprises, [...enterpriseIds]],
    [db.parks, [...parkIds]],
  ] as const;
  for (const [table, ids] of removals) await table.bulkDelete([...ids]);
  await rebuildTotals(db, {
    tenancies: await db.tenancies.toArray(),
    reportYears: await db.reportYears.toArray(),
  });
}

/**
 * Removes the demo and marks the change sets that loaded it undone; resolves to those change
 * sets as now stored. Demo records are not kept as tombstones: they never leave this registry.
 */
export async function clearDemo(db: RegistryDb, at: string): Promise<ChangeSet[]> {
  await removeDemoRecords(db);
  const loads = await db.changeSets
    .filter((changeSet) => changeSet.source.kind === 'demo' && changeSet.status === 'applied')
    .toArray();
  const revision = await nextRevision(db);
  const undone = loads.map((changeSet): ChangeSet => ({
    ...changeSet,
    status: 'undone',
    statusChangedAt: at,
    revision,
  }));
  await db.changeSets.bulkPut(undone);
  return undone;
}
