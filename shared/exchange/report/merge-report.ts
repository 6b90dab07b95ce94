/**
 * What `merge <files…> --out <file>` tells the office: which files were read and what each
 * held, how many records each kind consolidates to, and every duplicate and disagreement with
 * the files and rows it comes from. The merged workbook's spec comes with it for the CLI to
 * write; nothing is written when a file could not be read, as the result would be incomplete.
 */
import {
  consolidateWorkbooks,
  type SourceSheet,
  type SourceWorkbook,
} from '../consolidation/consolidate-workbooks';
import { mergedWorkbook } from '../consolidation/merged-workbook';
import type { WorkbookSpec } from '../exchange-format/workbook-spec';
import { locateWorkbook } from '../layout/locate-sheet';
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';
import { isExchangeMachineSheet } from '../round-trip/exchange-sheet-rows';
import { normaliseRows } from '../values/normalise-row';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import { readWorkbook } from '../workbook/read-workbook';
import {
  bilingual,
  missingFileMessage,
  type FileErrorCode,
  type WorkbookFile,
} from './validation-report';

export interface MergeSource {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export interface MergeReport {
  readonly out: string | null;
  /** Every file read, no duplicate, no disagreement. */
  readonly ok: boolean;
  readonly files: readonly {
    readonly file: string;
    readonly error?: { readonly code: FileErrorCode; readonly message: string };
    readonly sheets: readonly {
      readonly name: string;
      readonly entity: ImportEntity;
      readonly rows: number;
      /** Cells that could not be read and were left out of the merge. */
      readonly unreadableCells: number;
    }[];
  }[];
  readonly sheets: readonly { readonly entity: ImportEntity; readonly records: number }[];
  readonly duplicates: readonly {
    readonly entity: ImportEntity;
    readonly key: string;
    readonly sources: readonly MergeSource[];
  }[];
  readonly disagreements: readonly {
    readonly entity: ImportEntity;
    readonly key: string;
    readonly field: ImportFieldId;
    readonly reports: readonly (MergeSource & { readonly value: NormalisedValue })[];
  }[];
}

function sourceSheets(workbook: ParsedWorkbook): { sheet: SourceSheet; unreadable: number }[] {
  return locateWorkbook(workbook).flatMap((located) => {
    const { entity } = located;
    if (entity === null || isExchangeMachineSheet(located) || located.dataRows.length === 0) {
      return [];
    }
    const rows = normaliseRows(located, located.dataRows);
    // A period stated in the title (2024年1-10月) is every row's period.
    const titlePeriod = located.period;
    const fields = located.columns.flatMap((column) =>
      column.field === null ? [] : [column.field],
    );
    if (titlePeriod !== null && !fields.includes('period')) fields.push('period');
    return [
      {
        sheet: {
          name: located.sheetName,
          entity,
          fields,
          rows: rows.map(({ rowNumber, values }) => ({
            rowNumber,
            values: titlePeriod === null ? values : { period: titlePeriod, ...values },
          })),
        },
        unreadable: rows.reduce((sum, row) => sum + row.problems.length, 0),
      },
    ];
  });
}

function sourceOf(source: { source: string; sheet: string; rowNumber: number }): MergeSource {
  return { file: source.source, sheet: source.sheet, row: source.rowNumber };
}

/** The latest year a revenue period names: the year whose 规上 status the merge shows. */
function latestYear(workbooks: readonly SourceWorkbook[], fallbackYear: number): number {
  let latest = 0;
  for (const workbook of workbooks) {
    for (const sheet of workbook.sheets) {
      for (const row of sheet.rows) {
        const period = row.values.period;
        if (typeof period === 'string') latest = Math.max(latest, Number(period.slice(0, 4)));
      }
    }
  }
  return latest === 0 ? fallbackYear : latest;
}

export interface MergeResult {
  readonly report: MergeReport;
  /** The merged workbook; null when a file could not be read. */
  readonly workbook: WorkbookSpec | null;
}

export function mergeWorkbookFiles(
  files: readonly WorkbookFile[],
  out: string | null,
  currentYear: number,
): MergeResult {
  const fileReports: MergeReport['files'][number][] = [];
  const workbooks: SourceWorkbook[] = [];
  for (const file of files) {
    if ('missing' in file.content) {
      const message = missingFileMessage(file.name, file.content.missing);
      fileReports.push({ file: file.name, error: { code: 'missing', message }, sheets: [] });
      continue;
    }
    const read = readWorkbook(file.content.bytes, file.name);
    if (!read.ok) {
      const error = { code: read.error.code, message: bilingual(read.error.message) };
      fileReports.push({ file: file.name, error, sheets: [] });
      continue;
    }
    const sheets = sourceSheets(read.workbook);
    workbooks.push({ source: file.name, sheets: sheets.map(({ sheet }) => sheet) });
    fileReports.push({
      file: file.name,
      sheets: sheets.map(({ sheet, unreadable }) => ({
        name: sheet.name,
        entity: sheet.entity,
        rows: sheet.rows.length,
        unreadableCells: unreadable,
      })),
    });
  }
  const consolidation = consolidateWorkbooks(workbooks);
  const readable = fileReports.every((file) => file.error === undefined);
  const report: MergeReport = {
    out: readable ? out : null,
    ok:
      readable && consolidation.duplicates.length === 0 && consolidation.disagreements.length === 0,
    files: fileReports,
    sheets: consolidation.sheets.map((sheet) => ({
      entity: sheet.entity,
      records: sheet.records.length,
    })),
    duplicates: consolidation.duplicates.map((duplicate) => ({
      entity: duplicate.entity,
      key: duplicate.key,
      sources: duplicate.sources.map(sourceOf),
    })),
    disagreements: consolidation.disagreements.map((disagreement) => ({
      entity: disagreement.entity,
      key: disagreement.key,
      field: disagreement.field,
      reports: disagreement.reports.map((report) => ({ ...sourceOf(report), value: report.value })),
    })),
  };
  const workbook = readable
    ? mergedWorkbook(consolidation, latestYear(workbooks, currentYear), '园区台账 命令行合并')
    : null;
  return { report, workbook };
}

/** 2 when a file could not be read, 1 with duplicates or disagreements, else 0. */
export function mergeExitCode(report: MergeReport): 0 | 1 | 2 {
  if (report.files.some((file) => file.error !== undefined)) return 2;
  return report.ok ? 0 : 1;
}
