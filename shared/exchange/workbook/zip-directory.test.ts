import { describe, expect, it } from 'vitest';
import { oneSheet, workbookBytes, zipBytes } from '../test-support/workbook-builders';
import {
  declaredUncompressedBytes,
  hasEncryptedEntry,
  readZipDirectory,
  storedEntryPrefix,
  withBoundedLocalSizes,
  type ZipEntry,
} from './zip-directory';

const bytesOf = (text: string) => new TextEncoder().encode(text);

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.problem.en);
  return directory.entries;
}

describe('readZipDirectory', () => {
  it('lists the parts of an .xlsx without inflating them', () => {
    const names = entriesOf(workbookBytes(oneSheet([['a']]))).map((entry) => entry.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('xl/worksheets/sheet1.xml');
  });

  it('reads the declared sizes, and the larger of directory and local header counts', () => {
    const entries = entriesOf(
      zipBytes([
        { name: 'a.xml', data: bytesOf('<a/>') },
        { name: 'b.xml', data: bytesOf('<b/>'), declaredUncompressedBytes: 4_000_000_000 },
      ]),
    );
    expect(entries.map((entry) => entry.uncompressedBytes)).toEqual([4, 4_000_000_000]);
    expect(declaredUncompressedBytes(entries)).toBe(4_000_000_004);
  });

  it('says the file is incomplete when the end of the zip is cut off', () => {
    const bytes = workbookBytes(oneSheet([['a']]));
    const directory = readZipDirectory(bytes.slice(0, bytes.length - 10));
    expect(directory.ok).toBe(false);
    if (!directory.ok) expect(directory.problem.zh).toContain('没有下载完整');
  });

  it('finds encrypted entries', () => {
    const plain = entriesOf(zipBytes([{ name: 'a', data: bytesOf('x') }]));
    const encrypted = entriesOf(zipBytes([{ name: 'a', data: bytesOf('x'), flags: 0x1 }]));
    expect(hasEncryptedEntry(plain)).toBe(false);
    expect(hasEncryptedEntry(encrypted)).toBe(true);
  });

  it('reads the start of a stored entry', () => {
    const bytes = zipBytes([
      { name: 'mimetype', data: bytesOf('application/vnd.oasis.opendocument.spreadsheet') },
    ]);
    const [entry] = entriesOf(bytes);
    if (entry === undefined) throw new Error('no entry');
    expect(new TextDecoder().decode(storedEntryPrefix(bytes, entry, 11))).toBe('application');
  });
});

describe('withBoundedLocalSizes', () => {
  it('copies the directory size into local headers that defer their sizes, and only those', () => {
    const bytes = zipBytes([
      { name: 'streamed.xml', data: bytesOf('<a/>'), flags: 0x8 },
      { name: 'plain.xml', data: bytesOf('<b/>') },
    ]);
    // A streaming writer leaves the local header's sizes at zero.
    const [streamed] = entriesOf(bytes);
    if (streamed === undefined) throw new Error('no entry');
    const zeroed = bytes.slice();
    new DataView(zeroed.buffer).setUint32(streamed.localHeaderOffset + 22, 0, true);
    expect(entriesOf(zeroed)[0]?.localUncompressedBytes).toBe(0);

    const bounded = withBoundedLocalSizes(zeroed, entriesOf(zeroed));
    expect(entriesOf(bounded).map((entry) => entry.localUncompressedBytes)).toEqual([4, 4]);
    expect(withBoundedLocalSizes(bytes, entriesOf(bytes))).toBe(bytes);
  });
});
