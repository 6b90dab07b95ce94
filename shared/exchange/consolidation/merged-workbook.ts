/**
 * The consolidated records as a workbook the office can open and re-import: each kind of
 * record on the exchange format's sheet with its columns and cell forms, a 来源 column naming
 * the files and rows each record came from, and a 待核实 sheet listing every duplicate and
 * disagreement for a decision. No 记录ID column: merged records belong to no one registry.
 */
import { exchangeCell } from '../exchange-format/exchange-cells';
import { exchangeSheets, type ExchangeSheetDefinition } from '../exchange-format/exchange-sheets';
import { neutraliseText } from '../exchange-format/formula-guard';
import type { CellSpec, RowSpec, SheetSpec, WorkbookSpec } from '../exchange-format/workbook-spec';
import { textFormat } from '../exchange-format/workbook-spec';
import { importField } from '../mapping/import-fields';
import { shownValue } from '../report/shown-value';
import type {
  Consolidation,
  ConsolidatedSheet,
  Disagreement,
  DuplicateRecord,
  RowSource,
} from './consolidate-workbooks';

export const sourceHeader = '来源（文件 行号）';
export const reviewSheetName = '待核实';

export function sourceText(sources: readonly RowSource[]): string {
  return sources
    .map((source) => `${source.source} ${source.sheet} 第${String(source.rowNumber)}行`)
    .join('；');
}

function text(value: string): CellSpec {
  return value === '' ? null : neutraliseText(value);
}

function recordSheet(definition: ExchangeSheetDefinition, sheet: ConsolidatedSheet): SheetSpec {
  const columns = definition.columns.filter((column) => column.field !== null);
  const header: RowSpec = {
    style: 'header',
    cells: [...columns.map((column) => text(column.header)), text(sourceHeader)],
  };
  const rows = sheet.records.map((record): RowSpec => ({
    style: 'data',
    cells: [
      ...columns.map((column) =>
        column.field === null ? null : exchangeCell(column, record.values[column.field]),
      ),
      text(sourceText(record.sources)),
    ],
  }));
  return {
    name: definition.name,
    visibility: 'visible',
    columns: [
      ...columns.map((column) => ({
        width: column.width,
        ...(column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat }),
      })),
      { width: 48, numberFormat: textFormat },
    ],
    rows: [header, ...rows],
    frozenRows: 1,
    merges: [],
    validations: [],
  };
}

function reviewRows(
  duplicates: readonly DuplicateRecord[],
  disagreements: readonly Disagreement[],
  sheetName: (entity: DuplicateRecord['entity']) => string,
): RowSpec[] {
  const row = (cells: readonly string[]): RowSpec => ({ style: 'data', cells: cells.map(text) });
  return [
    ...duplicates.map((duplicate) =>
      row([
        '重复',
        sheetName(duplicate.entity),
        duplicate.key,
        '',
        sourceText(duplicate.sources),
        '',
      ]),
    ),
    ...disagreements.flatMap((disagreement) =>
      disagreement.reports.map((report) =>
        row([
          '不一致',
          sheetName(disagreement.entity),
          disagreement.key,
          importField(disagreement.field).label.zh,
          sourceText([report]),
          shownValue(disagreement.field, report.value),
        ]),
      ),
    ),
  ];
}

/** `aboveScaleYear`: the year whose 规上 status the 企业 sheet's header names. */
export function mergedWorkbook(
  consolidation: Consolidation,
  aboveScaleYear: number,
  creator: string,
): WorkbookSpec {
  const definitions = exchangeSheets(aboveScaleYear);
  const sheetName = (entity: DuplicateRecord['entity']) =>
    definitions.find((definition) => definition.entity === entity)?.name ?? entity;
  const recordSheets = definitions.flatMap((definition) => {
    const sheet = consolidation.sheets.find((candidate) => candidate.entity === definition.entity);
    return sheet === undefined || sheet.records.length === 0
      ? []
      : [recordSheet(definition, sheet)];
  });
  const review: SheetSpec = {
    name: reviewSheetName,
    visibility: 'visible',
    columns: [8, 10, 36, 16, 48, 20].map((width) => ({ width, numberFormat: textFormat })),
    rows: [
      {
        style: 'header',
        cells: ['类型', '工作表', '记录', '字段', '来源', '值'].map(text),
      },
      ...reviewRows(consolidation.duplicates, consolidation.disagreements, sheetName),
    ],
    frozenRows: 1,
    merges: [],
    validations: [],
  };
  return { title: '园区台账合并表', creator, sheets: [...recordSheets, review] };
}
