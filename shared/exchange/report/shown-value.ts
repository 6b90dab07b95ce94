/**
 * A field's value as a report prints it for people: money in 万元 as the forms state it (to the
 * 元, so two figures that differ never print alike), areas in ㎡, 是/否, lists with 、, a blank
 * as （空）.
 */
import { fromYuan } from '../../money/money';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';

const upToFourDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function shownValue(field: ImportFieldId, value: NormalisedValue | null): string {
  if (value === null) return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'number') {
    switch (importField(field).kind) {
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
