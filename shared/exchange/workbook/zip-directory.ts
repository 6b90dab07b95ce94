/**
 * The table of contents of a zip file (.xlsx, .xlsm, .xlsb, .ods are zips), read without
 * inflating anything. It tells which kind of document the zip holds, whether it is complete,
 * and how large its parts claim to be, so a small file that would inflate to gigabytes is
 * refused before SheetJS inflates it.
 */
import { localized, type LocalizedText } from '../../text/localized-text';

export interface ZipEntry {
  /** Path inside the zip, e.g. "xl/workbook.xml". */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** General-purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor after the data. */
  readonly flags: number;
  readonly compressedBytes: number;
  /** As the central directory declares it. */
  readonly uncompressedBytes: number;
  /** As the entry's local header declares it (0 when the sizes follow the data). */
  readonly localUncompressedBytes: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectoryResult =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: LocalizedText };

const endOfDirectorySignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const endOfDirectoryBytes = 22;
const maxCommentBytes = 0xffff;
const directoryEntryBytes = 46;
const localHeaderBytes = 30;
/** The marker a 32-bit size field holds when the real value sits in the zip64 extra field. */
const zip64Marker = 0xffffffff;
const zip64ExtraFieldId = 0x0001;
const encryptedFlag = 0x1;
const dataDescriptorFlag = 0x8;

function uint16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

function uint32(bytes: Uint8Array, offset: number): number {
  return (uint16(bytes, offset) + uint16(bytes, offset + 2) * 0x10000) >>> 0;
}

/** A 64-bit little-endian size; beyond 2^53 it is Infinity, which every limit refuses. */
function uint64(bytes: Uint8Array, offset: number): number {
  const value = uint32(bytes, offset) + uint32(bytes, offset + 4) * 0x1_0000_0000;
  return Number.isSafeInteger(value) ? value : Number.POSITIVE_INFINITY;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < end; index += 1) text += String.fromCharCode(bytes[index] ?? 0);
  return text;
}

const truncated = localized(
  '找不到 zip 目录，文件可能没有下载完整',
  'the zip directory is missing; the file was probably not downloaded completely',
);

function broken(detailZh: string, detailEn: string): ZipDirectoryResult {
  return { ok: false, problem: localized(detailZh, detailEn) };
}

/** Offset of the end-of-central-directory record, searched backwards over a possible comment. */
function findEndOfDirectory(bytes: Uint8Array): number | undefined {
  const lowest = Math.max(0, bytes.length - endOfDirectoryBytes - maxCommentBytes);
  for (let offset = bytes.length - endOfDirectoryBytes; offset >= lowest; offset -= 1) {
    if (uint32(bytes, offset) === endOfDirectorySignature) return offset;
  }
  return undefined;
}

interface DirectoryLocation {
  readonly entryCount: number;
  readonly offset: number;
}

function locateDirectory(bytes: Uint8Array, end: number): DirectoryLocation | undefined {
  const entryCount = uint16(bytes, end + 10);
  const offset = uint32(bytes, end + 16);
  if (entryCount !== 0xffff && offset !== zip64Marker) return { entryCount, offset };
  const locator = end - 20;
  if (locator < 0 || uint32(bytes, locator) !== zip64LocatorSignature) return undefined;
  const zip64End = uint64(bytes, locator + 8);
  if (!(zip64End + 56 <= bytes.length) || uint32(bytes, zip64End) !== zip64EndSignature) {
    return undefined;
  }
  return { entryCount: uint64(bytes, zip64End + 32), offset: uint64(bytes, zip64End + 48) };
}

interface EntryNumbers {
  uncompressed: number;
  compressed: number;
  localHeaderOffset: number;
}

/** Replaces 32-bit fields marked 0xFFFFFFFF by the values of the zip64 extra field, in order. */
function withZip64Fields(
  bytes: Uint8Array,
  extraStart: number,
  extraEnd: number,
  declared: EntryNumbers,
): EntryNumbers {
  let offset = extraStart;
  while (offset + 4 <= extraEnd) {
    const id = uint16(bytes, offset);
    const size = uint16(bytes, offset + 2);
    if (id === zip64ExtraFieldId) {
      let field = offset + 4;
      const numbers = { ...declared };
      for (const key of ['uncompressed', 'compressed', 'localHeaderOffset'] as const) {
        if (declared[key] !== zip64Marker) continue;
        numbers[key] = uint64(bytes, field);
        field += 8;
      }
      return numbers;
    }
    offset += 4 + size;
  }
  return declared;
}

/** Reads the central directory and each entry's local header; inflates nothing. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryResult {
  const end = findEndOfDirectory(bytes);
  if (end === undefined) return { ok: false, problem: truncated };
  const location = locateDirectory(bytes, end);
  if (location === undefined) {
    return broken('zip64 目录记录无效', 'the zip64 directory record is invalid');
  }
  const entries: ZipEntry[] = [];
  let offset = location.offset;
  for (let index = 0; index < location.entryCount; index += 1) {
    if (offset + directoryEntryBytes > bytes.length) return { ok: false, problem: truncated };
    if (uint32(bytes, offset) !== directoryEntrySignature) {
      return broken(
        `zip 目录第 ${index + 1} 项无效`,
        `zip directory entry ${index + 1} is invalid`,
      );
    }
    const nameLength = uint16(bytes, offset + 28);
    const extraLength = uint16(bytes, offset + 30);
    const commentLength = uint16(bytes, offset + 32);
    const nameStart = offset + directoryEntryBytes;
    const extraStart = nameStart + nameLength;
    const numbers = withZip64Fields(bytes, extraStart, extraStart + extraLength, {
      uncompressed: uint32(bytes, offset + 24),
      compressed: uint32(bytes, offset + 20),
      localHeaderOffset: uint32(bytes, offset + 42),
    });
    const { localHeaderOffset } = numbers;
    const name = latin1(bytes, nameStart, extraStart);
    if (
      !(localHeaderOffset + localHeaderBytes <= bytes.length) ||
      uint32(bytes, localHeaderOffset) !== localHeaderSignature
    ) {
      return broken(`zip 中“${name}”的数据缺失`, `the data of "${name}" in the zip is missing`);
    }
    entries.push({
      name,
      method: uint16(bytes, offset + 10),
      flags: uint16(bytes, offset + 8),
      compressedBytes: numbers.compressed,
      uncompressedBytes: numbers.uncompressed,
      localUncompressedBytes: uint32(bytes, localHeaderOffset + 22),
      localHeaderOffset,
    });
    offset = extraStart + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** An entry's data as the zip holds it: deflated when its method is 8. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dataStart =
    entry.localHeaderOffset +
    localHeaderBytes +
    uint16(bytes, entry.localHeaderOffset + 26) +
    uint16(bytes, entry.localHeaderOffset + 28);
  return bytes.subarray(dataStart, dataStart + entry.compressedBytes);
}

/** The first bytes of an entry stored without compression; undefined for a compressed one. */
export function storedEntryPrefix(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): Uint8Array | undefined {
  if (entry.method !== 0) return undefined;
  return entryData(bytes, entry).subarray(0, maxBytes);
}

export function hasEncryptedEntry(entries: readonly ZipEntry[]): boolean {
  return entries.some((entry) => (entry.flags & encryptedFlag) !== 0);
}

/** What the parts would inflate to, taking for each the larger of its two declared sizes. */
export function declaredUncompressedBytes(entries: readonly ZipEntry[]): number {
  return entries.reduce(
    (total, entry) => total + Math.max(entry.uncompressedBytes, entry.localUncompressedBytes),
    0,
  );
}

/**
 * SheetJS inflates an entry into a buffer of the size its local header declares, and without
 * bound when that size is 0 (writers that stream put the sizes after the data). Copying the
 * directory's size into such headers bounds every inflation by sizes already checked.
 */
export function withBoundedLocalSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  const unbounded = entries.filter(
    (entry) =>
      (entry.flags & dataDescriptorFlag) !== 0 &&
      entry.localUncompressedBytes === 0 &&
      entry.uncompressedBytes > 0 &&
      entry.uncompressedBytes < zip64Marker,
  );
  if (unbounded.length === 0) return bytes;
  const patched = bytes.slice();
  const view = new DataView(patched.buffer, patched.byteOffset, patched.byteLength);
  for (const entry of unbounded) {
    view.setUint32(entry.localHeaderOffset + 22, entry.uncompressedBytes, true);
  }
  return patched;
}
