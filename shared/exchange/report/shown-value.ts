/**
 * A field's value as a report prints it for people: money in 万元 as the forms state it (to the
 * 元, so two figures that differ never print alike), areas in ㎡, 是/否, lists with 、, coded
 * values (状态, tags, certifications, 数字文化小类) as the exchange workbook writes them, a blank
 * as （空）.
 */
import { fromYuan } from '../../money/money';
import { exchangeCell } from '../exchange-format/exchange-cells';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';

const upToFourDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function shownValue(field: ImportFieldId, value: NormalisedValue | null): string {
  if (value === null) return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const kind = importField(field).kind;
  if (
    kind === 'choice' ||
    kind === 'choice-list' ||
    kind === 'certification-list' ||
    kind === 'digital-culture-class'
  ) {
    const cell = exchangeCell({ field, kind }, value);
    if (cell?.kind === 'text') return cell.text;
  }
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'number') {
    switch (kind) {
      case 'money':
        return `${upToFourDecimals.format(fromYuan(value, 'wan-yuan'))} 万元`;
      case 'area':
        return `${upToFourDecimals.format(value)} ㎡`;
      case 'percent':
        return `${upToFourDecimals.format(value)}%`;
      default:
        return String(value);
    }
  }
  return String(value);
}
