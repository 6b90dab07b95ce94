/**
 * What the import page asks between choosing a file and committing it, apart from React's
 * state, so the bench times the very same calls: the read with the file's hash, the comparison
 * with the registry, and what the change set records of each sheet.
 */
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import type { ImportPolicy } from '../../../shared/exchange/matching/field-policy';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Registry } from '../../db/registry';
import type { ImportToCommit } from './commit-import';
import type { SessionPreview } from './import-session';
import type { ImportSettled, ImportWorkerClient } from './import-worker-client';
import { contentHashOf } from '../content-hash';

export interface PlanRequest {
  readonly policy: ImportPolicy;
  readonly confirmedRows: Readonly<Record<number, readonly number[]>>;
  readonly today: IsoDate;
}

/**
 * The read of a chosen file: the worker reads it while this thread hashes it. Hashed in the
 * worker, the file held the read back by the ~15 ms WebCrypto takes to copy it in; here that is
 * time the page waits anyway.
 */
export async function requestRead(
  worker: Pick<ImportWorkerClient, 'request'>,
  file: { readonly bytes: Uint8Array; readonly name: string },
  remembered: Readonly<Record<string, ColumnMapping>>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ readonly reply: ImportSettled; readonly contentHash: string }> {
  const reading = worker.request(
    { kind: 'read', bytes: file.bytes, fileName: file.name, remembered },
    onProgress,
  );
  const [reply, contentHash] = await Promise.all([reading, contentHashOf(file.bytes)]);
  return { reply, contentHash };
}

/** The plan of the sheets the preview includes, compared with the registry's records. */
export function requestPlans(
  worker: Pick<ImportWorkerClient, 'request'>,
  registry: Registry,
  preview: SessionPreview,
  request: PlanRequest,
): Promise<ImportSettled> {
  const included = preview.sheets.filter((sheet) => !sheet.skipped);
  const entities = new Set(included.flatMap((sheet) => sheet.entity ?? []));
  // An enterprise list naming each one's park moves it there: its stays are compared too.
  const housing = included.some(
    (sheet) =>
      sheet.entity === 'enterprises' && sheet.columns.some((column) => column.field === 'parkName'),
  );
  if (housing) entities.add('tenancies');
  return worker.request({
    kind: 'plan',
    registryName: registry.db.name,
    entities: [...entities],
    ...request,
  });
}

/** Each sheet's layout, mapping and exclusions, as the change set records them. */
export function sheetsToCommit(
  preview: SessionPreview,
  mappings: Readonly<Record<number, ColumnMapping>>,
): ImportToCommit['sheets'] {
  return Object.fromEntries(
    preview.sheets.map((sheet) => [
      sheet.name,
      {
        layoutSignature: sheet.layoutSignature,
        mapping: mappings[sheet.sheetIndex] ?? { entity: sheet.entity, columns: [] },
        excluded: sheet.counts.excluded,
      },
    ]),
  );
}
