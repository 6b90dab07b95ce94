/**
 * Cells copied from a spreadsheet arrive as text/plain: one line per row, tabs between cells.
 * Excel quotes a cell that holds a tab, a line break or a quote ("a""b"), and ends the copy
 * with a line break, which is not an extra empty row.
 */

/** The rows of cells in copied spreadsheet text; an empty copy gives no rows. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      index += 1;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') endCell();
    else if (char === '\r' && text.charAt(index + 1) === '\n') {
      endRow();
      index += 1;
    } else if (char === '\n' || char === '\r') endRow();
    else cell += char;
    index += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
