/**
 * What the import page asks between reading and committing, apart from React's state, so the
 * bench times the very same calls: the comparison with the registry, and what the change set
 * records of each sheet.
 */
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import type { ImportPolicy } from '../../../shared/exchange/matching/field-policy';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { readSomeIndicatorTables } from '../../db/indicator-tables';
import type { Registry } from '../../db/registry';
import type { ImportToCommit } from './commit-import';
import type { SessionPreview } from './import-session';
import type { ImportSettled, ImportWorkerClient } from './import-worker-client';

export interface PlanRequest {
  readonly policy: ImportPolicy;
  readonly confirmedRows: Readonly<Record<number, readonly number[]>>;
  readonly today: IsoDate;
}

const comparedTables = ['parks', 'enterprises', 'tenancies'] as const;

/**
 * The registry's records the plan compares with, read in one transaction and sent to the
 * worker to plan every sheet the preview includes. Stored reports only when a revenue sheet
 * is planned (the only kind that reads them): the district's 350,000 would otherwise be read,
 * cloned to the worker and unpacked for nothing.
 */
export async function requestPlans(
  worker: Pick<ImportWorkerClient, 'request'>,
  registry: Registry,
  preview: SessionPreview,
  request: PlanRequest,
): Promise<ImportSettled> {
  const withReports = preview.sheets.some((sheet) => !sheet.skipped && sheet.entity === 'revenue');
  const stored = await readSomeIndicatorTables(
    registry,
    withReports ? [...comparedTables, 'reportYears'] : comparedTables,
  );
  return worker.request({
    kind: 'plan',
    stored: {
      parks: stored.parks ?? [],
      enterprises: stored.enterprises ?? [],
      tenancies: stored.tenancies ?? [],
      reportYears: stored.reportYears ?? [],
    },
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
