/**
 * Registry records to a 园区台账交换表 as a WorkbookSpec: 说明, the eight record sheets with a
 * frozen header, number formats, widths and drop-downs, a very-hidden sheet holding the
 * drop-downs' options, and the very-hidden meta sheet with every record's baseline.
 */
import { excelRowNumber } from '../workbook/sheet-grid';
import { exchangeCell } from './exchange-cells';
import {
  exchangeContent,
  type ExchangeContentOptions,
  type ExchangeRecords,
  type ExchangeSheetRows,
} from './exchange-records';
import { exchangeMetaSheet, type ExchangeMeta, type ExchangeRecordStamp } from './exchange-meta';
import type { ExchangeColumn } from './exchange-sheets';
import { exchangeFormatName, exchangeFormatVersion } from './format-version';
import { neutraliseText } from './formula-guard';
import { instructionsSheet, type InstructionFacts } from './instructions-sheet';
import type { ListValidation, RowSpec, SheetSpec, WorkbookSpec } from './workbook-spec';

/** The very-hidden sheet the drop-downs read their options from (a rule's own list is short). */
export const exchangeListsSheetName = '_lists';

/** Blank rows below the records that still offer the drop-downs, for records added there. */
export const validatedBlankRows = 500;

export interface ExchangeExportOptions extends ExchangeContentOptions {
  readonly exportId: string;
  readonly installationId: string;
  readonly exportedBy: string;
  readonly exportedAtText: string;
  readonly scopeText: string;
}

export interface ExchangeWorkbook {
  readonly spec: WorkbookSpec;
  readonly meta: ExchangeMeta;
  readonly content: readonly ExchangeSheetRows[];
}

/** Each distinct option list once, as one column of the lists sheet. */
class OptionLists {
  private readonly columns: (readonly string[])[] = [];
  private readonly indexByKey = new Map<string, number>();

  columnOf(options: readonly string[]): number {
    const key = options.join('\u001f');
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.columns.length;
      this.columns.push(options);
      this.indexByKey.set(key, index);
    }
    return index;
  }

  sheet(): SheetSpec {
    const depth = Math.max(0, ...this.columns.map((options) => options.length));
    const rows: RowSpec[] = Array.from({ length: depth }, (_, rowIndex) => ({
      style: 'data',
      cells: this.columns.map((options) => {
        const option = options[rowIndex];
        return option === undefined ? null : neutraliseText(option);
      }),
    }));
    return {
      name: exchangeListsSheetName,
      visibility: 'very-hidden',
      columns: this.columns.map(() => ({ width: 24 })),
      rows,
      frozenRows: 0,
      merges: [],
      validations: [],
    };
  }
}

function dropDownError(column: ExchangeColumn): string {
  return `“${column.header}”请从下拉列表中选择 / choose a value from the list`;
}

function recordSheet(sheet: ExchangeSheetRows, lists: OptionLists): SheetSpec {
  const { definition, rows } = sheet;
  const header: RowSpec = {
    style: 'header',
    cells: definition.columns.map((column) => neutraliseText(column.header)),
  };
  const dataRows = rows.map((row): RowSpec => ({
    style: 'data',
    cells: definition.columns.map((column) =>
      column.field === null
        ? row.recordId === null
          ? null
          : neutraliseText(row.recordId)
        : exchangeCell(column, row.values[column.field]),
    ),
  }));
  const lastRow = excelRowNumber(rows.length) + validatedBlankRows;
  const validations = definition.columns.flatMap((column, columnIndex): ListValidation[] => {
    if (column.choices === undefined) return [];
    return [
      {
        columnIndex,
        firstRow: 2,
        lastRow,
        source: {
          kind: 'range',
          sheet: exchangeListsSheetName,
          columnIndex: lists.columnOf(column.choices),
          firstRow: 1,
          lastRow: column.choices.length,
        },
        error: dropDownError(column),
        ...(column.multiple === true ? { suggestionsOnly: true } : {}),
      },
    ];
  });
  return {
    name: definition.name,
    visibility: 'visible',
    columns: definition.columns.map((column) => ({
      width: column.width,
      ...(column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat }),
    })),
    rows: [header, ...dataRows],
    frozenRows: 1,
    merges: [],
    validations,
  };
}

function stampsOf(content: readonly ExchangeSheetRows[]): ExchangeRecordStamp[] {
  return content.flatMap(({ definition, rows }) =>
    rows.flatMap((row, index) =>
      row.recordId === null || row.version === null
        ? []
        : [
            {
              sheet: definition.name,
              recordId: row.recordId,
              version: row.version,
              contentHash: row.contentHash,
              fieldHashes: row.fieldHashes,
              // Row 1 is the header.
              rowNumber: excelRowNumber(index + 1),
            },
          ],
    ),
  );
}

export function buildExchangeWorkbook(
  records: ExchangeRecords,
  options: ExchangeExportOptions,
): ExchangeWorkbook {
  const content = exchangeContent(records, options);
  const meta: ExchangeMeta = {
    formatVersion: options.formatVersion ?? exchangeFormatVersion,
    exportId: options.exportId,
    installationId: options.installationId,
    exportedAt: options.exportedAt,
    scope: options.scope,
    period: options.period,
    records: stampsOf(content),
  };
  const facts: InstructionFacts = {
    exportedBy: options.exportedBy,
    exportedAtText: options.exportedAtText,
    scopeText: options.scopeText,
    period: options.period,
    exportId: options.exportId,
    formatVersion: meta.formatVersion,
  };
  const lists = new OptionLists();
  const sheets = content.map((sheet) => recordSheet(sheet, lists));
  return {
    spec: {
      title: exchangeFormatName,
      creator: options.exportedBy,
      sheets: [
        instructionsSheet(facts, content),
        ...sheets,
        lists.sheet(),
        exchangeMetaSheet(meta),
      ],
    },
    meta,
    content,
  };
}
