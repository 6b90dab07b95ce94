/**
 * Writes a workbook off the main thread: ExcelJS takes seconds for a district's registry, and
 * the page keeps responding (and shows its status line) meanwhile. The spec is plain data, so
 * it crosses to the worker as it is; the bytes come back transferred, not copied.
 */
import type { WorkbookSpec } from '../../../shared/exchange/exchange-format/workbook-spec';
import { writeWorkbook } from '../../../shared/exchange/workbook-writer/write-workbook';

export interface WriteRequest {
  readonly spec: WorkbookSpec;
}

export type WriteResponse =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

self.onmessage = (event: MessageEvent<WriteRequest>) => {
  writeWorkbook(event.data.spec).then(
    (bytes) => {
      self.postMessage({ ok: true, bytes } satisfies WriteResponse, { transfer: [bytes.buffer] });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage({ ok: false, message } satisfies WriteResponse);
    },
  );
};
