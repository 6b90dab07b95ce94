/**
 * Large writes go to IndexedDB in chunks inside one transaction: still all-or-nothing (an error
 * in any chunk aborts the transaction and every chunk with it), but the listener hears of
 * progress between chunks.
 *
 * Chunks are pipelined, several in flight at once and across tables: Chromium serialises a
 * record on the page's thread when it is handed over and stores it on another, so while the
 * storage side writes some chunks the page serialises the next or does its own work. Awaiting
 * each chunk before handing over the next left the storage side waiting while the page
 * serialised: in a profile of the demo's write, the page spent a quarter of it in
 * IDBObjectStore.add.
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
  /** What the whole write will be, as far as known (a load in parts learns it as they come). */
  total: number;
  readonly onProgress?: ProgressListener | undefined;
}

export const writeChunkSize = 2000;

/**
 * Chunks handed to IndexedDB before the oldest must finish: enough that the storage side has
 * work queued while the page does its own (the demo's totals, ~2 s in a profile under load: with
 * 4 chunks in flight the storage had finished them long before), few enough that progress still
 * moves chunk by chunk.
 */
export const chunksInFlight = 16;

/** A share of one table's rows, written by one bulk call (or a caller's write of no rows). */
export interface Chunk {
  /** Rows written, counted as progress. */
  readonly size: number;
  readonly rows: readonly unknown[];
  readonly write: () => Promise<unknown>;
}

/** A table's rows in chunks: added (new records: an existing key aborts the write) or put. */
export function chunksOf<T, K>(
  table: Table<T, K>,
  rows: readonly T[],
  mode: 'add' | 'put',
): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < rows.length; start += writeChunkSize) {
    const chunk = rows.slice(start, start + writeChunkSize);
    chunks.push({
      size: chunk.length,
      rows: chunk,
      write: () => (mode === 'add' ? table.bulkAdd(chunk) : table.bulkPut(chunk)),
    });
  }
  return chunks;
}

/**
 * Chunks handed to IndexedDB in order, several in flight, inside the caller's transaction.
 * Between two chunks the caller may do its own work, synchronously or through Dexie: IndexedDB
 * stores the chunks in flight meanwhile. It awaits nothing itself: Dexie loses its transaction
 * when two async functions await inside it at once, so the caller's one flow awaits what it
 * returns.
 */
export class ChunkPipeline {
  private readonly pending: PromiseLike<void>[] = [];
  private whenFull: (() => void) | undefined;

  /**
   * `whenFull` runs once, the first time the pipeline is full (or when it is emptied, if it never
   * fills): the page's own work done while IndexedDB stores what it was handed.
   */
  constructor(
    private readonly progress?: ProgressCounter,
    whenFull?: () => void,
  ) {
    this.whenFull = whenFull;
  }

  /** When the pipeline is full, the oldest write in flight: await it before handing another. */
  nextSlot(): PromiseLike<void> | undefined {
    if (this.pending.length < chunksInFlight) return undefined;
    this.runWhenFull();
    return this.pending.shift();
  }

  hand(chunk: Chunk): void {
    const { progress } = this;
    const written = chunk.write().then(() => {
      // A chunk of no content rows (a change set's history) moves no progress.
      if (progress === undefined || chunk.size === 0) return;
      progress.done += chunk.size;
      progress.onProgress?.({ done: progress.done, total: progress.total });
    });
    // A failure aborts the transaction, which rejects every chunk still in flight: the first
    // rejection is the one awaited and reported; the others must not surface as unhandled.
    written.catch(() => undefined);
    this.pending.push(written);
  }

  /** Every write still in flight, oldest first, to await in turn (the first failure rejects). */
  takeInFlight(): PromiseLike<void>[] {
    this.runWhenFull();
    return this.pending.splice(0);
  }

  private runWhenFull(): void {
    const work = this.whenFull;
    this.whenFull = undefined;
    work?.();
  }
}

/**
 * Writes the chunks in order through one pipeline; resolves when every one is written and
 * rejects with the first failure. `whileWriting` runs once, as soon as the first chunks are
 * handed over (or after the last, if they never fill the pipeline).
 */
export async function writeChunks(
  chunks: readonly Chunk[],
  progress?: ProgressCounter,
  whileWriting?: () => void,
): Promise<void> {
  const pipeline = new ChunkPipeline(progress, whileWriting);
  for (const chunk of chunks) {
    const slot = pipeline.nextSlot();
    if (slot !== undefined) await slot;
    pipeline.hand(chunk);
  }
  for (const written of pipeline.takeInFlight()) await written;
}

export function writeInChunks<T, K>(
  table: Table<T, K>,
  rows: readonly T[],
  mode: 'add' | 'put',
  progress?: ProgressCounter,
): Promise<void> {
  return writeChunks(chunksOf(table, rows, mode), progress);
}
