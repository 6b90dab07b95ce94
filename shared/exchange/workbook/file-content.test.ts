import { describe, expect, it } from 'vitest';
import {
  compoundFileBytes,
  pngBytes,
  workbookBytes,
  oneSheet,
  zipBytes,
} from '../test-support/workbook-builders';
import { classifyCompound, classifyText, classifyZip, sniffContainer } from './file-content';
import { readZipDirectory } from './zip-directory';

const utf8 = (text: string) => new TextEncoder().encode(text);

function zipKind(bytes: Uint8Array) {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.problem.en);
  return classifyZip(directory.entries, bytes);
}

describe('sniffContainer', () => {
  it('tells zips, compound files, text and foreign files apart by their first bytes', () => {
    expect(sniffContainer(workbookBytes(oneSheet([['a']]))).kind).toBe('zip');
    expect(sniffContainer(workbookBytes(oneSheet([['a']]), 'biff8')).kind).toBe('compound');
    expect(sniffContainer(utf8('企业名称,代码')).kind).toBe('text');
    expect(sniffContainer(pngBytes())).toMatchObject({
      kind: 'foreign',
      what: { en: 'a PNG image' },
    });
    expect(sniffContainer(new Uint8Array([0x42, 0x4d, 0, 0, 0]))).toMatchObject({
      kind: 'foreign',
    });
  });
});

describe('classifyZip', () => {
  it('finds .xlsx, .xlsb and .ods by their parts', () => {
    expect(zipKind(workbookBytes(oneSheet([['a']])))).toEqual({ ok: true, format: 'xlsx' });
    expect(zipKind(workbookBytes(oneSheet([['a']]), 'xlsb'))).toEqual({ ok: true, format: 'xlsb' });
    expect(zipKind(workbookBytes(oneSheet([['a']]), 'ods'))).toEqual({ ok: true, format: 'ods' });
  });

  it('names other OpenDocument files, Word documents and plain archives', () => {
    const odt = zipBytes([
      { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.text') },
    ]);
    expect(zipKind(odt)).toMatchObject({ ok: false, what: { zh: 'OpenDocument 文字或演示文档' } });
    expect(zipKind(zipBytes([{ name: 'word/document.xml', data: utf8('<w/>') }]))).toMatchObject({
      ok: false,
      what: { zh: 'Word 文档' },
    });
    expect(zipKind(zipBytes([{ name: '照片.jpg', data: utf8('x') }]))).toMatchObject({
      ok: false,
      what: { zh: 'zip 压缩包' },
    });
  });
});

describe('classifyCompound', () => {
  it('finds workbooks, encrypted packages and other Office documents by their streams', () => {
    expect(classifyCompound(['Workbook', 'SummaryInformation'])).toEqual({
      ok: true,
      format: 'xls',
    });
    expect(classifyCompound(['Book'])).toEqual({ ok: true, format: 'xls' });
    expect(classifyCompound(['EncryptionInfo', 'EncryptedPackage'])).toEqual({
      ok: false,
      encrypted: true,
    });
    expect(classifyCompound(['WordDocument'])).toMatchObject({
      ok: false,
      what: { zh: 'Word 文档' },
    });
  });

  it('reads the stream names SheetJS writes', () => {
    const bytes = compoundFileBytes({ Workbook: new Uint8Array(8) });
    expect(sniffContainer(bytes).kind).toBe('compound');
  });
});

describe('classifyText', () => {
  it('finds HTML tables, Excel 2003 XML and delimited text', () => {
    expect(classifyText('  <html><body><table>')).toEqual({ ok: true, format: 'html' });
    expect(classifyText('<table border=1><tr>')).toEqual({ ok: true, format: 'html' });
    expect(
      classifyText(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
      ),
    ).toEqual({ ok: true, format: 'spreadsheetml' });
    expect(classifyText('企业名称,代码\n甲,031')).toEqual({ ok: true, format: 'csv' });
    expect(classifyText('<?xml version="1.0"?><svg/>')).toMatchObject({ ok: false });
  });
});
