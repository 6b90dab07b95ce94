/**
 * Consolidates the parks' workbooks off the main thread: reading a hundred workbooks takes
 * seconds, and the page keeps responding meanwhile. The same code as `npm run cli -- merge`
 * (shared/exchange/report/merge-report), then the merged workbook written, its bytes
 * transferred back.
 */
import { mergeWorkbookFiles, type MergeReport } from '../../../shared/exchange/report/merge-report';
import { writeWorkbook } from '../../../shared/exchange/workbook-writer/write-workbook';

export interface ConsolidateRequest {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  readonly currentYear: number;
}

export type ConsolidateResponse =
  | { readonly ok: true; readonly report: MergeReport; readonly bytes: Uint8Array | null }
  | { readonly ok: false; readonly message: string };

async function consolidate(request: ConsolidateRequest): Promise<ConsolidateResponse> {
  const { report, workbook } = mergeWorkbookFiles(
    request.files.map((file) => ({ name: file.name, content: { bytes: file.bytes } })),
    null,
    request.currentYear,
  );
  return { ok: true, report, bytes: workbook === null ? null : await writeWorkbook(workbook) };
}

self.onmessage = (event: MessageEvent<ConsolidateRequest>) => {
  consolidate(event.data).then(
    (response) => {
      const transfer = response.ok && response.bytes !== null ? [response.bytes.buffer] : [];
      self.postMessage(response, { transfer });
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage({ ok: false, message } satisfies ConsolidateResponse);
    },
  );
};
