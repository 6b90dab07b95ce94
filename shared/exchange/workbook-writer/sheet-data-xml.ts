/**
 * A sheet's data rows as worksheet XML, written straight from the spec. ExcelJS builds an object
 * per cell, a style per cell and a shared-strings table for 20,000-row sheets, which costs twice
 * what the whole file is worth; here each data cell is one string, its style the one ExcelJS
 * gave the same number format (found through a probe row, see write-workbook.ts), and its text
 * inline. The rows are then put into ExcelJS's own sheet XML in place of its (empty) rows.
 */
import { isoDateToExcelSerial } from '../exchange-format/excel-serial';
import type { CellSpec } from '../exchange-format/workbook-spec';
import { columnLetter } from '../workbook/sheet-grid';

/** The number format each cell of a column ends up with, '' for none. */
export type FormatOf = (cell: Exclude<CellSpec, null>, columnIndex: number) => string;

/** A data row and its Excel row number. */
export interface DataRow {
  readonly rowNumber: number;
  readonly cells: readonly CellSpec[];
}

/** The ` s="…"` attribute of each format, '' for the default style. */
export type StyleAttributes = ReadonlyMap<string, string>;

/** What ExcelJS drops from text: the C0 controls XML 1.0 cannot carry, and DEL. */
const unwritable = /[^\P{Cc}\t\n\r\u0080-\u009f]/gu;
const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapedText(text: string): string {
  return text.replace(unwritable, '').replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

function inlineString(text: string): string {
  // As ExcelJS marks it: leading or trailing space, or a line break, is kept as typed.
  const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${preserve}>${escapedText(text)}</t></is>`;
}

export function dataRowsXml(
  rows: readonly DataRow[],
  formatOf: FormatOf,
  styles: StyleAttributes,
): Map<number, string> {
  const letters: string[] = [];
  const xml = new Map<number, string>();
  for (const { rowNumber, cells } of rows) {
    let row = `<row r="${String(rowNumber)}">`;
    cells.forEach((cell, columnIndex) => {
      if (cell === null) return;
      const letter = (letters[columnIndex] ??= columnLetter(columnIndex));
      const style = styles.get(formatOf(cell, columnIndex)) ?? '';
      const reference = `${letter}${String(rowNumber)}`;
      switch (cell.kind) {
        case 'text':
          row += `<c r="${reference}"${style} t="inlineStr">${inlineString(cell.text)}</c>`;
          break;
        case 'number':
          row += `<c r="${reference}"${style}><v>${String(cell.value)}</v></c>`;
          break;
        case 'date':
          row += `<c r="${reference}"${style}><v>${String(isoDateToExcelSerial(cell.date))}</v></c>`;
          break;
      }
    });
    xml.set(rowNumber, `${row}</row>`);
  }
  return xml;
}

const rowPattern = /<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const sheetDataPattern = /<sheetData\/>|<sheetData>[\s\S]*?<\/sheetData>/;

/**
 * ExcelJS's sheet XML with the given rows put in, in row order among its own; `drop` is a row
 * of its own left out (the probe). `dimension` is the used range ("A1:N17001").
 */
export function withDataRows(
  sheetXml: string,
  dataRows: ReadonlyMap<number, string>,
  drop: number,
  dimension: string,
): string {
  const match = sheetDataPattern.exec(sheetXml);
  if (match === null) throw new Error('ExcelJS wrote a sheet without sheetData');
  const rows = new Map(dataRows);
  for (const [xml, rowNumber] of match[0].matchAll(rowPattern)) {
    const number = Number(rowNumber);
    if (number === drop) continue;
    if (rows.has(number)) throw new Error(`row ${String(number)} written twice`);
    rows.set(number, xml);
  }
  const ordered = [...rows].sort(([a], [b]) => a - b).map(([, xml]) => xml);
  const sheetData = `<sheetData>${ordered.join('')}</sheetData>`;
  return (
    sheetXml.slice(0, match.index) +
    sheetData +
    sheetXml.slice(match.index + match[0].length)
  ).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
}
