/**
 * The inverse of a change set. Undo puts every record it touched back to its `before`, redo to
 * its `after`, each as a new version (so an exported workbook sees the undo as a change). Both
 * are refused when a record is no longer in the state the change set left it (for redo: found
 * it in): a later change set touched it, and undoing out of order would silently throw that
 * later change away. Undone in order (latest first), every step is allowed.
 */
import { describeRecord } from '../registry/describe-record';
import type { ContentTable, StoredRecord } from '../registry/registry-tables';
import { isSameStoredState, revertStoredRecord } from '../registry/stored-record-state';
import type { LocalizedText } from '../text/localized-text';
import type { ChangeSet, RecordChange, StoredChange } from './change-set';

export type RevertDirection = 'undo' | 'redo';

export type RevertPlan =
  | { readonly kind: 'ready'; readonly writes: readonly StoredChange[] }
  | {
      readonly kind: 'conflict';
      /** The first record not in the expected state. */
      readonly change: RecordChange;
      readonly current: StoredRecord | undefined;
    };

/**
 * Plans an undo or redo of a change set's record changes against the records as they are now
 * (`currentOf`), stamping new versions with `at`.
 */
export function planRevert(
  changes: readonly RecordChange[],
  direction: RevertDirection,
  currentOf: (table: ContentTable, id: string) => StoredRecord | undefined,
  at: string,
): RevertPlan {
  const writes: StoredChange[] = [];
  for (const change of changes) {
    const expected = direction === 'undo' ? change.after : change.before;
    const target = direction === 'undo' ? change.before : change.after;
    const current = currentOf(change.table, change.id);
    if (!isSameStoredState(change.table, current, expected)) {
      return { kind: 'conflict', change, current };
    }
    const after = revertStoredRecord(change.table, current, target, at);
    if (after !== undefined)
      writes.push({ table: change.table, id: change.id, before: current, after });
  }
  return { kind: 'ready', writes };
}

function timeLabel(at: string): string {
  // The stored ISO time, shortened to minutes: "2024-11-01 08:00".
  return at.slice(0, 16).replace('T', ' ');
}

/**
 * Why an undo or redo was refused, and what to do: name the record and, when known, the later
 * change set that touched it.
 */
export function explainRevertConflict(
  direction: RevertDirection,
  changeSet: ChangeSet,
  change: RecordChange,
  later: ChangeSet | undefined,
): LocalizedText {
  const record = describeRecord(change.table, change.after);
  const verb = direction === 'undo' ? { zh: '撤销', en: 'undo' } : { zh: '重做', en: 'redo' };
  const what = `「${changeSet.label.zh}」`;
  const whatEn = `"${changeSet.label.en}"`;
  if (later === undefined) {
    return {
      zh: `无法${verb.zh}${what}：${record.zh}已在之后被修改。请先${verb.zh}之后的更改。`,
      en: `Cannot ${verb.en} ${whatEn}: ${record.en} was changed afterwards. ${
        direction === 'undo' ? 'Undo' : 'Redo'
      } the later changes first.`,
    };
  }
  const laterAt = timeLabel(later.statusChangedAt ?? later.at);
  const remedy =
    direction === 'undo'
      ? {
          zh: `请先撤销「${later.label.zh}」，再撤销本次更改。`,
          en: `Undo "${later.label.en}" first, then this change.`,
        }
      : {
          zh: `「${later.label.zh}」之后修改了它，重做会覆盖那次更改；如需重做，请先撤销「${later.label.zh}」。`,
          en: `"${later.label.en}" changed it afterwards and a redo would overwrite that; undo "${later.label.en}" first to redo this.`,
        };
  return {
    zh: `无法${verb.zh}${what}：${record.zh}在 ${laterAt} 被「${later.label.zh}」修改过。${remedy.zh}`,
    en: `Cannot ${verb.en} ${whatEn}: ${record.en} was changed by "${later.label.en}" at ${laterAt}. ${remedy.en}`,
  };
}
