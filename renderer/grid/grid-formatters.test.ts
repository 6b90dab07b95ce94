import type { ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { numberCell, wanYuanCell, wanYuanFilterValue } from './grid-formatters';

interface Row {
  readonly yuan: number | null;
}

const cell = (value: number | null | undefined) =>
  ({ value }) as ValueFormatterParams<Row, number | null>;

describe('grid number cells', () => {
  it('shows separators and fixed decimals, and nothing for a missing value', () => {
    expect(numberCell<Row>(0)(cell(12345.6))).toBe('12,346');
    expect(numberCell<Row>(1)(cell(-3))).toBe('-3.0');
    expect(numberCell<Row>(1)(cell(null))).toBe('');
    expect(numberCell<Row>(1)(cell(undefined))).toBe('');
  });

  it('shows 元 in 万元 and filters on the same 万元', () => {
    expect(wanYuanCell(cell(123_456_789))).toBe('12,345.68');
    expect(wanYuanCell(cell(null))).toBe('');
    const filterValue = wanYuanFilterValue<Row>((row) => row.yuan);
    expect(filterValue({ data: { yuan: 1_250_000 } } as ValueGetterParams<Row>)).toBe(125);
    expect(filterValue({ data: { yuan: null } } as ValueGetterParams<Row>)).toBeNull();
    expect(filterValue({ data: undefined } as ValueGetterParams<Row>)).toBeNull();
  });
});
