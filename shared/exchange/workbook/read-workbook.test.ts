import { describe, expect, it } from 'vitest';
import {
  compoundFileBytes,
  csvText,
  encryptedWorkbookBytes,
  gbkBytes,
  oneSheet,
  pngBytes,
  utf16leBytes,
  workbookBytes,
  xlsxDeclaringRange,
  zipBombBytes,
  zipBytes,
  type FixtureBookType,
  type FixtureSheet,
} from '../test-support/workbook-builders';
import type { ImportErrorCode } from './import-error';
import { defaultReadLimits } from './read-limits';
import { readWorkbook, type ParsedWorkbook, type ReadWorkbookResult } from './read-workbook';
import { cellText, type SheetGrid } from './sheet-grid';

/** An office-style report: title, 填报单位, two-row header, data, a totals row. */
function reportSheet(extra: Partial<FixtureSheet> = {}): FixtureSheet {
  return {
    name: '营收',
    rows: [
      ['朝阳区文化企业营收情况表（2024年1-10月）'],
      ['填报单位：测试文化创意园'],
      ['序号', '企业名称', '营业收入（万元）', null, '成立日期', '同比'],
      [null, null, '本年累计', '上年同期'],
      [1, '北京甲文化传媒有限公司', 123.4, 100, 43891, 0.123],
      ['合计', null, 123.4, 100],
    ],
    merges: ['A1:F1', 'C3:D3', 'A3:A4', 'B3:B4'],
    formats: { E5: 'm/d/yy', F5: '0.0%' },
    ...extra,
  };
}

function readOk(result: ReadWorkbookResult): ParsedWorkbook {
  if (!result.ok)
    throw new Error(`expected a workbook, got ${result.error.code}: ${result.error.message.en}`);
  return result.workbook;
}

function errorCode(result: ReadWorkbookResult): ImportErrorCode | 'ok' {
  return result.ok ? 'ok' : result.error.code;
}

function texts(sheet: SheetGrid | undefined): string[][] {
  return (sheet?.rows ?? []).map((row) => Array.from(row, cellText));
}

function sheetNamed(workbook: ParsedWorkbook, name: string): SheetGrid {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('readWorkbook: formats, judged by content', () => {
  const binaryFormats: readonly [FixtureBookType, ParsedWorkbook['format']][] = [
    ['xlsx', 'xlsx'],
    ['xlsb', 'xlsb'],
    ['biff8', 'xls'],
    ['ods', 'ods'],
    ['xlml', 'spreadsheetml'],
  ];

  for (const [bookType, format] of binaryFormats) {
    it(`reads ${bookType} as ${format}: cells, merges, numbers and their formats`, () => {
      const workbook = readOk(
        readWorkbook(workbookBytes([reportSheet()], bookType), `report.${bookType}`),
      );
      expect(workbook.format).toBe(format);
      const sheet = sheetNamed(workbook, '营收');
      expect(texts(sheet)[2]).toEqual([
        '序号',
        '企业名称',
        '营业收入（万元）',
        '',
        '成立日期',
        '同比',
      ]);
      expect(sheet.rows[4]?.[2]?.value).toBe(123.4);
      expect(sheet.rows[4]?.[5]?.numberFormat).toMatch(/%/);
      expect(sheet.merges).toContainEqual({
        firstRow: 2,
        firstColumn: 2,
        lastRow: 2,
        lastColumn: 3,
      });
      expect(sheet.columnCount).toBe(6);
    });
  }

  it('reads a WPS .et file that is an .xlsx inside, without a notice about its name', () => {
    const workbook = readOk(readWorkbook(workbookBytes([reportSheet()]), '园区报表.et'));
    expect(workbook.format).toBe('xlsx');
    expect(workbook.notices).toEqual([]);
  });

  it('reads an HTML table saved as .xls, keeps its cells as text and says what it was', () => {
    const workbook = readOk(readWorkbook(workbookBytes([reportSheet()], 'html'), '导出.xls'));
    expect(workbook.format).toBe('html');
    expect(workbook.notices[0]?.zh).toContain('网页表格');
    const sheet = workbook.sheets[0];
    expect(texts(sheet)[4]?.slice(0, 3)).toEqual(['1', '北京甲文化传媒有限公司', '123.4']);
    expect(sheet?.merges).toContainEqual({
      firstRow: 2,
      firstColumn: 2,
      lastRow: 2,
      lastColumn: 3,
    });
  });

  it('reads a GBK-encoded HTML export with colspan and rowspan', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table>' +
      '<tr><td rowspan="2">企业名称</td><td colspan="2">营业收入（万元）</td></tr>' +
      '<tr><td>本年累计</td><td>上年同期</td></tr>' +
      '<tr><td>甲公司</td><td>1,234.5</td><td>031</td></tr></table></body></html>';
    const workbook = readOk(readWorkbook(gbkBytes(html), 'export.xls'));
    expect(workbook.encoding).toBe('gb18030');
    const sheet = workbook.sheets[0];
    expect(texts(sheet)).toEqual([
      ['企业名称', '营业收入（万元）'],
      ['', '本年累计', '上年同期'],
      ['甲公司', '1,234.5', '031'],
    ]);
    expect(sheet?.merges).toHaveLength(2);
  });

  describe('CSV and text', () => {
    const rows = [
      ['企业名称', '统一社会信用代码', '行业', '营业收入'],
      ['北京甲文化传媒有限公司', '914403001922038216', '031', '1,234.5'],
    ];

    it('keeps every value as typed: leading zeros and 18-digit codes survive', () => {
      const workbook = readOk(readWorkbook(new TextEncoder().encode(csvText(rows)), 'a.csv'));
      expect(workbook.format).toBe('csv');
      expect(workbook.encoding).toBe('utf-8');
      expect(texts(workbook.sheets[0])).toEqual(rows);
    });

    it('decodes UTF-8 with a byte-order mark, GBK, and UTF-16 "Unicode text"', () => {
      const text = csvText(rows);
      const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
      const cases = [
        [withBom, 'utf-8-bom'],
        [gbkBytes(text), 'gb18030'],
        [utf16leBytes(csvText(rows, '\t')), 'utf-16le'],
      ] as const;
      for (const [bytes, encoding] of cases) {
        const workbook = readOk(readWorkbook(bytes, 'a.csv'));
        expect(workbook.encoding).toBe(encoding);
        expect(texts(workbook.sheets[0])).toEqual(rows);
      }
    });

    it('finds semicolon and tab separators, quoted separators and line breaks', () => {
      const quoted = [
        ['企业名称', '备注'],
        ['甲公司', '第一行\n第二行; 含分号'],
      ];
      for (const separator of [';', '\t']) {
        const workbook = readOk(
          readWorkbook(new TextEncoder().encode(csvText(quoted, separator)), 'a.csv'),
        );
        expect(texts(workbook.sheets[0])).toEqual(quoted);
      }
    });

    it('reads a CSV that starts with "ID" as CSV, not as SYLK', () => {
      const idRows = [
        ['ID', '企业名称'],
        ['7', '甲公司'],
      ];
      const workbook = readOk(readWorkbook(new TextEncoder().encode(csvText(idRows)), 'a.csv'));
      expect(texts(workbook.sheets[0])).toEqual(idRows);
    });
  });

  it('leaves out the very-hidden sheets of an .xlsx only when asked, reading the others as before', () => {
    const sheets: FixtureSheet[] = [
      { name: '_lists', rows: [['选项']], hidden: 'very' },
      reportSheet(),
      { name: '底稿', rows: [['内部数据']], hidden: true },
      { name: '_meta', rows: [['recordId']], hidden: 'very' },
    ];
    const bytes = workbookBytes(sheets, 'xlsx');
    const whole = readOk(readWorkbook(bytes, 'a.xlsx'));
    expect(whole.sheets.map((sheet) => sheet.name)).toEqual(['_lists', '营收', '底稿', '_meta']);
    const shown = readOk(
      readWorkbook(bytes, 'a.xlsx', defaultReadLimits, { skipVeryHidden: true }),
    );
    expect(shown.sheets.map((sheet) => sheet.name)).toEqual(['营收', '底稿']);
    expect(shown.sheets).toEqual(whole.sheets.slice(1, 3));
    expect(whole.notices).toEqual([]);
    expect(shown.notices.map((notice) => notice.zh)).toEqual([
      expect.stringContaining('已略过 2 个深度隐藏的工作表'),
    ]);
    expect(shown.notices[0]?.zh).toContain('_lists、_meta');
  });

  it('notices hidden sheets, hidden columns and hidden rows', () => {
    const sheets: FixtureSheet[] = [
      reportSheet({ hiddenColumns: [4], hiddenRows: [1] }),
      { name: '底稿', rows: [['内部数据']], hidden: true },
    ];
    for (const bookType of ['xlsx', 'biff8'] as const) {
      const workbook = readOk(readWorkbook(workbookBytes(sheets, bookType), 'a'));
      expect(sheetNamed(workbook, '底稿').visibility).toBe('hidden');
      expect(sheetNamed(workbook, '营收').visibility).toBe('visible');
      expect(sheetNamed(workbook, '营收').hiddenColumns).toEqual([4]);
    }
    const xlsx = readOk(readWorkbook(workbookBytes(sheets, 'xlsx'), 'a.xlsx'));
    expect(sheetNamed(xlsx, '营收').hiddenRows).toEqual([1]);
  });

  it('reports the 1904 date system of old Mac workbooks', () => {
    for (const bookType of ['xlsx', 'biff8'] as const) {
      const sheets = oneSheet([['日期'], [0]]);
      expect(
        readOk(readWorkbook(workbookBytes(sheets, bookType, { date1904: true }), 'a')).date1904,
      ).toBe(true);
      expect(readOk(readWorkbook(workbookBytes(sheets, bookType), 'a')).date1904).toBe(false);
    }
  });

  it('reads an error cell as an error with its text', () => {
    const workbook = readOk(
      readWorkbook(workbookBytes(oneSheet([['同比'], ['#DIV/0!']]), 'csv'), 'a.csv'),
    );
    expect(workbook.sheets[0]?.rows[1]?.[0]?.value).toBe('#DIV/0!');
  });
});

describe('readWorkbook: files it refuses, each with its code and no hang', () => {
  it('refuses a password-protected workbook as encrypted', () => {
    const result = readWorkbook(encryptedWorkbookBytes(), '加密.xlsx');
    expect(errorCode(result)).toBe('encrypted');
    if (!result.ok) expect(result.error.message.zh).toContain('取消密码');
  });

  it('refuses a zip whose parts are encrypted as encrypted', () => {
    const bytes = zipBytes([{ name: 'xl/workbook.xml', data: new Uint8Array(12), flags: 0x1 }]);
    expect(errorCode(readWorkbook(bytes, 'a.xlsx'))).toBe('encrypted');
  });

  it('refuses a zip bomb before inflating it', () => {
    const bomb = zipBombBytes(0xfffffff0);
    expect(bomb.length).toBeLessThan(1024);
    const result = readWorkbook(bomb, 'bomb.xlsx');
    expect(errorCode(result)).toBe('too_large');
    if (!result.ok) expect(result.error.message.en).toContain('unpacks to');
  });

  it('refuses a sheet declaring 1,048,576 rows, naming the sheet and the limit', () => {
    const result = readWorkbook(xlsxDeclaringRange('A1:Z1048576'), 'big.xlsx');
    expect(errorCode(result)).toBe('too_large');
    if (!result.ok) expect(result.error.message.zh).toContain('1,048,576 行');
  });

  it('refuses a sheet with more rows or columns than the limits allow', () => {
    const limits = { ...defaultReadLimits, maxRows: 50, maxColumns: 5 };
    const tall = Array.from({ length: 60 }, (_, index) => [`企业${index}`]);
    const wide = [Array.from({ length: 8 }, (_, index) => `列${index}`)];
    for (const bookType of ['xlsx', 'biff8', 'ods', 'csv'] as const) {
      expect(errorCode(readWorkbook(workbookBytes(oneSheet(tall), bookType), 'a', limits))).toBe(
        'too_large',
      );
      expect(errorCode(readWorkbook(workbookBytes(oneSheet(wide), bookType), 'a', limits))).toBe(
        'too_large',
      );
    }
    expect(errorCode(readWorkbook(workbookBytes(oneSheet(tall.slice(0, 50))), 'a', limits))).toBe(
      'ok',
    );
  });

  it('refuses a file over the size limit', () => {
    const limits = { ...defaultReadLimits, maxFileBytes: 100 };
    expect(errorCode(readWorkbook(workbookBytes(oneSheet([['a']])), 'a.xlsx', limits))).toBe(
      'too_large',
    );
  });

  it('refuses a truncated .xlsx as corrupt', () => {
    const bytes = workbookBytes([reportSheet()]);
    for (const length of [bytes.length - 30, Math.floor(bytes.length / 2), 100]) {
      expect(errorCode(readWorkbook(bytes.slice(0, length), 'a.xlsx'))).toBe('corrupt');
    }
  });

  it('refuses a truncated .xls as corrupt', () => {
    const bytes = workbookBytes([reportSheet()], 'biff8');
    expect(errorCode(readWorkbook(bytes.slice(0, 600), 'a.xls'))).toBe('corrupt');
  });

  it('refuses images, PDFs, Word documents and binary junk as unsupported, saying what they are', () => {
    const cases: readonly [Uint8Array, string][] = [
      [pngBytes(), 'PNG'],
      [new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'), 'PDF'],
      [zipBytes([{ name: 'word/document.xml', data: new Uint8Array(4) }]), 'Word'],
      [compoundFileBytes({ WordDocument: new Uint8Array(64) }), 'Word'],
      [new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), '二进制'],
    ];
    for (const [bytes, what] of cases) {
      const result = readWorkbook(bytes, 'a.xls');
      expect(errorCode(result)).toBe('unsupported');
      if (!result.ok) expect(result.error.message.zh).toContain(what);
    }
  });

  it('refuses an empty file and a workbook whose sheets are all empty as empty', () => {
    expect(errorCode(readWorkbook(new Uint8Array(0), 'a.xlsx'))).toBe('empty');
    expect(errorCode(readWorkbook(new TextEncoder().encode(' \r\n '), 'a.csv'))).toBe('empty');
    expect(errorCode(readWorkbook(workbookBytes(oneSheet([[null, '  ']])), 'a.xlsx'))).toBe(
      'empty',
    );
  });

  it('names the format it found even when reading fails', () => {
    const result = readWorkbook(xlsxDeclaringRange('A1:B200000'), 'a.xlsx');
    expect(result.ok ? null : result.format).toBe('xlsx');
  });
});
