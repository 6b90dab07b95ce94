/**
 * Bookkeeping every demo record carries: a stable id, version 1, one fixed timestamp (a clock
 * would make two runs differ) and the demo mark that lets the UI label it 示例 and clear it.
 */
import type { RecordMeta } from '../records/record-meta';

/** When the demo registry was "last changed": after the 2024 annual reports came in. */
export const demoUpdatedAt = '2025-01-20T09:00:00.000+08:00';

/** Ids of demo records start with this, so they never collide with ids the app mints. */
export const demoIdPrefix = 'demo-';

export function demoId(localId: string): string {
  return `${demoIdPrefix}${localId}`;
}

function demoMeta(localId: string): RecordMeta & { demo: true } {
  return { id: demoId(localId), version: 1, updatedAt: demoUpdatedAt, demo: true };
}

/**
 * A demo record: its bookkeeping followed by its content. Built with Object.assign rather than
 * `{ ...demoMeta(id), ... }`: V8 builds that spread form many times slower, which at ~400,000
 * reports turns a second into half a minute.
 */
export function demoRecord<T extends object>(
  localId: string,
  content: T,
): RecordMeta & { demo: true } & T {
  return Object.assign(demoMeta(localId), content);
}

/** A sequence number padded to the width of the largest one, so ids sort in creation order. */
export function sequenceLabel(index: number, count: number): string {
  return String(index + 1).padStart(String(count).length, '0');
}
