/**
 * Workbooks as another program leaves them: an exported file edited with SheetJS (a library other
 * than the one that wrote it), as the office or a park would in Excel, WPS or LibreOffice.
 */
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';

/** The browser twin's download path: the save picker would need a person to click. */
export async function withoutSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
}

/** The 企业 sheet's cell under `header` in the row naming `name`, set to `value`. */
export function editedElsewhere(
  bytes: Buffer,
  name: string,
  edits: Readonly<Record<string, string | number>>,
): Buffer {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellStyles: true });
  const sheet = workbook.Sheets['企业'];
  if (sheet === undefined) throw new Error('The export has a 企业 sheet');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
  const row = rows.findIndex((cells) => cells.includes(name));
  for (const [header, value] of Object.entries(edits)) {
    const headerRow = rows.findIndex((cells) =>
      cells.some((cell) => String(cell).startsWith(header)),
    );
    const column = rows[headerRow]?.findIndex((cell) => String(cell).startsWith(header)) ?? -1;
    if (headerRow < 0 || column < 0 || row < 0) throw new Error(`No ${header} cell for ${name}`);
    sheet[XLSX.utils.encode_cell({ r: row, c: column })] =
      typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
  }
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The workbook with a row added at the end of `sheetName`, its cells under the headers given. */
export function withRowAdded(
  bytes: Buffer,
  sheetName: string,
  cells: Readonly<Record<string, string | number>>,
): Buffer {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellStyles: true });
  const sheet = workbook.Sheets[sheetName];
  if (sheet === undefined) throw new Error(`The export has a ${sheetName} sheet`);
  // Headers read cell by cell: sheet_to_json gives null for a text header in a date-formatted column.
  const { e } = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  const row = Array.from({ length: e.c + 1 }, (_, column) => {
    const header = sheet[XLSX.utils.encode_cell({ r: 0, c: column })] as
      XLSX.CellObject | undefined;
    return cells[String(header?.v)] ?? null;
  });
  XLSX.utils.sheet_add_aoa(sheet, [row], { origin: -1 });
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
