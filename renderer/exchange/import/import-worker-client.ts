/**
 * The page's side of the import worker: one request at a time, answered by a promise, with
 * progress on the way; cancel ends the worker (and the workbook it held) at once.
 */
import {
  previewWithRows,
  type ImportCommand,
  type ImportReply,
  type ImportResponse,
  type WorkerReady,
} from './import-protocol';
import type { PreviewRow } from './import-session';

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
  }
}

/** A request's answer: anything but progress. */
export type ImportSettled = Exclude<ImportReply, { kind: 'progress' | 'preview-rows' }>;

export class ImportWorkerClient {
  private worker: Worker | undefined;
  /** Settles when the current worker has loaded its code and warmed up. */
  private loaded: Promise<void> = Promise.resolve();
  /** Settles when the current worker has read the registry ahead (see `registryName`). */
  private readAhead: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private pending = new Map<
    number,
    {
      resolve: (reply: ImportSettled) => void;
      reject: (error: Error) => void;
      onProgress: ((done: number, total: number) => void) | undefined;
      /** Preview rows received so far, by sheet, in parts. */
      rows: Map<number, (readonly PreviewRow[])[]>;
    }
  >();

  /**
   * With `registryName`, each worker this client starts reads that registry's parks and
   * enterprises ahead of the first plan (stored-for-import.ts).
   */
  constructor(private readonly registryName?: string) {}

  /**
   * Starts the worker ahead of the first request, so loading its code, warming it up
   * (import.worker.ts) and reading the registry ahead overlap the user's choosing; resolves once
   * all three are done.
   */
  async warmUp(): Promise<void> {
    this.ensureWorker();
    await Promise.all([this.loaded, this.readAhead]);
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = this.startWorker();
    if (this.registryName !== undefined) {
      // A read ahead that is cancelled or fails leaves the plan to read everything itself.
      this.readAhead = this.request({ kind: 'read-ahead', registryName: this.registryName }).catch(
        () => undefined,
      );
    }
    return worker;
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    // Also settled when the worker fails to load: the request made next reports the failure.
    let markLoaded: () => void = () => undefined;
    this.loaded = new Promise((resolve) => {
      markLoaded = resolve;
    });
    worker.onmessage = (event: MessageEvent<ImportResponse | WorkerReady>) => {
      if (event.data.kind === 'ready') {
        markLoaded();
        return;
      }
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      if (reply.kind === 'progress') {
        waiting.onProgress?.(reply.done, reply.total);
        return;
      }
      if (reply.kind === 'preview-rows') {
        const parts = waiting.rows.get(reply.sheetIndex) ?? [];
        parts.push(reply.rows);
        waiting.rows.set(reply.sheetIndex, parts);
        return;
      }
      this.pending.delete(reply.id);
      waiting.resolve(
        reply.kind === 'preview'
          ? { ...reply, preview: previewWithRows(reply.preview, waiting.rows) }
          : reply,
      );
    };
    worker.onerror = (event) => {
      markLoaded();
      this.failAll(new Error(event.message));
    };
    this.worker = worker;
    return worker;
  }

  request(
    command: ImportCommand,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportSettled> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress, rows: new Map() });
      this.ensureWorker().postMessage({ ...command, id });
    });
  }

  /** Stops whatever the worker is doing; the workbook must be chosen again. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new ImportCancelled());
  }

  dispose(): void {
    this.cancel();
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
