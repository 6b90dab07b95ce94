/**
 * Large writes go to IndexedDB in chunks inside one transaction: still all-or-nothing (an error
 * in any chunk aborts the transaction and every chunk with it), but the listener hears of
 * progress between chunks. Measured in Chromium on the demo (68,000 rows), chunks of 2,000 cost
 * no more than one bulk call.
 */
import type { Table } from 'dexie';

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Called between chunks, inside the transaction: it must return without awaiting anything
 * (setting React state is fine), or the transaction would commit early.
 */
export type ProgressListener = (progress: WriteProgress) => void;

export interface ProgressCounter {
  done: number;
  readonly total: number;
  readonly onProgress?: ProgressListener | undefined;
}

export const writeChunkSize = 2000;

export async function writeInChunks<T, K>(
  table: Table<T, K>,
  rows: readonly T[],
  mode: 'add' | 'put',
  progress?: ProgressCounter,
): Promise<void> {
  for (let start = 0; start < rows.length; start += writeChunkSize) {
    const chunk = rows.slice(start, start + writeChunkSize);
    if (mode === 'add') await table.bulkAdd(chunk);
    else await table.bulkPut(chunk);
    if (progress !== undefined) {
      progress.done += chunk.length;
      progress.onProgress?.({ done: progress.done, total: progress.total });
    }
  }
}
