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
    const state = direction === 'undo' ? { zh: '后', en: 'left it' } : { zh: '前', en: 'found it' };
    return {
      zh: `无法${verb.zh}${what}：${record.zh}已不是这次更改${state.zh}的样子（之后被修改、清除或被恢复覆盖）。`,
      en: `Cannot ${verb.en} ${whatEn}: ${record.en} is no longer as this change ${state.en} (changed, cleared or replaced by a restore since).`,
    };
  }
  const laterAt = timeLabel(later.statusChangedAt ?? later.at);
  // A later change set that is now undone touched the record by its undo: redo it first.
  const laterWasUndone = later.status === 'undone';
  const by = laterWasUndone
    ? { zh: `撤销「${later.label.zh}」`, en: `undoing "${later.label.en}"` }
    : { zh: `「${later.label.zh}」`, en: `"${later.label.en}"` };
  const first = laterWasUndone
    ? { zh: `请先重做「${later.label.zh}」`, en: `Redo "${later.label.en}" first` }
    : { zh: `请先撤销「${later.label.zh}」`, en: `Undo "${later.label.en}" first` };
  return {
    zh: `无法${verb.zh}${what}：${record.zh}在 ${laterAt} 被${by.zh}修改过。${first.zh}，再${verb.zh}本次更改。`,
    en: `Cannot ${verb.en} ${whatEn}: ${record.en} was changed by ${by.en} at ${laterAt}. ${first.en}, then ${verb.en} this change.`,
  };
}
