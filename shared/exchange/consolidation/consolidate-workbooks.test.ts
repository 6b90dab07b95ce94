import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import type { FieldValues } from '../round-trip/field-values';
import {
  consolidateWorkbooks,
  identityKey,
  type SourceSheet,
  type SourceWorkbook,
} from './consolidate-workbooks';

function revenueRow(overrides: FieldValues = {}): FieldValues {
  return {
    enterpriseName: '北京甲文化传媒有限公司',
    creditCode: validCreditCodes[0],
    period: '2024-10',
    revenueYuan: 1_234_000,
    ...overrides,
  };
}

function revenueSheet(...rows: FieldValues[]): SourceSheet {
  return {
    name: '营收',
    entity: 'revenue',
    fields: ['enterpriseName', 'creditCode', 'period', 'revenueYuan'],
    rows: rows.map((values, index) => ({ rowNumber: index + 2, values })),
  };
}

function parkFile(source: string, ...sheets: SourceSheet[]): SourceWorkbook {
  return { source, sheets };
}

describe('consolidateWorkbooks', () => {
  it('keeps distinct records from every file with the file and row each came from', () => {
    const result = consolidateWorkbooks([
      parkFile('甲园.xlsx', revenueSheet(revenueRow())),
      parkFile('乙园.xlsx', revenueSheet(revenueRow({ creditCode: validCreditCodes[1] }))),
    ]);
    expect(result.duplicates).toEqual([]);
    expect(result.disagreements).toEqual([]);
    const [sheet] = result.sheets;
    expect(sheet?.records.map((record) => record.sources)).toEqual([
      [{ source: '甲园.xlsx', sheet: '营收', rowNumber: 2 }],
      [{ source: '乙园.xlsx', sheet: '营收', rowNumber: 2 }],
    ]);
  });

  it('lists the same enterprise reported by two parks, and a figure reported with two values', () => {
    const result = consolidateWorkbooks([
      parkFile('甲园.xlsx', revenueSheet(revenueRow())),
      parkFile('乙园.xlsx', revenueSheet(revenueRow({ revenueYuan: 1_000_000 }))),
    ]);
    expect(result.duplicates).toEqual([
      {
        entity: 'revenue',
        key: `${validCreditCodes[0]}|2024-10`,
        sources: [
          { source: '甲园.xlsx', sheet: '营收', rowNumber: 2 },
          { source: '乙园.xlsx', sheet: '营收', rowNumber: 2 },
        ],
      },
    ]);
    expect(result.disagreements).toEqual([
      expect.objectContaining({
        field: 'revenueYuan',
        reports: [
          expect.objectContaining({ source: '甲园.xlsx', value: 1_234_000 }),
          expect.objectContaining({ source: '乙园.xlsx', value: 1_000_000 }),
        ],
      }),
    ]);
    expect(result.sheets[0]?.records).toHaveLength(1);
    expect(result.sheets[0]?.records[0]?.values.revenueYuan).toBe(1_234_000);
  });

  it('fills a blank from the other file without calling it a disagreement', () => {
    const result = consolidateWorkbooks([
      parkFile('甲园.xlsx', revenueSheet(revenueRow({ revenueYuan: null }))),
      parkFile('乙园.xlsx', revenueSheet(revenueRow())),
    ]);
    expect(result.disagreements).toEqual([]);
    expect(result.sheets[0]?.records[0]?.values.revenueYuan).toBe(1_234_000);
  });

  it('keeps a row it cannot identify on its own', () => {
    const blank = revenueRow({ creditCode: null, enterpriseName: null });
    const result = consolidateWorkbooks([parkFile('甲园.xlsx', revenueSheet(blank, blank))]);
    expect(result.sheets[0]?.records).toHaveLength(2);
    expect(result.duplicates).toEqual([]);
  });
});

describe('identityKey', () => {
  it('knows an enterprise without a credit code by its name, spelt either way', () => {
    const key = (name: string) =>
      identityKey('enterprises', { enterpriseName: name, creditCode: null });
    expect(key('北京甲文化传媒有限公司')).toBe(key('甲文化传媒（北京）有限公司'));
    expect(key('北京甲文化传媒有限公司')).not.toBe(key('北京乙文化传媒有限公司'));
  });

  it('knows a park by its name whatever its spacing and width', () => {
    expect(identityKey('parks', { parkName: '郎园 Vintage' })).toBe(
      identityKey('parks', { parkName: '郎园　Ｖｉｎｔａｇｅ' }),
    );
  });
});
