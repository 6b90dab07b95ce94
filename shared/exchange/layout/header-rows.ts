/**
 * Where the header is: below the title rows, the row whose cells name the most fields; and
 * how deep: a second (or third) row of sub-headers under merged cells ("营业收入（万元）" over
 * "本年累计" / "上年同期") or of units ("万元", "人") belongs to it. Multi-row headers are
 * flattened to one text per column, parent first: "营业收入（万元） / 上年同期".
 */
import { unitFromHeader } from '../mapping/column-unit';
import { matchHeader } from '../mapping/match-header';
import { cellText, type CellRange, type SheetGrid } from '../workbook/sheet-grid';
import { skipReasonOf } from './row-kinds';

/** Title blocks are a few rows; a header further down than this is not looked for. */
const headerSearchRows = 30;
const maxHeaderDepth = 3;
/** At least this much evidence (an exact match counts 1, a fuzzy one ½) makes a row a header. */
const minimumHeaderScore = 1.5;

export interface HeaderBlock {
  /** 0-based index of the first header row. */
  readonly firstRow: number;
  /** How many rows the header spans. */
  readonly depth: number;
  /** One flattened header text per column, '' for a column without one. */
  readonly headers: readonly string[];
}

function mergeAt(merges: readonly CellRange[], row: number, column: number): CellRange | undefined {
  return merges.find(
    (range) =>
      row >= range.firstRow &&
      row <= range.lastRow &&
      column >= range.firstColumn &&
      column <= range.lastColumn,
  );
}

/** What a header cell says, looking through merges to the merged block's top-left cell. */
function headerCellText(grid: SheetGrid, row: number, column: number): string {
  const merge = mergeAt(grid.merges, row, column);
  if (merge !== undefined) return cellText(grid.rows[merge.firstRow]?.[merge.firstColumn]);
  return cellText(grid.rows[row]?.[column]);
}

/**
 * Without merges (a CSV, a web export), a parent header stands over its first sub-column only;
 * the blank cells to its right over further sub-columns belong to it too.
 */
function inheritedFromLeft(grid: SheetGrid, row: number, column: number): string {
  if (cellText(grid.rows[row + 1]?.[column]) === '') return '';
  for (let left = column - 1; left >= 0; left -= 1) {
    if (cellText(grid.rows[row + 1]?.[left]) === '') return '';
    const text = headerCellText(grid, row, left);
    if (text !== '') return text;
  }
  return '';
}

export function flattenHeaders(grid: SheetGrid, firstRow: number, depth: number): string[] {
  const lastRow = firstRow + depth - 1;
  return Array.from({ length: grid.columnCount }, (_, column) => {
    const parts: string[] = [];
    for (let row = firstRow; row <= lastRow; row += 1) {
      let text = headerCellText(grid, row, column);
      if (text === '' && row < lastRow && mergeAt(grid.merges, row, column) === undefined) {
        text = inheritedFromLeft(grid, row, column);
      }
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' / ');
  });
}

/** How strongly a set of header texts names fields. */
export function headerScore(headers: readonly string[]): number {
  let score = 0;
  for (const header of headers) {
    if (header === '') continue;
    const match = matchHeader(header);
    if (match !== null) score += match.confidence === 'exact' ? 1 : 0.5;
  }
  return score;
}

/**
 * A row's header texts for scoring: a merged block counts once, at its top-left cell, so a
 * title merged across the table is not taken for many headers; numbers are never headers.
 */
function rowHeaders(grid: SheetGrid, row: number): string[] {
  return Array.from({ length: grid.columnCount }, (_, column) => {
    const merge = mergeAt(grid.merges, row, column);
    if (merge !== undefined && (merge.firstRow !== row || merge.firstColumn !== column)) return '';
    const cell = grid.rows[row]?.[column];
    return typeof cell?.value === 'string' ? cell.value.trim() : '';
  });
}

const unitOnly = /^[(（]?(?:人|人次|个|家|户|次|场|年|月|日|天)[)）]?$/;

function isUnitText(text: string): boolean {
  return (
    unitOnly.test(text) || unitFromHeader(`x（${text.replace(/^[(（]|[)）]$/g, '')}）`) !== null
  );
}

/** Whether `row` continues the header that starts at `firstRow` and so far spans `depth` rows. */
function continuesHeader(grid: SheetGrid, firstRow: number, depth: number): boolean {
  const row = firstRow + depth;
  const cells = grid.rows[row] ?? [];
  const texts = cells.map(cellText).filter((text) => text !== '');
  if (texts.length === 0) return false;
  if (cells.some((cell) => cell !== null && cell !== undefined && typeof cell.value !== 'string'))
    return false;
  if (skipReasonOf(cells, { headerTexts: new Set(), isFirstAfterHeader: false }) !== null)
    return false;
  if (texts.every(isUnitText)) return true;
  const spansIntoRow = grid.merges.some(
    (range) =>
      range.firstRow >= firstRow &&
      range.firstRow < row &&
      (range.lastRow >= row || (range.lastRow === row - 1 && range.lastColumn > range.firstColumn)),
  );
  if (spansIntoRow) return true;
  return (
    headerScore(flattenHeaders(grid, firstRow, depth + 1)) >
    headerScore(flattenHeaders(grid, firstRow, depth))
  );
}

/**
 * The first row of the header that contains `row`: a cell merged down into it from above
 * ("企业名称" over three rows) shows that the rows above, a group label, belong to it too.
 */
function groupedFrom(grid: SheetGrid, row: number): number {
  let first = row;
  for (const range of grid.merges) {
    const reachesRow = range.firstRow < first && range.lastRow >= row;
    if (reachesRow && row - range.firstRow < maxHeaderDepth) first = range.firstRow;
  }
  return first;
}

/** The header block of a sheet, or null when no row names enough fields. */
export function findHeader(grid: SheetGrid): HeaderBlock | null {
  let best: { row: number; score: number } | null = null;
  const searched = Math.min(grid.rows.length, headerSearchRows);
  for (let row = 0; row < searched; row += 1) {
    const score = headerScore(rowHeaders(grid, row));
    if (score >= minimumHeaderScore && (best === null || score > best.score)) best = { row, score };
  }
  if (best === null) return null;
  const firstRow = groupedFrom(grid, best.row);
  let depth = best.row - firstRow + 1;
  while (depth < maxHeaderDepth && continuesHeader(grid, firstRow, depth)) depth += 1;
  return { firstRow, depth, headers: flattenHeaders(grid, firstRow, depth) };
}
