import { describe, expect, it } from 'vitest';
import { dataRowsXml, withDataRows } from './sheet-data-xml';

const styles = new Map([
  ['', ''],
  ['@', ' s="1"'],
  ['yyyy-mm-dd', ' s="2"'],
]);

describe('dataRowsXml', () => {
  it('writes each cell with its format’s style: text inline, numbers and dates as values', () => {
    const xml = dataRowsXml(
      [
        {
          rowNumber: 5,
          cells: [
            { kind: 'text', text: '91110105MA01', guarded: false },
            null,
            { kind: 'number', value: 1234.5 },
            { kind: 'date', date: '2024-01-31' },
          ],
        },
      ],
      (cell) => (cell.kind === 'text' ? '@' : cell.kind === 'date' ? 'yyyy-mm-dd' : ''),
      styles,
    );
    expect(xml.get(5)).toBe(
      '<row r="5"><c r="A5" s="1" t="inlineStr"><is><t>91110105MA01</t></is></c>' +
        '<c r="C5"><v>1234.5</v></c><c r="D5" s="2"><v>45322</v></c></row>',
    );
  });

  it('escapes markup, drops what XML cannot carry and keeps edge spaces and line breaks', () => {
    const xml = dataRowsXml(
      [{ rowNumber: 1, cells: [{ kind: 'text', text: ' <a & "b">\u0001\'\n', guarded: false }] }],
      () => '',
      styles,
    );
    expect(xml.get(1)).toBe(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> &lt;a &amp; &quot;b&quot;&gt;&apos;\n</t></is></c></row>',
    );
  });
});

describe('withDataRows', () => {
  it('puts the rows in order among ExcelJS’s own, without the probe, and states the range', () => {
    const sheet =
      '<worksheet><dimension ref="A1:B9"/><sheetData><row r="1" spans="1:2"><c r="A1"/></row>' +
      '<row r="4"/><row r="9"><c r="A9" s="3"/></row></sheetData><dataValidations/></worksheet>';
    const rows = new Map([
      [3, '<row r="3">c</row>'],
      [2, '<row r="2">b</row>'],
    ]);
    expect(withDataRows(sheet, rows, 9, 'A1:B4')).toBe(
      '<worksheet><dimension ref="A1:B4"/><sheetData><row r="1" spans="1:2"><c r="A1"/></row>' +
        '<row r="2">b</row><row r="3">c</row><row r="4"/></sheetData><dataValidations/></worksheet>',
    );
  });

  it('fills an empty sheetData', () => {
    expect(withDataRows('<sheetData/>', new Map([[1, '<row r="1"/>']]), 2, 'A1')).toBe(
      '<sheetData><row r="1"/></sheetData>',
    );
  });
});
