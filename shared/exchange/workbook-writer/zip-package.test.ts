import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { crc32, deflatedZip, storedParts, utf8Bytes, utf8Text } from './zip-package';

interface ZipFile {
  readonly FullPaths: readonly string[];
  readonly FileIndex: readonly { readonly name: string; readonly content: Uint8Array }[];
}
const zipReader = XLSX.CFB as { read(data: Uint8Array, options: { type: 'array' }): ZipFile };

describe('crc32', () => {
  it('gives the check value of the standard test string', () => {
    expect(crc32(utf8Bytes('123456789'))).toBe(0xcbf43926);
  });
});

describe('deflatedZip', () => {
  it('zips parts that another zip reader gives back byte for byte, in order', async () => {
    const parts = [
      { name: '[Content_Types].xml', data: utf8Bytes('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: utf8Bytes('<row>企业</row>'.repeat(5000)) },
    ];
    const zip = await deflatedZip(parts);
    expect(zip.length).toBeLessThan(parts[1]?.data.length ?? 0);
    const read = zipReader.read(zip, { type: 'array' });
    const files = read.FileIndex.filter((file) => file.name.endsWith('.xml'));
    expect(files.map((file) => utf8Text(new Uint8Array(file.content)))).toEqual(
      parts.map((part) => utf8Text(part.data)),
    );
  });
});

describe('storedParts', () => {
  it('takes a stored zip apart and refuses a deflated one', async () => {
    const stored = new Uint8Array(
      XLSX.write(
        { SheetNames: ['A'], Sheets: { A: XLSX.utils.aoa_to_sheet([['x']]) } },
        { type: 'array', bookType: 'xlsx', compression: false },
      ) as ArrayBuffer,
    );
    const parts = storedParts(stored);
    expect(parts.map((part) => part.name)).toContain('xl/worksheets/sheet1.xml');
    expect(
      utf8Text(
        parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')?.data ?? new Uint8Array(),
      ),
    ).toContain('<v>x</v>');
    await expect(deflatedZip(parts).then(storedParts)).rejects.toThrow(/not stored/);
  });
});
