/**
 * The .xlsx package around the parts: ExcelJS's stored (uncompressed) zip taken apart, and the
 * parts zipped again with the platform's own deflate (CompressionStream, native in browsers,
 * Web Workers, Electron and Node), which compresses a district's sheets in a fraction of the
 * time ExcelJS's bundled JavaScript deflate takes.
 */
import { readZipDirectory, storedEntryPrefix } from '../workbook/zip-directory';

export interface PackagePart {
  /** Path inside the zip, e.g. "xl/worksheets/sheet2.xml". */
  readonly name: string;
  readonly data: Uint8Array;
}

interface ByteReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
type CompressionStreamConstructor = new (format: 'deflate-raw') => {
  readonly readable: { getReader(): ByteReader };
  readonly writable: { getWriter(): ByteWriter };
};
interface TextEncoderInstance {
  encode(text: string): Uint8Array;
}

/**
 * WHATWG APIs that browsers, Web Workers and Node all provide, but no ES lib declares, and
 * shared/ compiles against the ES lib alone.
 */
const platform = globalThis as unknown as {
  CompressionStream: CompressionStreamConstructor;
  TextEncoder: new () => TextEncoderInstance;
  TextDecoder: new (label: 'utf-8') => { decode(bytes: Uint8Array): string };
};

export function utf8Bytes(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

export function utf8Text(bytes: Uint8Array): string {
  return new platform.TextDecoder('utf-8').decode(bytes);
}

/** The parts of a zip whose entries are all stored; throws on anything else. */
export function storedParts(zip: Uint8Array): PackagePart[] {
  const directory = readZipDirectory(zip);
  if (!directory.ok) throw new Error(`unreadable package: ${directory.problem.en}`);
  return directory.entries.map((entry) => {
    const data = storedEntryPrefix(zip, entry, entry.compressedBytes);
    if (data?.length !== entry.uncompressedBytes) {
      throw new Error(`package part ${entry.name} is not stored`);
    }
    return { name: entry.name, data };
  });
}

const crcTable = Uint32Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new platform.CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written and read at once: the stream holds back its writes until its output is read.
  const written = writer.write(data).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (next.value !== undefined) chunks.push(next.value);
  }
  await written;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const localHeaderBytes = 30;
const directoryEntryBytes = 46;
const endOfDirectoryBytes = 22;
const deflated = 8;
const utf8NamesFlag = 0x0800;
/** 1980-01-01 00:00, the earliest DOS date: the same bytes for the same workbook. */
const dosDate = (0 << 9) | (1 << 5) | 1;

interface ZippedPart {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Uint8Array;
  readonly offset: number;
}

/** The parts in one zip, each deflated, in the order given. */
export async function deflatedZip(parts: readonly PackagePart[]): Promise<Uint8Array> {
  const compressed = await Promise.all(parts.map((part) => deflateRaw(part.data)));
  let offset = 0;
  const zipped: ZippedPart[] = parts.map((part, index) => {
    const name = utf8Bytes(part.name);
    const entry = {
      name,
      crc: crc32(part.data),
      size: part.data.length,
      compressed: compressed[index] ?? new Uint8Array(),
      offset,
    };
    offset += localHeaderBytes + name.length + entry.compressed.length;
    return entry;
  });
  const directorySize = zipped.reduce(
    (sum, part) => sum + directoryEntryBytes + part.name.length,
    0,
  );
  const out = new Uint8Array(offset + directorySize + endOfDirectoryBytes);
  const view = new DataView(out.buffer);
  const common = (at: number, part: ZippedPart) => {
    view.setUint16(at, 20, true); // version needed: 2.0, deflate
    view.setUint16(at + 2, utf8NamesFlag, true);
    view.setUint16(at + 4, deflated, true);
    view.setUint16(at + 6, 0, true);
    view.setUint16(at + 8, dosDate, true);
    view.setUint32(at + 10, part.crc, true);
    view.setUint32(at + 14, part.compressed.length, true);
    view.setUint32(at + 18, part.size, true);
    view.setUint16(at + 22, part.name.length, true);
  };
  for (const part of zipped) {
    view.setUint32(part.offset, 0x04034b50, true);
    common(part.offset + 4, part);
    out.set(part.name, part.offset + localHeaderBytes);
    out.set(part.compressed, part.offset + localHeaderBytes + part.name.length);
  }
  let at = offset;
  for (const part of zipped) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0
    common(at + 6, part);
    view.setUint32(at + 42, part.offset, true);
    out.set(part.name, at + directoryEntryBytes);
    at += directoryEntryBytes + part.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, zipped.length, true);
  view.setUint16(at + 10, zipped.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, offset, true);
  return out;
}
