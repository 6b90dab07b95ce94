/**
 * Committing a change plan: one transaction that resolves the plan against the stored records,
 * takes the automatic snapshot an import needs, writes the records and the report totals, and
 * records the change set with every record's before and after.
 */
import type { ChangeSet, ChangeSource } from '../../shared/history/change-set';
import type { LocalizedText } from '../../shared/text/localized-text';
import { ChangePlan } from './change-plan';
import { prepareChangeSet, resolvePlan } from './change-sets';
import {
  deliverSnapshots,
  inWriteTransaction,
  nowIso,
  type RegistryContext,
} from './registry-context';
import { takeSnapshot, type TakenSnapshot } from './snapshot-store';
import { writeStoredChanges } from './stored-writes';
import type { ProgressListener } from './write-chunks';

export interface CommitOptions {
  readonly onProgress?: ProgressListener;
}

export function createPlan(
  context: RegistryContext,
  source: ChangeSource,
  label: LocalizedText,
): ChangePlan {
  return new ChangePlan(source, label, context.newId);
}

/**
 * Commits a plan as one change set; resolves to it, or to undefined when the plan changes
 * nothing (no change set is recorded then). Rejects with a RegistryError, having written
 * nothing, when any record fails a check or the storage is full.
 */
export async function commitPlan(
  context: RegistryContext,
  plan: ChangePlan,
  options: CommitOptions = {},
): Promise<ChangeSet | undefined> {
  if (plan.isEmpty) return undefined;
  const at = nowIso(context);
  const { db } = context;
  const snapshots: TakenSnapshot[] = [];
  const changeSet = await inWriteTransaction(context, async () => {
    const changes = await resolvePlan(db, plan, at);
    if (changes.length === 0) return undefined;
    if (plan.source.kind === 'import') {
      const snapshot = await takeSnapshot(db, {
        kind: 'before-import',
        label: { zh: `导入「${plan.label.zh}」前`, en: `Before "${plan.label.en}"` },
        at,
        budget: context.snapshotBudget,
      });
      if (snapshot !== undefined) snapshots.push(snapshot);
    }
    const { changeSet: recorded, record } = await prepareChangeSet(db, {
      source: plan.source,
      label: plan.label,
      at,
      detail: 'records',
      changes,
    });
    await writeStoredChanges(db, changes, {
      progress: { done: 0, total: changes.length, onProgress: options.onProgress },
      alongside: [record],
    });
    return recorded;
  });
  deliverSnapshots(context, snapshots);
  return changeSet;
}
