/** Messages between the import page and its worker (see import.worker.ts), and what they carry. */
import type { ImportPolicy } from '../../../shared/exchange/matching/field-policy';
import type {
  ExistingRecords,
  SheetImportPlan,
} from '../../../shared/exchange/matching/sheet-import-plan';
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import type { ImportError } from '../../../shared/exchange/workbook/import-error';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import type { Park } from '../../../shared/parks/park';
import { unpackReports, type ReportYear } from '../../../shared/reports/report-storage';
import type { CultivationPlan } from '../../../shared/cultivation/cultivation-plan';
import type { ParkEvent } from '../../../shared/events/park-event';
import type { Financing } from '../../../shared/financing/financing';
import type { Tenancy } from '../../../shared/tenancies/tenancy';
import type { PreviewRow, SessionPreview } from './import-session';

/** The registry's records an import is compared with, as stored. */
export interface StoredForImport {
  readonly parks: readonly Park[];
  readonly enterprises: readonly Enterprise[];
  readonly tenancies: readonly Tenancy[];
  readonly reportYears: readonly ReportYear[];
  readonly parkEvents: readonly ParkEvent[];
  readonly financings: readonly Financing[];
  readonly cultivationPlans: readonly CultivationPlan[];
}

/** The stored records as the import plan compares with them (reports unpacked). */
export function existingRecordsOf(stored: StoredForImport): ExistingRecords {
  return {
    parks: stored.parks,
    enterprises: stored.enterprises,
    tenancies: stored.tenancies,
    reports: unpackReports(stored.reportYears),
    events: stored.parkEvents,
    financings: stored.financings,
    plans: stored.cultivationPlans,
  };
}

export type ImportCommand =
  | {
      readonly kind: 'read';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly remembered: Readonly<Record<string, ColumnMapping>>;
    }
  | {
      readonly kind: 'edit';
      readonly sheetIndex: number;
      readonly rowNumber: number;
      readonly columnIndex: number;
      readonly text: string;
    }
  | {
      readonly kind: 'exclude';
      readonly sheetIndex: number;
      readonly rowNumbers: readonly number[];
      readonly excluded: boolean;
    }
  | { readonly kind: 'skip'; readonly sheetIndex: number; readonly skipped: boolean }
  | { readonly kind: 'map'; readonly sheetIndex: number; readonly mapping: ColumnMapping }
  /** Read the registry's parks and enterprises ahead of a plan (see stored-for-import.ts). */
  | { readonly kind: 'read-ahead'; readonly registryName: string }
  | {
      readonly kind: 'plan';
      /**
       * The registry's database, which the worker reads itself: read by the page, 35,000
       * records were cloned to the worker once more, on the page's thread.
       */
      readonly registryName: string;
      /** The kinds of records the included sheets hold (see stored-for-import.ts). */
      readonly entities: readonly ImportEntity[];
      readonly policy: ImportPolicy;
      readonly confirmedRows: Readonly<Record<number, readonly number[]>>;
      readonly today: IsoDate;
    };

export type ImportRequest = ImportCommand & { readonly id: number };

export type ImportReply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  /** Part of a sheet's preview rows, sent ahead of the preview that completes them. */
  | {
      readonly kind: 'preview-rows';
      readonly sheetIndex: number;
      readonly rows: readonly PreviewRow[];
    }
  | { readonly kind: 'preview'; readonly preview: SessionPreview }
  | { readonly kind: 'unreadable'; readonly error: ImportError }
  | {
      readonly kind: 'plans';
      readonly plans: readonly SheetImportPlan[];
      /** The mapping of each planned sheet, to remember and to record with the change set. */
      readonly mappings: Readonly<Record<number, ColumnMapping>>;
    }
  /** The read ahead is done, or failed: the plan then reads everything itself. */
  | { readonly kind: 'read-ahead' }
  | { readonly kind: 'failed'; readonly message: string };

export type ImportResponse = ImportReply & { readonly id: number };

/** Sent once, unasked, when the worker's code has loaded: it answers at once from then on. */
export interface WorkerReady {
  readonly kind: 'ready';
}

/**
 * Rows per message when a preview crosses to the page. The page deserialises each message in one
 * task; 20,000 rows in one message took ~100 ms of the main thread in one piece, in parts of
 * this size each task stays a few milliseconds long and the page keeps responding.
 */
export const previewRowsPerMessage = 2_000;

/** A preview as it is sent: its rows in parts, then the preview itself without them. */
export function previewInParts(
  preview: SessionPreview,
  rowsPerPart = previewRowsPerMessage,
): { parts: Extract<ImportReply, { kind: 'preview-rows' }>[]; head: SessionPreview } {
  const parts: Extract<ImportReply, { kind: 'preview-rows' }>[] = [];
  for (const sheet of preview.sheets) {
    for (let start = 0; start < sheet.rows.length; start += rowsPerPart) {
      const rows = sheet.rows.slice(start, start + rowsPerPart);
      parts.push({ kind: 'preview-rows', sheetIndex: sheet.sheetIndex, rows });
    }
  }
  return {
    parts,
    head: { ...preview, sheets: preview.sheets.map((sheet) => ({ ...sheet, rows: [] })) },
  };
}

/** The preview with the rows its parts brought, in the order they came. */
export function previewWithRows(
  head: SessionPreview,
  rowsBySheet: ReadonlyMap<number, readonly (readonly PreviewRow[])[]>,
): SessionPreview {
  return {
    ...head,
    sheets: head.sheets.map((sheet) => ({
      ...sheet,
      rows: (rowsBySheet.get(sheet.sheetIndex) ?? []).flat(),
    })),
  };
}
