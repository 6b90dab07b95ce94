/**
 * What a file is, judged by its content, never by its name: WPS saves .et files that are .xlsx
 * or .xls inside, web systems save HTML tables named .xls, and a user may pick a PDF by mistake.
 */
import { localized, type LocalizedText } from '../../text/localized-text';
import { hasByteOrderMark } from './text-decoding';
import { storedEntryPrefix, type ZipEntry } from './zip-directory';
import { startsWithBytes } from './byte-prefix';

export const workbookFormats = [
  'xlsx',
  'xlsb',
  'xls',
  'ods',
  'csv',
  'html',
  'spreadsheetml',
] as const;
export type WorkbookFormat = (typeof workbookFormats)[number];

export const workbookFormatLabels: Readonly<Record<WorkbookFormat, LocalizedText>> = {
  xlsx: localized('Excel 工作簿（.xlsx/.xlsm）', 'Excel workbook (.xlsx/.xlsm)'),
  xlsb: localized('Excel 二进制工作簿（.xlsb）', 'Excel binary workbook (.xlsb)'),
  xls: localized('Excel 97-2003 工作簿（.xls）', 'Excel 97-2003 workbook (.xls)'),
  ods: localized('OpenDocument 电子表格（.ods）', 'OpenDocument spreadsheet (.ods)'),
  csv: localized('CSV/文本表格', 'CSV/text table'),
  html: localized('网页表格（HTML）', 'web page table (HTML)'),
  spreadsheetml: localized('Excel 2003 XML 表格', 'Excel 2003 XML spreadsheet'),
};

/** The outer shape of a file, from its first bytes. */
export type FileContainer =
  | { readonly kind: 'zip' }
  | { readonly kind: 'compound' }
  | { readonly kind: 'text' }
  | { readonly kind: 'foreign'; readonly what: LocalizedText };

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const emptyZipSignature = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: .xls, .doc, and password-protected .xlsx. */
const compoundSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** Files people pick by mistake, recognised so the message can name them. */
const foreignSignatures: readonly {
  readonly bytes: readonly number[];
  readonly what: LocalizedText;
}[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: localized('PNG 图片', 'a PNG image') },
  { bytes: [0xff, 0xd8, 0xff], what: localized('JPEG 图片', 'a JPEG image') },
  { bytes: ascii('GIF8'), what: localized('GIF 图片', 'a GIF image') },
  { bytes: ascii('II*\0'), what: localized('TIFF 图片', 'a TIFF image') },
  { bytes: ascii('MM\0*'), what: localized('TIFF 图片', 'a TIFF image') },
  { bytes: ascii('%PDF-'), what: localized('PDF 文档', 'a PDF document') },
  { bytes: ascii('{\\rtf'), what: localized('RTF 文档', 'an RTF document') },
  { bytes: ascii('Rar!\x1a\x07'), what: localized('RAR 压缩包', 'a RAR archive') },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: localized('7z 压缩包', 'a 7z archive') },
  { bytes: [0x1f, 0x8b], what: localized('gzip 压缩包', 'a gzip archive') },
];

const binaryFile = localized('二进制文件（非文本）', 'a binary file (not text)');

/** Text files have no NUL bytes unless they are UTF-16, which carries a byte-order mark. */
function looksBinary(bytes: Uint8Array): boolean {
  if (hasByteOrderMark(bytes)) return false;
  return bytes.subarray(0, 8192).includes(0);
}

export function sniffContainer(bytes: Uint8Array): FileContainer {
  if (startsWithBytes(bytes, zipSignature) || startsWithBytes(bytes, emptyZipSignature)) {
    return { kind: 'zip' };
  }
  if (startsWithBytes(bytes, compoundSignature)) return { kind: 'compound' };
  const foreign = foreignSignatures.find((signature) => startsWithBytes(bytes, signature.bytes));
  if (foreign !== undefined) return { kind: 'foreign', what: foreign.what };
  return looksBinary(bytes) ? { kind: 'foreign', what: binaryFile } : { kind: 'text' };
}

export type Classification<Format> =
  | { readonly ok: true; readonly format: Format }
  | { readonly ok: false; readonly what: LocalizedText };

const odsMimeType = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * OpenDocument stores its `mimetype` first and uncompressed; when a writer compressed it anyway,
 * a content.xml is the best remaining sign of an OpenDocument file.
 */
function isOpenDocumentSpreadsheet(
  entries: readonly ZipEntry[],
  mimetype: ZipEntry,
  bytes: Uint8Array,
): boolean {
  const stored = storedEntryPrefix(bytes, mimetype, odsMimeType.length);
  if (stored === undefined) return entries.some((entry) => entry.name === 'content.xml');
  return String.fromCharCode(...stored) === odsMimeType;
}

export function classifyZip(
  entries: readonly ZipEntry[],
  bytes: Uint8Array,
): Classification<'xlsx' | 'xlsb' | 'ods'> {
  const names = entries.map((entry) => entry.name);
  if (names.some((name) => name.startsWith('xl/'))) {
    return { ok: true, format: names.includes('xl/workbook.bin') ? 'xlsb' : 'xlsx' };
  }
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (mimetype !== undefined) {
    if (isOpenDocumentSpreadsheet(entries, mimetype, bytes)) return { ok: true, format: 'ods' };
    return {
      ok: false,
      what: localized('OpenDocument 文字或演示文档', 'an OpenDocument text or presentation'),
    };
  }
  if (names.some((name) => name.startsWith('word/'))) {
    return { ok: false, what: localized('Word 文档', 'a Word document') };
  }
  if (names.some((name) => name.startsWith('ppt/'))) {
    return { ok: false, what: localized('PowerPoint 演示文稿', 'a PowerPoint presentation') };
  }
  if (names.includes('OFD.xml')) {
    return { ok: false, what: localized('OFD 版式文档', 'an OFD document') };
  }
  return { ok: false, what: localized('zip 压缩包', 'a zip archive') };
}

/** An OLE compound file's streams: a workbook, an encrypted package, or some other document. */
export function classifyCompound(
  streamNames: readonly string[],
): Classification<'xls'> | { readonly ok: false; readonly encrypted: true } {
  const has = (name: string) => streamNames.includes(name);
  if (has('EncryptionInfo') || has('EncryptedPackage')) return { ok: false, encrypted: true };
  if (has('Workbook') || has('Book')) return { ok: true, format: 'xls' };
  if (has('WordDocument')) return { ok: false, what: localized('Word 文档', 'a Word document') };
  if (has('PowerPoint Document')) {
    return { ok: false, what: localized('PowerPoint 演示文稿', 'a PowerPoint presentation') };
  }
  return {
    ok: false,
    what: localized('不含工作簿的 Office 复合文档', 'an Office compound file without a workbook'),
  };
}

export function classifyText(
  text: string,
): Classification<'csv' | 'html' | 'spreadsheetml' | 'ods'> {
  const head = text.slice(0, 4096).trimStart();
  if (!head.startsWith('<')) return { ok: true, format: 'csv' };
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return { ok: true, format: 'spreadsheetml' };
  }
  if (/<(?:!doctype\s+html|html|table|head|body|meta)\b/i.test(head)) {
    return { ok: true, format: 'html' };
  }
  if (head.includes('office:document')) return { ok: true, format: 'ods' };
  return { ok: false, what: localized('XML 文件', 'an XML file') };
}
