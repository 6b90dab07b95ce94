/**
 * How grid cells show numbers: thousands separators and fixed decimals, money in 万元 (the unit
 * the district's forms use). A missing value is an empty cell, not 0.
 */
import type { ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { formatMoney, fromYuan } from '../../shared/money/money';

/** A number with separators and `digits` decimals: 12,345 or 12.5. */
export function numberCell<Row>(digits: number) {
  return (params: ValueFormatterParams<Row, number | null>): string =>
    params.value === null || params.value === undefined
      ? ''
      : params.value.toLocaleString('en-US', {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
}

/** Integer 元 shown in 万元 with two decimals. */
export function wanYuanCell<Row>(params: ValueFormatterParams<Row, number | null>): string {
  return params.value === null || params.value === undefined
    ? ''
    : formatMoney(params.value, { unit: 'wan-yuan' });
}

/** What a number filter on a 元 column compares: 万元, as the cell reads. */
export function wanYuanFilterValue<Row>(
  yuanOf: (row: Row) => number | null,
): (params: ValueGetterParams<Row>) => number | null {
  return (params) => {
    const yuan = params.data === undefined ? null : yuanOf(params.data);
    return yuan === null ? null : fromYuan(yuan, 'wan-yuan');
  };
}
