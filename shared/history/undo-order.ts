/**
 * Which change set the Undo and Redo buttons act on, as in any editor: undo the most recently
 * applied, redo the most recently undone as long as nothing new was done since. Any other change
 * set can still be undone or redone by choice, subject to the checks of undo-plan.
 */
import { isRedoable, type ChangeSet } from './change-set';

function latest(changeSets: readonly ChangeSet[]): ChangeSet | undefined {
  let best: ChangeSet | undefined;
  for (const changeSet of changeSets) {
    if (best === undefined || changeSet.revision > best.revision) best = changeSet;
  }
  return best;
}

export function nextToUndo(changeSets: readonly ChangeSet[]): ChangeSet | undefined {
  return latest(changeSets.filter((changeSet) => changeSet.status === 'applied'));
}

export function nextToRedo(changeSets: readonly ChangeSet[]): ChangeSet | undefined {
  // A change set never undone or redone was made new; redo stops at the latest of those.
  const lastNew = latest(changeSets.filter((changeSet) => changeSet.statusChangedAt === undefined));
  return latest(
    changeSets.filter(
      (changeSet) => isRedoable(changeSet) && changeSet.revision > (lastNew?.revision ?? 0),
    ),
  );
}
