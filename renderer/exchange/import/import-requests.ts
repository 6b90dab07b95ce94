/**
 * What the import page asks between reading and committing, apart from React's state, so the
 * bench times the very same calls: the comparison with the registry, and what the change set
 * records of each sheet.
 */
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import type { ImportPolicy } from '../../../shared/exchange/matching/field-policy';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Registry } from '../../db/registry';
import type { ImportToCommit } from './commit-import';
import type { SessionPreview } from './import-session';
import { readStoredForImport } from './stored-for-import';
import type { ImportSettled, ImportWorkerClient } from './import-worker-client';

export interface PlanRequest {
  readonly policy: ImportPolicy;
  readonly confirmedRows: Readonly<Record<number, readonly number[]>>;
  readonly today: IsoDate;
}

/** The registry's records the plan compares with, for the sheets the preview includes. */
export async function requestPlans(
  worker: Pick<ImportWorkerClient, 'request'>,
  registry: Registry,
  preview: SessionPreview,
  request: PlanRequest,
): Promise<ImportSettled> {
  const planned = new Set(
    preview.sheets.flatMap((sheet) =>
      sheet.skipped || sheet.entity === null ? [] : [sheet.entity],
    ),
  );
  return worker.request({
    kind: 'plan',
    stored: await readStoredForImport(registry, planned),
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
