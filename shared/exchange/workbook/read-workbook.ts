/**
 * Step 1 of an import: bytes in, sheets of plain cells out, or one clear reason why not.
 * The content decides the format; limits are checked before anything large is inflated or
 * parsed; SheetJS runs with lean options (dense sheets, no HTML, no formatted text, no
 * formulas), which roughly halve its parse time against its defaults.
 */
import * as XLSX from 'xlsx';
import { localized, type LocalizedText } from '../../text/localized-text';
import {
  classifyCompound,
  classifyText,
  classifyZip,
  sniffContainer,
  workbookFormatLabels,
  type WorkbookFormat,
} from './file-content';
import {
  corruptError,
  emptyFileError,
  encryptedError,
  fileTooLargeError,
  noDataError,
  sheetTooLargeError,
  uncompressedTooLargeError,
  unsupportedError,
  type ImportError,
} from './import-error';
import { defaultReadLimits, type ReadLimits } from './read-limits';
import { isBlankRow, type SheetGrid } from './sheet-grid';
import { declaredRange, gridFromWorksheet, sheetVisibility } from './sheetjs-grid';
import { decodeText, type TextEncodingName } from './text-decoding';
import {
  declaredUncompressedBytes,
  entryData,
  hasEncryptedEntry,
  readZipDirectory,
  withBoundedLocalSizes,
  type ZipEntry,
} from './zip-directory';

export interface ParsedWorkbook {
  readonly fileName: string;
  readonly format: WorkbookFormat;
  /** How a text file was decoded; null for binary formats. */
  readonly encoding: TextEncodingName | null;
  /** Day serials count from 1904-01-01 (old Mac Excel) instead of 1900-01-00. */
  readonly date1904: boolean;
  readonly sheets: readonly SheetGrid[];
  /** Things worth telling the user that do not stop the import. */
  readonly notices: readonly LocalizedText[];
}

export type ReadWorkbookResult =
  | { readonly ok: true; readonly workbook: ParsedWorkbook }
  | {
      readonly ok: false;
      readonly error: ImportError;
      /** What the file was found to be, when it got that far. */
      readonly format: WorkbookFormat | null;
      readonly encoding: TextEncodingName | null;
    };

/** What SheetJS is given: bytes for binary formats, decoded text for text formats. */
type ParseInput =
  | {
      readonly kind: 'bytes';
      readonly bytes: Uint8Array;
      readonly format: WorkbookFormat;
      /** The sheets to parse, by position, when not all. */
      readonly sheets?: readonly number[];
    }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly format: WorkbookFormat;
      readonly encoding: TextEncodingName;
    };

type Prepared =
  { readonly ok: true; readonly input: ParseInput } | Extract<ReadWorkbookResult, { ok: false }>;

function failure(
  error: ImportError,
  format: WorkbookFormat | null = null,
  encoding: TextEncodingName | null = null,
): Extract<ReadWorkbookResult, { ok: false }> {
  return { ok: false, error, format, encoding };
}

interface CompoundFile {
  readonly FullPaths: readonly string[];
}
/** The slice of SheetJS's bundled CFB library used here; SheetJS types it as `any`. */
interface CompoundFileReader {
  read(data: Uint8Array, options: { readonly type: 'array' }): CompoundFile;
  readonly utils: {
    /** The inflate SheetJS reads zip parts with: deflated bytes and their inflated size. */
    _inflateRaw(data: Uint8Array, size: number): Uint8Array;
  };
}
const compoundFiles = XLSX.CFB as CompoundFileReader;

function errorText(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

function isPasswordError(thrown: unknown): boolean {
  return /password|encrypt/i.test(errorText(thrown));
}

/** The workbook part of an .xlsx, as SheetJS finds it when no content type says otherwise. */
const workbookPartName = 'xl/workbook.xml';
/** A workbook part larger than this is not an ordinary list of sheets: everything is parsed. */
const maxWorkbookPartBytes = 1_000_000;

/**
 * Positions of the sheets to parse when the very-hidden ones are left out, read from the
 * workbook part's list of sheets; undefined when none is very hidden or the list cannot be read
 * (SheetJS then parses, and judges, everything).
 */
function sheetsShown(bytes: Uint8Array, entries: readonly ZipEntry[]): number[] | undefined {
  const part = entries.find((entry) => entry.name === workbookPartName);
  if (part === undefined || part.uncompressedBytes > maxWorkbookPartBytes) return undefined;
  let xml: string;
  try {
    const data = entryData(bytes, part);
    const inflated =
      part.method === 0 ? data : compoundFiles.utils._inflateRaw(data, part.uncompressedBytes);
    // Only the tags' ASCII attributes are read: sheet names may stay undecoded.
    xml = '';
    for (let start = 0; start < inflated.length; start += 0x8000) {
      xml += String.fromCharCode(...inflated.subarray(start, start + 0x8000));
    }
  } catch {
    return undefined;
  }
  const states = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) =>
    /\sstate\s*=\s*["']veryHidden["']/.test(tag),
  );
  if (!states.includes(true)) return undefined;
  return states.flatMap((veryHidden, index) => (veryHidden ? [] : [index]));
}

function prepareZip(bytes: Uint8Array, limits: ReadLimits, options: ReadOptions): Prepared {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return failure(corruptError(directory.problem));
  if (hasEncryptedEntry(directory.entries)) return failure(encryptedError());
  const kind = classifyZip(directory.entries, bytes);
  if (!kind.ok) return failure(unsupportedError(kind.what));
  const inflated = declaredUncompressedBytes(directory.entries);
  if (inflated > limits.maxUncompressedBytes) {
    return failure(uncompressedTooLargeError(inflated, limits.maxUncompressedBytes), kind.format);
  }
  const bounded = withBoundedLocalSizes(bytes, directory.entries);
  const sheets =
    options.skipVeryHidden === true && kind.format === 'xlsx'
      ? sheetsShown(bytes, directory.entries)
      : undefined;
  return {
    ok: true,
    input: {
      kind: 'bytes',
      bytes: bounded,
      format: kind.format,
      ...(sheets === undefined ? {} : { sheets }),
    },
  };
}

function prepareCompound(bytes: Uint8Array): Prepared {
  let streams: string[];
  try {
    streams = compoundFiles
      .read(bytes, { type: 'array' })
      .FullPaths.map((path) => path.slice(path.lastIndexOf('/', path.length - 2) + 1));
  } catch (thrown) {
    return failure(corruptError(sheetJsProblem(thrown)));
  }
  const kind = classifyCompound(streams);
  if (!kind.ok) {
    return failure('encrypted' in kind ? encryptedError() : unsupportedError(kind.what));
  }
  return { ok: true, input: { kind: 'bytes', bytes, format: kind.format } };
}

function prepareText(bytes: Uint8Array): Prepared {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') return failure(noDataError(), 'csv', encoding);
  const kind = classifyText(text);
  if (!kind.ok) return failure(unsupportedError(kind.what), null, encoding);
  return {
    ok: true,
    input: { kind: 'text', text: text.trimStart(), format: kind.format, encoding },
  };
}

function prepare(bytes: Uint8Array, limits: ReadLimits, options: ReadOptions): Prepared {
  const container = sniffContainer(bytes);
  switch (container.kind) {
    case 'zip':
      return prepareZip(bytes, limits, options);
    case 'compound':
      return prepareCompound(bytes);
    case 'text':
      return prepareText(bytes);
    case 'foreign':
      return failure(unsupportedError(container.what));
  }
}

function sheetJsProblem(thrown: unknown): LocalizedText {
  const text = errorText(thrown);
  return localized(`读取时出错：${text}`, `reading failed: ${text}`);
}

/**
 * A fresh options object per call: SheetJS writes into the one it is given (`type`,
 * `codepage`), and a reused object makes the next read misinterpret its input.
 */
function parseOptions(input: ParseInput, limits: ReadLimits): XLSX.ParsingOptions {
  return {
    type: input.kind === 'bytes' ? 'array' : 'string',
    dense: true,
    cellHTML: false,
    cellText: false,
    cellFormula: false,
    // The one costly option kept: only with it does SheetJS read hidden columns and rows.
    cellStyles: true,
    // Text files keep every cell as typed: "031" and 18-digit credit codes stay text.
    raw: input.kind === 'text',
    // One row past the limit shows that a sheet goes beyond it, without reading the rest.
    sheetRows: limits.maxRows + 1,
    ...(input.kind === 'bytes' && input.sheets !== undefined ? { sheets: [...input.sheets] } : {}),
  };
}

function rowsAndColumns(range: string | undefined): { rows: number; columns: number } {
  if (range === undefined) return { rows: 0, columns: 0 };
  const decoded = XLSX.utils.decode_range(range);
  return { rows: decoded.e.r + 1, columns: decoded.e.c + 1 };
}

function oversizeError(workbook: XLSX.WorkBook, limits: ReadLimits): ImportError | undefined {
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (sheet === undefined) continue;
    const { rows, columns } = rowsAndColumns(declaredRange(sheet));
    if (rows > limits.maxRows) return sheetTooLargeError(name, 'rows', rows, limits.maxRows);
    if (columns > limits.maxColumns) {
      return sheetTooLargeError(name, 'columns', columns, limits.maxColumns);
    }
  }
  return undefined;
}

const expectedExtensions: Readonly<Record<WorkbookFormat, readonly string[]>> = {
  xlsx: ['xlsx', 'xlsm', 'xltx', 'xltm', 'et', 'ett'],
  xlsb: ['xlsb'],
  xls: ['xls', 'xlt', 'et', 'ett'],
  ods: ['ods', 'ots', 'fods'],
  csv: ['csv', 'txt', 'tsv', 'tab'],
  html: ['html', 'htm', 'xhtml'],
  spreadsheetml: ['xml'],
};

/** Says so when the name promised another format: a web export named .xls, say. */
function extensionNotice(fileName: string, format: WorkbookFormat): LocalizedText | undefined {
  const dot = fileName.lastIndexOf('.');
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
  if (expectedExtensions[format].includes(extension)) return undefined;
  const label = workbookFormatLabels[format];
  const named =
    extension === ''
      ? localized('没有扩展名', 'has no extension')
      : localized(`扩展名为 .${extension}`, `is named .${extension}`);
  return localized(
    `文件${named.zh}，但内容是${label.zh}，已按此格式读取`,
    `The file ${named.en}, but its content is: ${label.en}. It was read as such`,
  );
}

/** Names the very-hidden sheets left out, so that the preview says why they are not listed. */
function leftOutNotice(workbook: XLSX.WorkBook, input: ParseInput): LocalizedText | undefined {
  if (input.kind !== 'bytes' || input.sheets === undefined) return undefined;
  const shown = new Set(input.sheets);
  const names = workbook.SheetNames.filter((_, index) => !shown.has(index));
  if (names.length === 0) return undefined;
  return localized(
    `已略过 ${String(names.length)} 个深度隐藏的工作表（Excel 中无法显示，存放程序数据而非记录）：${names.join('、')}`,
    `Left out ${String(names.length)} very hidden sheet(s) (Excel cannot show them; they hold a program's data, not records): ${names.join(', ')}`,
  );
}

function toParsedWorkbook(
  workbook: XLSX.WorkBook,
  input: ParseInput,
  fileName: string,
): ParsedWorkbook {
  const sheetProps = workbook.Workbook?.Sheets ?? [];
  const sheets = workbook.SheetNames.flatMap((name, index) => {
    const sheet = workbook.Sheets[name];
    if (sheet === undefined) return [];
    return [gridFromWorksheet(sheet, name, sheetVisibility(sheetProps[index]?.Hidden))];
  });
  const notices = [extensionNotice(fileName, input.format), leftOutNotice(workbook, input)].filter(
    (notice) => notice !== undefined,
  );
  return {
    fileName,
    format: input.format,
    encoding: input.kind === 'text' ? input.encoding : null,
    date1904: workbook.Workbook?.WBProps?.date1904 === true,
    sheets,
    notices,
  };
}

export interface ReadOptions {
  /**
   * Leaves out the sheets Excel cannot show at all (an exchange workbook's _meta and _lists):
   * they hold a program's data, not records anyone fills in, and _meta is as large as the
   * record sheet itself (.xlsx only; other formats are read whole).
   */
  readonly skipVeryHidden?: boolean;
}

/**
 * Reads a workbook from its bytes, as chosen in a file dialog or read from disk by the CLI.
 * Never throws for a bad file: every failure is an `ImportError` with a code and a message.
 */
export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = defaultReadLimits,
  options: ReadOptions = {},
): ReadWorkbookResult {
  if (bytes.length === 0) return failure(emptyFileError());
  if (bytes.length > limits.maxFileBytes) {
    return failure(fileTooLargeError(bytes.length, limits.maxFileBytes));
  }
  const prepared = prepare(bytes, limits, options);
  if (!prepared.ok) return prepared;
  const { input } = prepared;
  const encoding = input.kind === 'text' ? input.encoding : null;
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(
      input.kind === 'bytes' ? input.bytes : input.text,
      parseOptions(input, limits),
    );
  } catch (thrown) {
    const error = isPasswordError(thrown) ? encryptedError() : corruptError(sheetJsProblem(thrown));
    return failure(error, input.format, encoding);
  }
  const oversize = oversizeError(workbook, limits);
  if (oversize !== undefined) return failure(oversize, input.format, encoding);
  const parsed = toParsedWorkbook(workbook, input, fileName);
  if (parsed.sheets.every((sheet) => sheet.rows.every(isBlankRow))) {
    return failure(noDataError(), input.format, encoding);
  }
  return { ok: true, workbook: parsed };
}
