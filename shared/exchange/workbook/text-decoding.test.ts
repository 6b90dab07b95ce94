import { describe, expect, it } from 'vitest';
import { gbkBytes, utf16leBytes } from '../test-support/workbook-builders';
import { decodeText, hasByteOrderMark } from './text-decoding';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8('企业名称,代码'))).toEqual({ text: '企业名称,代码', encoding: 'utf-8' });
  });

  it('drops the byte-order mark and names the encoding it declares', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('园区')]))).toEqual({
      text: '园区',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(utf16leBytes('园区'))).toEqual({ text: '园区', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x56, 0xed, 0x53, 0x3a]))).toEqual({
      text: '园区',
      encoding: 'utf-16be',
    });
  });

  it('falls back to GB18030 for GBK bytes, which are not valid UTF-8', () => {
    expect(decodeText(gbkBytes('朝阳区文化企业，营业收入（万元）'))).toEqual({
      text: '朝阳区文化企业，营业收入（万元）',
      encoding: 'gb18030',
    });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\r\n1,2')).encoding).toBe('utf-8');
  });
});

describe('hasByteOrderMark', () => {
  it('recognises the UTF-8 and UTF-16 marks only', () => {
    expect(hasByteOrderMark(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(hasByteOrderMark(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(true);
    expect(hasByteOrderMark(utf8('ab'))).toBe(false);
  });
});
