/**
 * Builders for import fixtures: real workbook bytes written by SheetJS's writers from a few
 * rows, plus hand-built hostile files (zip bomb, encrypted package, truncated zip) and GBK text.
 * Tests describe a sheet in rows; the bytes are made here, never checked in.
 */
import * as XLSX from 'xlsx';

export type FixtureValue = string | number | boolean | null;

export interface FixtureSheet {
  readonly name: string;
  readonly rows: readonly (readonly FixtureValue[])[];
  /** A1-style ranges, e.g. 'C3:D3'. */
  readonly merges?: readonly string[];
  /** Number formats by A1 address, e.g. { F5: '0.0%' }. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly hiddenColumns?: readonly number[];
  readonly hiddenRows?: readonly number[];
  /** 'very': hidden so that Excel cannot show it (as an exchange workbook's _meta). */
  readonly hidden?: boolean | 'very';
}

export type FixtureBookType = 'xlsx' | 'xlsb' | 'biff8' | 'ods' | 'html' | 'csv' | 'xlml';

export interface FixtureOptions {
  readonly date1904?: boolean;
}

/** One entry per row or column up to the last hidden one, as SheetJS's `!cols`/`!rows` hold them. */
function hiddenFlags(hiddenIndexes: readonly number[]): { hidden?: boolean }[] {
  const length = Math.max(-1, ...hiddenIndexes) + 1;
  return Array.from({ length }, (_, index) =>
    hiddenIndexes.includes(index) ? { hidden: true } : {},
  );
}

function worksheet(sheet: FixtureSheet): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((row) => [...row]));
  if (sheet.merges !== undefined)
    ws['!merges'] = sheet.merges.map((range) => XLSX.utils.decode_range(range));
  for (const [address, format] of Object.entries(sheet.formats ?? {})) {
    const cell = ws[address] as XLSX.CellObject | undefined;
    if (cell !== undefined) cell.z = format;
  }
  if (sheet.hiddenColumns !== undefined) ws['!cols'] = hiddenFlags(sheet.hiddenColumns);
  if (sheet.hiddenRows !== undefined) ws['!rows'] = hiddenFlags(sheet.hiddenRows);
  return ws;
}

/** Workbook bytes as SheetJS writes them in `bookType`. */
export function workbookBytes(
  sheets: readonly FixtureSheet[],
  bookType: FixtureBookType = 'xlsx',
  options: FixtureOptions = {},
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) XLSX.utils.book_append_sheet(book, worksheet(sheet), sheet.name);
  book.Workbook = {
    Sheets: sheets.map((sheet) => ({
      name: sheet.name,
      Hidden: sheet.hidden === 'very' ? 2 : sheet.hidden === true ? 1 : 0,
    })),
    WBProps: { date1904: options.date1904 === true },
  };
  const written: unknown = XLSX.write(book, { type: 'array', bookType });
  if (typeof written === 'string') return new TextEncoder().encode(written);
  if (written instanceof ArrayBuffer) return new Uint8Array(written);
  throw new TypeError(`SheetJS wrote ${typeof written} for ${bookType}`);
}

export function oneSheet(
  rows: FixtureSheet['rows'],
  extra: Partial<FixtureSheet> = {},
): FixtureSheet[] {
  return [{ name: 'Sheet1', rows, ...extra }];
}

interface CompoundFileWriter {
  utils: {
    cfb_new(): unknown;
    cfb_add(container: unknown, path: string, content: Uint8Array): void;
  };
  read(data: Uint8Array, options: { type: 'array' }): unknown;
  find(container: unknown, path: string): { content: Uint8Array } | null;
  write(container: unknown, options: { type: 'array'; fileType?: 'zip' }): ArrayLike<number>;
}
/** SheetJS types its bundled CFB library as `any`; this names the calls used here. */
const compoundFiles = XLSX.CFB as CompoundFileWriter;

/** An OLE compound file holding the named streams, as Office wraps encrypted packages. */
export function compoundFileBytes(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const container = compoundFiles.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) {
    compoundFiles.utils.cfb_add(container, `/${name}`, content);
  }
  return Uint8Array.from(compoundFiles.write(container, { type: 'array' }));
}

/**
 * An .xlsx whose first sheet declares `ref` as its dimension while holding one cell: what a
 * sheet formatted down to the last row looks like. Patched in the XML, as SheetJS would take
 * minutes to write a million empty rows.
 */
export function xlsxDeclaringRange(ref: string): Uint8Array {
  const bytes = workbookBytes(oneSheet([['企业名称']]));
  const container = compoundFiles.read(bytes, { type: 'array' });
  const sheet = compoundFiles.find(container, '/xl/worksheets/sheet1.xml');
  if (sheet === null) throw new Error('SheetJS wrote no xl/worksheets/sheet1.xml');
  const xml = new TextDecoder().decode(sheet.content);
  sheet.content = new TextEncoder().encode(
    xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`),
  );
  return Uint8Array.from(compoundFiles.write(container, { type: 'array', fileType: 'zip' }));
}

/** What Excel writes for a workbook with an opening password: an agile EncryptionInfo. */
export function encryptedWorkbookBytes(): Uint8Array {
  const info = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>',
  );
  const version = new Uint8Array([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);
  return compoundFileBytes({
    EncryptionInfo: new Uint8Array([...version, ...info]),
    EncryptedPackage: new Uint8Array(4096).fill(0x5a),
  });
}

export interface FixtureZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** What the central directory claims the entry inflates to (a lie makes a zip bomb). */
  readonly declaredUncompressedBytes?: number;
  /** General-purpose flags, e.g. 0x1 for an encrypted entry. */
  readonly flags?: number;
}

/** A zip of stored entries, written byte by byte so its directory can say anything. */
export function zipBytes(entries: readonly FixtureZipEntry[]): Uint8Array {
  const parts: number[] = [];
  const directory: number[] = [];
  const u16 = (target: number[], value: number) => target.push(value & 0xff, (value >>> 8) & 0xff);
  const u32 = (target: number[], value: number) => {
    u16(target, value & 0xffff);
    u16(target, Math.floor(value / 0x10000) & 0xffff);
  };
  for (const entry of entries) {
    const name = Array.from(new TextEncoder().encode(entry.name));
    const offset = parts.length;
    const declared = entry.declaredUncompressedBytes ?? entry.data.length;
    const flags = entry.flags ?? 0;
    u32(parts, 0x04034b50);
    u16(parts, 20);
    u16(parts, flags);
    u16(parts, 0);
    u32(parts, 0);
    u32(parts, 0);
    u32(parts, entry.data.length);
    u32(parts, declared);
    u16(parts, name.length);
    u16(parts, 0);
    parts.push(...name, ...entry.data);
    u32(directory, 0x02014b50);
    u16(directory, 20);
    u16(directory, 20);
    u16(directory, flags);
    u16(directory, 0);
    u32(directory, 0);
    u32(directory, 0);
    u32(directory, entry.data.length);
    u32(directory, declared);
    u16(directory, name.length);
    u16(directory, 0);
    u16(directory, 0);
    u16(directory, 0);
    u16(directory, 0);
    u32(directory, 0);
    u32(directory, offset);
    directory.push(...name);
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, entries.length);
  u16(end, entries.length);
  u32(end, directory.length);
  u32(end, parts.length);
  u16(end, 0);
  return new Uint8Array([...parts, ...directory, ...end]);
}

const text = (value: string) => new TextEncoder().encode(value);

/** A small .xlsx whose sheet part claims to inflate to `declaredBytes`. */
export function zipBombBytes(declaredBytes: number): Uint8Array {
  return zipBytes([
    { name: '[Content_Types].xml', data: text('<Types/>') },
    { name: 'xl/workbook.xml', data: text('<workbook/>') },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: text('<worksheet/>'),
      declaredUncompressedBytes: declaredBytes,
    },
  ]);
}

/** Every two-byte GBK code, decoded once by the platform's own gb18030 decoder. */
let gbkCodes: Map<string, readonly [number, number]> | undefined;

function gbkCodeTable(): Map<string, readonly [number, number]> {
  if (gbkCodes !== undefined) return gbkCodes;
  const decoder = new TextDecoder('gb18030');
  gbkCodes = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!gbkCodes.has(char)) gbkCodes.set(char, [lead, trail]);
    }
  }
  return gbkCodes;
}

/** GBK bytes for text: ASCII as is, every other character through the decoder's own table. */
export function gbkBytes(value: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkCodeTable().get(char);
    if (pair === undefined) throw new RangeError(`No GBK code for ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}

/** UTF-16LE with a byte-order mark, as Excel saves "Unicode text". */
export function utf16leBytes(value: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    bytes.push(code & 0xff, code >>> 8);
  }
  return new Uint8Array(bytes);
}

/** The first bytes of a PNG file. */
export function pngBytes(): Uint8Array {
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
  ]);
}

/** Rows as CSV text, quoting where needed. */
export function csvText(rows: readonly (readonly FixtureValue[])[], separator = ','): string {
  const quote = (value: FixtureValue) => {
    const cell = value === null ? '' : String(value);
    return /[",\n\r\t;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  };
  return rows.map((row) => row.map(quote).join(separator)).join('\r\n');
}
