/**
 * Step 2 of an import: in a sheet laid out for people, find the table. Title rows above the
 * header give the period ("2024年1-10月"), the 填报单位 and a table-wide unit; the header gives
 * the columns and, through the mapping, what the sheet holds; below it, every row is a record
 * or is skipped with its reason. Rows keep Excel's numbers and columns Excel's letters, so
 * every later message can point at the cell the user sees.
 */
import type { MoneyUnit } from '../../money/money';
import type { Period } from '../../periods/period';
import { localized, type LocalizedText } from '../../text/localized-text';
import {
  mappingOf,
  suggestColumnMapping,
  type ColumnMapping,
  type UnitSource,
} from '../mapping/column-mapping';
import { moneyUnitFromStatement, type ColumnUnit } from '../mapping/column-unit';
import { importEntityLabels, type ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import { layoutSignature } from '../mapping/layout-signature';
import type { HeaderMatch } from '../mapping/match-header';
import { periodFromTitle } from '../values/period-values';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import {
  columnLetter,
  excelRowNumber,
  isBlankCell,
  isBlankRow,
  type SheetGrid,
  type SheetRow,
  type SheetVisibility,
} from '../workbook/sheet-grid';
import { findHeader, flattenHeaders, type HeaderBlock } from './header-rows';
import { headerTextSet, rowTexts, skipMessage, skipReasonOf, type SkipReason } from './row-kinds';

export interface LocatedColumn {
  readonly columnIndex: number;
  /** Excel's letter: A, B, … AA. */
  readonly letter: string;
  /** The header as flattened from its rows: "营业收入（万元） / 上年同期". */
  readonly header: string;
  readonly field: ImportFieldId | null;
  readonly unit: ColumnUnit | null;
  /** Where the unit came from; 'mapping' when the user's mapping set it. */
  readonly unitSource: UnitSource | 'mapping' | null;
  /** How the header matched its field; null when unmapped or mapped by the user. */
  readonly match: HeaderMatch | null;
  readonly hidden: boolean;
}

export interface DataRow {
  /** Excel's row number. */
  readonly rowNumber: number;
  readonly cells: SheetRow;
  /** Hidden in the workbook: often a row someone meant to leave out. */
  readonly hidden: boolean;
}

export interface SkippedRow {
  readonly rowNumber: number;
  readonly reason: SkipReason;
  /** The row's first text, to show what was skipped. */
  readonly text: string;
  readonly message: LocalizedText;
}

export const sheetNoticeCodes = [
  'hidden-sheet',
  'hidden-columns',
  'hidden-rows',
  'no-header',
  'unknown-entity',
  'unmapped-columns',
  'assumed-unit',
] as const;
export type SheetNoticeCode = (typeof sheetNoticeCodes)[number];

export interface SheetNotice {
  readonly code: SheetNoticeCode;
  readonly message: LocalizedText;
}

export interface LocatedSheet {
  readonly sheetName: string;
  /** 0-based position of the sheet in the workbook. */
  readonly sheetIndex: number;
  readonly visibility: SheetVisibility;
  /** What the sheet holds; null when its headers do not say. */
  readonly entity: ImportEntity | null;
  /** The text of each non-blank row above the header. */
  readonly titleLines: readonly string[];
  /** The period a title names ("2024年1-10月"), or null. */
  readonly period: Period | null;
  /** The year a title names, for period cells that give only months. */
  readonly titleYear: number | null;
  /** The 填报单位 a title line names. */
  readonly reportingUnit: string | null;
  /** A money unit stated over the whole table ("金额单位：万元"). */
  readonly sheetMoneyUnit: MoneyUnit | null;
  /** Excel row numbers of the header rows; empty when no header was found. */
  readonly headerRows: readonly number[];
  /** Excel row number where records start; null when no header was found. */
  readonly firstDataRow: number | null;
  readonly columns: readonly LocatedColumn[];
  /** Key for remembering this layout's mapping (see layout-signature.ts). */
  readonly layoutSignature: string;
  readonly dataRows: readonly DataRow[];
  readonly skippedRows: readonly SkippedRow[];
  readonly notices: readonly SheetNotice[];
  /** The workbook counts day serials from 1904, for reading dates. */
  readonly date1904: boolean;
}

export interface LocateOptions {
  readonly date1904?: boolean;
  /** The user's or a remembered mapping; it wins over the suggestion for the columns it lists. */
  readonly mapping?: ColumnMapping;
  /** Excel row numbers of the header rows, when the user has pointed at them. */
  readonly headerRows?: readonly number[];
}

const reportingUnitPattern =
  /填报单位(?:名称)?\s*[:：]\s*(.+?)(?:\s{2,}|[（(]盖章|金额单位|单位[:：]|填报日期|$)/;

interface TitleFacts {
  readonly titleLines: string[];
  readonly period: Period | null;
  readonly titleYear: number | null;
  readonly reportingUnit: string | null;
  readonly sheetMoneyUnit: MoneyUnit | null;
}

function readTitles(grid: SheetGrid, headerFirstRow: number): TitleFacts {
  const titleLines = grid.rows
    .slice(0, headerFirstRow)
    .map((row) => rowTexts(row).join(' '))
    .filter((line) => line !== '');
  // A sheet named "2024年1-10月" says the period when its title does not.
  const titled =
    [...titleLines, grid.name].map(periodFromTitle).find((found) => found !== null) ?? null;
  const reportingUnit =
    titleLines
      .map((line) => reportingUnitPattern.exec(line)?.[1]?.trim())
      .find((unit) => unit !== undefined && unit !== '') ?? null;
  const sheetMoneyUnit =
    titleLines.map(moneyUnitFromStatement).find((unit) => unit !== null) ?? null;
  return {
    titleLines,
    period: titled?.period ?? null,
    titleYear: titled?.year ?? null,
    reportingUnit,
    sheetMoneyUnit,
  };
}

function headerBlockAt(grid: SheetGrid, rowNumbers: readonly number[]): HeaderBlock | null {
  const [first] = rowNumbers;
  if (first === undefined) return null;
  const firstRow = first - 1;
  return {
    firstRow,
    depth: rowNumbers.length,
    headers: flattenHeaders(grid, firstRow, rowNumbers.length),
  };
}

function letters(columns: readonly { letter: string }[]): string {
  return columns.map((column) => column.letter).join('、');
}

function sheetNotices(
  grid: SheetGrid,
  columns: readonly LocatedColumn[],
  dataRows: readonly DataRow[],
  entity: ImportEntity | null,
  hasHeader: boolean,
): SheetNotice[] {
  const notices: SheetNotice[] = [];
  if (grid.visibility !== 'visible') {
    notices.push({
      code: 'hidden-sheet',
      message: localized(
        `工作表“${grid.name}”是隐藏的：请确认其中的数据需要导入`,
        `Sheet "${grid.name}" is hidden: check that its data should be imported`,
      ),
    });
  }
  if (!hasHeader) {
    notices.push({
      code: 'no-header',
      message: localized(
        `工作表“${grid.name}”中没有找到表头（前 30 行中没有可识别的列名，如 企业名称、统一社会信用代码）：请指定表头所在的行`,
        `No header found in sheet "${grid.name}" (no recognisable column names, such as 企业名称 or 统一社会信用代码, in the first 30 rows): point out the header row`,
      ),
    });
    return notices;
  }
  if (entity === null) {
    notices.push({
      code: 'unknown-entity',
      message: localized(
        `无法从表头判断工作表“${grid.name}”是哪类数据：请选择（${Object.values(importEntityLabels)
          .map((label) => label.zh)
          .join('、')}）`,
        `The headers of sheet "${grid.name}" do not say what it holds: choose one (${Object.values(
          importEntityLabels,
        )
          .map((label) => label.en)
          .join(', ')})`,
      ),
    });
  }
  const hiddenColumns = columns.filter((column) => column.hidden);
  if (hiddenColumns.length > 0) {
    notices.push({
      code: 'hidden-columns',
      message: localized(
        `第 ${letters(hiddenColumns)} 列是隐藏的：其中的数据也会按表头导入，请确认`,
        `Column(s) ${letters(hiddenColumns)} are hidden: their data is imported by their headers too; please check`,
      ),
    });
  }
  const hiddenRows = dataRows.filter((row) => row.hidden).map((row) => row.rowNumber);
  if (hiddenRows.length > 0) {
    notices.push({
      code: 'hidden-rows',
      message: localized(
        `第 ${hiddenRows.join('、')} 行是隐藏的：这些行也会导入，如不需要请在预览中排除`,
        `Row(s) ${hiddenRows.join(', ')} are hidden: they are imported too; exclude them in the preview if they should not be`,
      ),
    });
  }
  const unmapped = columns.filter((column) => column.field === null && column.header !== '');
  if (unmapped.length > 0) {
    notices.push({
      code: 'unmapped-columns',
      message: localized(
        `${unmapped.map((column) => `${column.letter} 列“${column.header}”`).join('、')}没有对应的字段，不会导入：如需导入请指定字段`,
        `${unmapped.map((column) => `column ${column.letter} "${column.header}"`).join(', ')} match no field and are not imported: assign a field to import them`,
      ),
    });
  }
  const assumed = columns.filter(
    (column) => column.unitSource === 'default' && column.unit !== 'percent',
  );
  if (assumed.length > 0) {
    notices.push({
      code: 'assumed-unit',
      message: localized(
        `${assumed.map((column) => `${column.letter} 列“${column.header}”`).join('、')}未注明单位，按${assumed.map((column) => (column.unit === 'yuan' ? '元' : '平方米')).join('、')}计：如不对请修改单位`,
        `${assumed.map((column) => `column ${column.letter} "${column.header}"`).join(', ')} state no unit and are read in ${assumed.map((column) => (column.unit === 'yuan' ? 'yuan' : 'm²')).join(', ')}: change the unit if that is wrong`,
      ),
    });
  }
  return notices;
}

function locatedColumns(
  grid: SheetGrid,
  headers: readonly string[],
  sheetMoneyUnit: MoneyUnit | null,
  mapping: ColumnMapping | undefined,
): { entity: ImportEntity | null; columns: LocatedColumn[] } {
  const suggestion = suggestColumnMapping(headers, {
    sheetMoneyUnit,
    ...(mapping?.entity === undefined || mapping.entity === null ? {} : { entity: mapping.entity }),
  });
  const assigned = new Map(mapping?.columns.map((column) => [column.columnIndex, column]));
  const columns = suggestion.columns.map((suggested): LocatedColumn => {
    const base = {
      columnIndex: suggested.columnIndex,
      letter: columnLetter(suggested.columnIndex),
      header: suggested.header,
      hidden: grid.hiddenColumns.includes(suggested.columnIndex),
    };
    const user = assigned.get(suggested.columnIndex);
    if (user !== undefined && (user.field !== suggested.field || user.unit !== suggested.unit)) {
      return {
        ...base,
        field: user.field,
        unit: user.unit,
        unitSource: user.unit === null ? null : 'mapping',
        match: null,
      };
    }
    return {
      ...base,
      field: suggested.field,
      unit: suggested.unit,
      unitSource: suggested.unitSource,
      match: suggested.match,
    };
  });
  return { entity: suggestion.entity, columns };
}

interface RowSorting {
  readonly dataRows: DataRow[];
  readonly skippedRows: SkippedRow[];
}

function sortRows(
  grid: SheetGrid,
  header: HeaderBlock,
  columns: readonly LocatedColumn[],
): RowSorting {
  const dataRows: DataRow[] = [];
  const skippedRows: SkippedRow[] = [];
  const serialColumns = new Set(
    columns.filter((column) => column.field === 'serialNo').map((column) => column.columnIndex),
  );
  const headerTexts = headerTextSet(header.headers.map((text) => text.split(' / ').pop() ?? ''));
  const hiddenRows = new Set(grid.hiddenRows);
  const firstDataIndex = header.firstRow + header.depth;
  // Blank rows after the last content are the end of the sheet, not skipped records.
  let lastContent = grid.rows.length - 1;
  while (lastContent >= firstDataIndex && isBlankRow(grid.rows[lastContent])) lastContent -= 1;
  for (let index = firstDataIndex; index <= lastContent; index += 1) {
    const cells = grid.rows[index] ?? [];
    const rowNumber = excelRowNumber(index);
    let reason = skipReasonOf(cells, { headerTexts, isFirstAfterHeader: index === firstDataIndex });
    if (reason === null && serialColumns.size > 0) {
      const onlySerial = cells.every(
        (cell, column) => serialColumns.has(column) || isBlankCell(cell),
      );
      if (onlySerial) reason = 'serial-only';
    }
    if (reason === null) {
      dataRows.push({ rowNumber, cells, hidden: hiddenRows.has(index) });
    } else {
      const [text = ''] = rowTexts(cells);
      skippedRows.push({ rowNumber, reason, text, message: skipMessage(reason, rowNumber, text) });
    }
  }
  return { dataRows, skippedRows };
}

/** Finds the table in one sheet. Never fails: a sheet without a header says so in a notice. */
export function locateSheet(
  grid: SheetGrid,
  sheetIndex: number,
  options: LocateOptions = {},
): LocatedSheet {
  const date1904 = options.date1904 ?? false;
  const header =
    options.headerRows === undefined ? findHeader(grid) : headerBlockAt(grid, options.headerRows);
  const titles = readTitles(grid, header?.firstRow ?? 0);
  const headers = header?.headers ?? [];
  const { entity, columns } = locatedColumns(grid, headers, titles.sheetMoneyUnit, options.mapping);
  const { dataRows, skippedRows } =
    header === null ? { dataRows: [], skippedRows: [] } : sortRows(grid, header, columns);
  return {
    sheetName: grid.name,
    sheetIndex,
    visibility: grid.visibility,
    entity,
    ...titles,
    headerRows:
      header === null
        ? []
        : Array.from({ length: header.depth }, (_, offset) =>
            excelRowNumber(header.firstRow + offset),
          ),
    firstDataRow: header === null ? null : excelRowNumber(header.firstRow + header.depth),
    columns,
    layoutSignature: layoutSignature(headers),
    dataRows,
    skippedRows,
    notices: sheetNotices(grid, columns, dataRows, entity, header !== null),
    date1904,
  };
}

/** Finds the table in every sheet of a workbook, in workbook order. */
export function locateWorkbook(workbook: ParsedWorkbook): LocatedSheet[] {
  return workbook.sheets.map((grid, index) =>
    locateSheet(grid, index, { date1904: workbook.date1904 }),
  );
}

/** The mapping a located sheet uses now, to remember under its layout signature. */
export function columnMappingOf(sheet: LocatedSheet): ColumnMapping {
  return mappingOf(sheet);
}
