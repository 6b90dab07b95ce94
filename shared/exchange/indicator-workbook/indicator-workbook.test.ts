import { describe, expect, it } from 'vitest';
import { generateDemoRegistry } from '../../demo/generate-demo';
import { computeIndicators } from '../../indicators/indicators';
import type { CellSpec, RowSpec } from '../exchange-format/workbook-spec';
import { indicatorWorkbook } from './indicator-workbook';

const demo = generateDemoRegistry({ enterprises: 300, parks: 21, seed: 11 });
const indicators = computeIndicators(demo, { kind: 'district' }, '2024-10');
const spec = indicatorWorkbook(indicators, {
  scopeText: '全区',
  exportedAtText: '2024-11-05 14:30',
  exportedBy: '园区台账（测试）',
});
const [sheet] = spec.sheets;
const rows = sheet?.rows ?? [];

function textOf(cell: CellSpec | undefined): string {
  return cell?.kind === 'text' ? cell.text : '';
}

function rowLabelled(label: string): RowSpec {
  const row = rows.find((candidate) => textOf(candidate.cells[0]) === label);
  if (row === undefined) throw new Error(`no row ${label}`);
  return row;
}

describe('indicatorWorkbook', () => {
  it('titles the table with the scope and period', () => {
    expect(textOf(rows[0]?.cells[0])).toBe('全区文化产业主要指标（2024年1-10月）');
    expect(textOf(rows[1]?.cells[0])).toContain('规模以上企业');
  });

  it('gives revenue in 万元 with its unit, basis and both growth rates', () => {
    const row = rowLabelled(indicators.revenue.revenue.label.zh);
    expect(row.cells[1]).toEqual({
      kind: 'number',
      value: (indicators.revenue.revenue.value ?? Number.NaN) / 10_000,
    });
    expect(textOf(row.cells[2])).toBe('万元');
    expect(textOf(row.cells[6])).toBe('1-N月累计');
    expect(row.cells[4]).toEqual({
      kind: 'number',
      value: indicators.revenue.yoyReportedComparable.value,
    });
  });

  it('splits revenue by 核心/相关, the nine 大类 and 数字文化, with shares', () => {
    const core = rowLabelled('文化核心领域');
    expect(core.cells[3]).toEqual({ kind: 'number', value: indicators.revenue.core.share.value });
    const categories = rows.filter((row) => /^0\d /.test(textOf(row.cells[0])));
    expect(categories).toHaveLength(9);
    expect(rowLabelled('数字文化').cells[1]).toEqual({
      kind: 'number',
      value: (indicators.revenue.digitalCulture.revenue.value ?? Number.NaN) / 10_000,
    });
  });

  it('keeps the title and the header in view', () => {
    expect(sheet?.frozenRows).toBe(3);
    expect(rows[2]?.style).toBe('header');
  });
});
