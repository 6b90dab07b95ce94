/**
 * The import pipeline off the main thread: reading a 20,000-row workbook, locating, normalising,
 * validating and matching it take seconds the page must stay responsive through. The registry's
 * records a plan compares with are read here too, straight from IndexedDB, not cloned over from
 * the page; its parks and enterprises ahead, as the page opens (stored-for-import.ts). The page
 * cancels by terminating this worker.
 */
import {
  existingRecordsOf,
  previewInParts,
  type ImportReply,
  type ImportRequest,
  type ImportResponse,
  type WorkerReady,
} from './import-protocol';
import { ImportSession, type ProgressReport } from './import-session';
import { openRegistry, type Registry } from '../../db/registry';
import { readAheadForImport, readStoredForImportAfter, type ReadAhead } from './stored-for-import';
import { warmUpFileName, warmUpWorkbook } from './warm-up-workbook';

const session = new ImportSession();

/** The registries plans were asked against, opened once for all of an import's comparisons. */
const registries = new Map<string, Registry>();

function registryNamed(name: string): Registry {
  let registry = registries.get(name);
  if (registry === undefined) {
    registry = openRegistry({ name });
    registries.set(name, registry);
  }
  return registry;
}

/**
 * Each registry's parks and enterprises as last read, for its next plan. A read ahead that fails
 * leaves none: the plan then reads them itself, and reports what goes wrong.
 */
const readAheads = new Map<string, Promise<ReadAhead | undefined>>();

async function handle(request: ImportRequest, progress: ProgressReport): Promise<ImportReply> {
  switch (request.kind) {
    case 'read': {
      const outcome = session.read(request.bytes, request.fileName, request.remembered, progress);
      return outcome.ok
        ? { kind: 'preview', preview: outcome.preview }
        : { kind: 'unreadable', error: outcome.error };
    }
    case 'edit':
      return {
        kind: 'preview',
        preview: session.editCell(
          request.sheetIndex,
          request.rowNumber,
          request.columnIndex,
          request.text,
        ),
      };
    case 'exclude':
      return {
        kind: 'preview',
        preview: session.setExcluded(request.sheetIndex, request.rowNumbers, request.excluded),
      };
    case 'skip':
      return { kind: 'preview', preview: session.setSkipped(request.sheetIndex, request.skipped) };
    case 'map':
      return { kind: 'preview', preview: session.setMapping(request.sheetIndex, request.mapping) };
    case 'read-ahead': {
      const reading = readAheadForImport(registryNamed(request.registryName)).catch(
        () => undefined,
      );
      readAheads.set(request.registryName, reading);
      await reading;
      return { kind: 'read-ahead' };
    }
    case 'plan': {
      const { stored, ahead } = await readStoredForImportAfter(
        registryNamed(request.registryName),
        new Set(request.entities),
        await readAheads.get(request.registryName),
      );
      readAheads.set(request.registryName, Promise.resolve(ahead));
      const plans = session.plan(existingRecordsOf(stored), {
        policy: request.policy,
        confirmedRows: request.confirmedRows,
        today: request.today,
        newId: () => crypto.randomUUID(),
      });
      const mappings = session.includedMappings();
      return { kind: 'plans', plans, mappings };
    }
  }
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const post = (reply: ImportReply) => {
    self.postMessage({ ...reply, id: request.id } satisfies ImportResponse);
  };
  const reply = (answer: ImportReply) => {
    if (answer.kind !== 'preview') {
      post(answer);
      return;
    }
    const { parts, head } = previewInParts(answer.preview);
    for (const part of parts) post(part);
    post({ ...answer, preview: head });
  };
  handle(request, (done, total) => {
    post({ kind: 'progress', done, total });
  }).then(reply, (error: unknown) => {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
};

/**
 * Reads a small list once, in a session of its own, so the user's first file meets warm code
 * (warm-up-workbook.ts). Only that file's speed depends on it: a failure here must not stop the
 * import, so it is reported and passed by.
 */
function warmUp(): void {
  try {
    new ImportSession().read(warmUpWorkbook(), warmUpFileName, {});
  } catch (error) {
    console.error('The import worker could not warm up', error);
  }
}

warmUp();
self.postMessage({ kind: 'ready' } satisfies WorkerReady);
