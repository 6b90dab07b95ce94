/**
 * How a stored record changes: every change that alters its content raises the version by one
 * and stamps updatedAt; a deletion keeps the record as a tombstone. The registry's change sets,
 * undo and redo all go through these functions, so the sync fields mean the same everywhere.
 */
import { isLive, type RecordMeta } from './record-meta';

/** A record as an edit supplies it: its id and content, without the bookkeeping it is given. */
export type RecordRevision<T extends RecordMeta> = Omit<T, 'version' | 'updatedAt' | 'deletedAt'>;

/** Fields that say when and how often a record changed, not what it holds. */
const bookkeepingFields: ReadonlySet<string> = new Set(['version', 'updatedAt']);

/**
 * Plain data (what IndexedDB stores) compared by value. A property holding `undefined` equals an
 * absent one: a blank figure is the same blank whether the form sent the key or not.
 */
export function isSamePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isSamePlainData(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!isSamePlainData(left[key], right[key])) return false;
  }
  return true;
}

/** Whether two versions of a record hold the same content and the same deletion state. */
export function hasSameContent(a: RecordMeta, b: RecordMeta): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  for (const key of keys) {
    if (bookkeepingFields.has(key)) continue;
    if (!isSamePlainData(left[key], right[key])) return false;
  }
  return true;
}

/**
 * Whether a stored record is in the state a change left it in: both absent or deleted, or both
 * live with the same content. Version and time are ignored, so a redo that rewrites the same
 * content still counts as that state.
 */
export function isSameState<T extends RecordMeta>(
  current: T | undefined,
  expected: T | undefined,
): boolean {
  const currentLive = current !== undefined && isLive(current);
  const expectedLive = expected !== undefined && isLive(expected);
  if (!currentLive || !expectedLive) return currentLive === expectedLive;
  return hasSameContent(current, expected);
}

function withoutUndefined<T extends object>(record: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) copy[key] = value;
  }
  return copy as T;
}

/** A record's id and content without its bookkeeping: what an edit or a revert writes. */
export function revisionOf<T extends RecordMeta>(record: T): RecordRevision<T> {
  const revision: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'version' && key !== 'updatedAt' && key !== 'deletedAt') revision[key] = value;
  }
  return revision as RecordRevision<T>;
}

/**
 * The record after an edit at `at`: the revision's content, live, one version above `current`
 * (version 1 when new). A demo record stays marked as demo when a user edits it.
 */
export function reviseRecord<T extends RecordMeta>(
  current: T | undefined,
  revision: RecordRevision<T>,
  at: string,
): T {
  const revised = withoutUndefined({
    ...revision,
    version: (current?.version ?? 0) + 1,
    updatedAt: at,
    demo: current?.demo ?? revision.demo,
  });
  // The spread of a RecordRevision<T> plus the bookkeeping fields is exactly a T.
  return revised as unknown as T;
}

/** The record deleted at `at`: same content, one version up, marked with deletedAt. */
export function tombstoneRecord<T extends RecordMeta>(current: T, at: string): T {
  return { ...current, version: current.version + 1, updatedAt: at, deletedAt: at };
}

/**
 * What to store so that `current` takes the state of `target` (undo and redo): the target's
 * content one version above `current`, or `current` as a tombstone when the target is absent or
 * deleted. Undefined when nothing needs writing.
 */
export function revertRecord<T extends RecordMeta>(
  current: T | undefined,
  target: T | undefined,
  at: string,
): T | undefined {
  if (isSameState(current, target)) return undefined;
  if (target === undefined || !isLive(target)) {
    return current === undefined ? undefined : tombstoneRecord(current, at);
  }
  return reviseRecord(current, revisionOf(target), at);
}
