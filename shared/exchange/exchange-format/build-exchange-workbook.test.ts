import { describe, expect, it } from 'vitest';
import { aPark } from '../../test-support/builders';
import { anExportOptions } from '../test-support/exchange-records';
import {
  buildExchangeWorkbook,
  exchangeListsSheetName,
  validatedBlankRows,
} from './build-exchange-workbook';
import type { ExchangeRecords } from './exchange-records';
import { exchangeMetaSheetName } from './exchange-meta';
import { recordIdHeader } from './exchange-sheets';
import type { SheetSpec } from './workbook-spec';

function recordsWith(parks: ExchangeRecords['parks']): ExchangeRecords {
  return {
    parks,
    enterprises: [],
    tenancies: [],
    plans: [],
    events: [],
    financings: [],
    reportOf: () => undefined,
  };
}

function sheetNamed(sheets: readonly SheetSpec[], name: string): SheetSpec {
  const sheet = sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('buildExchangeWorkbook', () => {
  const park = aPark({
    name: '=HYPERLINK("http://evil","点我")',
    districtCode: '007',
    streetCode: '110105004',
  });
  const { spec, meta } = buildExchangeWorkbook(recordsWith([park]), anExportOptions());

  it('has 说明, the eight record sheets, and two very-hidden sheets last', () => {
    expect(spec.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['说明', 'visible'],
      ['园区', 'visible'],
      ['企业', 'visible'],
      ['入驻', 'visible'],
      ['营收', 'visible'],
      ['培育进展', 'visible'],
      ['培育里程碑', 'visible'],
      ['活动', 'visible'],
      ['融资', 'visible'],
      [exchangeListsSheetName, 'very-hidden'],
      [exchangeMetaSheetName, 'very-hidden'],
    ]);
  });

  it('freezes each record sheet’s header and starts it with the record id', () => {
    const parks = sheetNamed(spec.sheets, '园区');
    expect(parks.frozenRows).toBe(1);
    expect(parks.rows[0]?.style).toBe('header');
    expect(parks.rows[0]?.cells[0]).toEqual({ kind: 'text', text: recordIdHeader, guarded: false });
    expect(parks.rows[1]?.cells[0]).toEqual({ kind: 'text', text: park.id, guarded: false });
  });

  it('writes codes as text in a Text column, keeping leading zeros', () => {
    const parks = sheetNamed(spec.sheets, '园区');
    expect(parks.rows[1]?.cells[1]).toEqual({ kind: 'text', text: '007', guarded: false });
    expect(parks.columns[1]?.numberFormat).toBe('@');
  });

  it('guards a name that reads like a formula', () => {
    const parks = sheetNamed(spec.sheets, '园区');
    expect(parks.rows[1]?.cells[2]).toEqual({ kind: 'text', text: park.name, guarded: true });
  });

  it('offers drop-downs from the lists sheet, down past the records for new rows', () => {
    const parks = sheetNamed(spec.sheets, '园区');
    const lists = sheetNamed(spec.sheets, exchangeListsSheetName);
    const street = parks.validations.find((validation) => validation.columnIndex === 3);
    expect(street).toMatchObject({ firstRow: 2, lastRow: 2 + validatedBlankRows });
    if (street?.source.kind !== 'range') throw new Error('expected a range source');
    const options = lists.rows
      .slice(street.source.firstRow - 1, street.source.lastRow)
      .map((row) => row.cells[street.source.kind === 'range' ? street.source.columnIndex : 0]);
    expect(options).toContainEqual({ kind: 'text', text: '三里屯街道', guarded: false });
    expect(options).toHaveLength(43);
    const yesNo = parks.validations.find((validation) => validation.columnIndex === 4);
    expect(yesNo?.source.kind === 'range' ? yesNo.source.lastRow : 0).toBe(2);
  });

  it('offers the 16 数字文化小类 to choose and the tags as suggestions, several typed with 、', () => {
    const enterprises = sheetNamed(spec.sheets, '企业');
    const validationOf = (header: string) => {
      const columnIndex = enterprises.rows[0]?.cells.findIndex(
        (cell) => cell?.kind === 'text' && cell.text === header,
      );
      return enterprises.validations.find((validation) => validation.columnIndex === columnIndex);
    };
    const digitalClass = validationOf('数字文化小类');
    expect(digitalClass?.suggestionsOnly).toBeUndefined();
    expect(digitalClass?.source.kind === 'range' ? digitalClass.source.lastRow : 0).toBe(16);
    const tags = validationOf('企业标签');
    expect(tags?.suggestionsOnly).toBe(true);
    expect(tags?.source.kind === 'range' ? tags.source.lastRow : 0).toBe(7);
  });

  it('stamps every record with its sheet, id, version, hash and row', () => {
    expect(meta.records).toHaveLength(1);
    expect(meta.records[0]).toMatchObject({
      sheet: '园区',
      recordId: park.id,
      version: park.version,
      rowNumber: 2,
    });
    expect(meta.records[0]?.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(meta).toMatchObject({
      exportId: 'export-1',
      installationId: 'installation-1',
      period: '2024-10',
    });
  });

  it('says in 说明 who exported what, when, and how to fill it in', () => {
    const texts = sheetNamed(spec.sheets, '说明').rows.flatMap((row) =>
      row.cells.map((cell) => (cell?.kind === 'text' ? cell.text : '')),
    );
    expect(texts).toEqual(
      expect.arrayContaining(['园区台账（测试）', '2024-11-05 14:30', '全区', '2024年1-10月']),
    );
    expect(texts.join('')).toContain('请不要删除行');
  });
});
