/**
 * A record's value as a cell of the office's own template, in the unit the template's header
 * names (营业收入（千元）, 面积（亩）): the import read the header's unit, and the same unit
 * decides how the figure is written, so the office's form reads as its own.
 */
import { fromYuan } from '../../money/money';
import { exchangeCell } from '../exchange-format/exchange-cells';
import type { ExchangeValueKind } from '../exchange-format/exchange-sheets';
import type { CellSpec } from '../exchange-format/workbook-spec';
import { isAreaUnit, isMoneyUnit, squareMetresPer, type ColumnUnit } from '../mapping/column-unit';
import { importField, type ImportFieldId, type ValueKind } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';

/** How each kind of import field is written when no unit changes it. */
const exchangeKindOf: Readonly<Record<ValueKind, ExchangeValueKind | null>> = {
  text: 'text',
  'multiline-text': 'text',
  'text-list': 'text-list',
  'credit-code': 'code',
  money: 'money-wan',
  percent: 'percent',
  area: 'area',
  integer: 'integer',
  year: 'year',
  date: 'date',
  boolean: 'boolean',
  subcategory: 'subcategory',
  street: 'street',
  period: 'period',
  choice: 'choice',
  'choice-list': 'choice-list',
  'digital-culture-class': 'digital-culture-class',
  'certification-list': 'certification-list',
  phone: 'code',
  ignored: null,
};

export function templateCell(
  field: ImportFieldId,
  unit: ColumnUnit | null,
  value: NormalisedValue | null | undefined,
): CellSpec {
  if (value === null || value === undefined) return null;
  const kind = importField(field).kind;
  if (typeof value === 'number' && unit !== null) {
    if (kind === 'money' && isMoneyUnit(unit))
      return { kind: 'number', value: fromYuan(value, unit) };
    if (kind === 'area' && isAreaUnit(unit)) {
      return { kind: 'number', value: value / squareMetresPer[unit] };
    }
  }
  if (kind === 'money' && typeof value === 'number') return { kind: 'number', value };
  const exchangeKind = exchangeKindOf[kind];
  return exchangeKind === null ? null : exchangeCell({ field, kind: exchangeKind }, value);
}
