import { describe, expect, it } from 'vitest';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import type { SheetGrid } from '../workbook/sheet-grid';
import {
  exchangeMetaSheet,
  exchangeMetaSheetName,
  readExchangeMeta,
  type ExchangeMeta,
} from './exchange-meta';
import { exchangeFormatVersion } from './format-version';
import { gridOfSheetSpec } from './spec-grid';

function aMeta(overrides: Partial<ExchangeMeta> = {}): ExchangeMeta {
  return {
    formatVersion: exchangeFormatVersion,
    exportId: 'exp-1',
    installationId: 'inst-1',
    exportedAt: '2024-11-05T06:30:00.000Z',
    scope: { kind: 'parks', parkIds: ['park-1', 'park-2'] },
    period: '2024-10',
    records: [
      {
        sheet: '企业',
        recordId: 'ent-1',
        version: 3,
        contentHash: '0123456789abcdef',
        rowNumber: 2,
        fieldHashes: 'a1b2c3d4e5f6',
      },
      {
        sheet: '营收',
        recordId: '=cmd',
        version: 1,
        contentHash: 'fedcba9876543210',
        rowNumber: 2,
      },
    ],
    ...overrides,
  };
}

function workbookWith(sheets: readonly SheetGrid[]): ParsedWorkbook {
  return {
    fileName: '交换表.xlsx',
    format: 'xlsx',
    encoding: null,
    date1904: false,
    sheets,
    notices: [],
  };
}

function editedMeta(
  meta: ExchangeMeta,
  edit: (rows: SheetGrid['rows'][number][]) => void,
): SheetGrid {
  const grid = gridOfSheetSpec(exchangeMetaSheet(meta));
  const rows = [...grid.rows];
  edit(rows);
  return { ...grid, rows };
}

describe('the meta sheet', () => {
  it('is very hidden and reads back as written', () => {
    const spec = exchangeMetaSheet(aMeta());
    expect(spec.visibility).toBe('very-hidden');
    expect(readExchangeMeta(workbookWith([gridOfSheetSpec(spec)]))).toEqual({
      ok: true,
      meta: aMeta(),
    });
  });

  it('reads the whole-registry scope and a missing period', () => {
    const meta = aMeta({ scope: { kind: 'registry' }, period: null, records: [] });
    const result = readExchangeMeta(workbookWith([gridOfSheetSpec(exchangeMetaSheet(meta))]));
    expect(result).toEqual({ ok: true, meta });
  });

  it('says a workbook without it is not an exchange workbook', () => {
    const result = readExchangeMeta(workbookWith([]));
    expect(result.ok ? null : result.error.code).toBe('not-exchange-workbook');
    expect(result.ok ? '' : result.error.message.zh).toContain('交换表.xlsx');
  });

  it('refuses a newer format version, saying to update', () => {
    const grid = gridOfSheetSpec(
      exchangeMetaSheet(aMeta({ formatVersion: exchangeFormatVersion + 1 })),
    );
    const result = readExchangeMeta(workbookWith([grid]));
    expect(result.ok ? null : result.error.code).toBe('newer-format');
    expect(result.ok ? '' : result.error.message.zh).toContain('升级');
  });

  it('names the key that is missing', () => {
    const grid = editedMeta(aMeta(), (rows) => rows.splice(2, 1));
    const result = readExchangeMeta(workbookWith([grid]));
    expect(result.ok ? null : result.error).toMatchObject({ code: 'missing-key' });
    expect(result.ok ? '' : result.error.message.en).toContain('exportId');
  });

  it('names the record row that is damaged', () => {
    const grid = editedMeta(aMeta(), (rows) => {
      rows[9] = [{ value: '企业' }, { value: 'ent-1' }, { value: 'three' }];
    });
    const result = readExchangeMeta(workbookWith([grid]));
    expect(result.ok ? null : result.error.code).toBe('bad-record-row');
    expect(result.ok ? '' : result.error.message.zh).toContain('第 10 行');
    expect(result.ok ? '' : result.error.message.zh).toContain('three');
  });

  it('keeps its sheet name stable', () => {
    expect(exchangeMetaSheetName).toBe('_meta');
  });
});
