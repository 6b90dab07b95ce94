/**
 * A record's value (as the import reads it back: integer 元, ㎡, ISO dates, codes, choice ids)
 * to the cell the exchange workbook shows, by its column's kind. The inverse is the import's
 * normaliseCell with the column's header unit; the round-trip test holds the two together.
 */
import { isIsoDate } from '../../dates/iso-date';
import { fromYuan } from '../../money/money';
import { isPeriod, periodMonth, periodYear } from '../../periods/period';
import { findStreet } from '../../reference/chaoyang-streets';
import { findSubcategory } from '../../reference/culture-classification';
import { findDigitalCultureClass } from '../../reference/digital-culture';
import { importField, type ImportFieldId } from '../mapping/import-fields';
import { certificationText } from '../values/list-values';
import { normaliseCell, type NormalisedValue } from '../values/normalise-cell';
import type { ExchangeColumn } from './exchange-sheets';
import { digitalCultureClassChoice, subcategoryChoice, yesNoLabels } from './exchange-sheets';
import { neutraliseText } from './formula-guard';
import type { CellSpec } from './workbook-spec';

/** How a list (曾用名, 特色方向) is joined in one cell; the import splits on it. */
export const listSeparator = '、';

function textCell(text: string): CellSpec {
  return text === '' ? null : neutraliseText(text);
}

function numberCell(value: number): CellSpec {
  return Number.isFinite(value) ? { kind: 'number', value } : null;
}

function choiceLabel(field: ImportFieldId | null, id: string): string {
  if (field === null) return id;
  return importField(field).choices?.labels[id]?.zh ?? id;
}

/** "2024年1-10月": the cumulative period as offices write it, read back by the import. */
export function exchangePeriodText(year: number, month: number): string {
  return `${String(year)}年1-${String(month)}月`;
}

/** Kinds whose text the import tidies (spaces, line breaks, full-width letters, separators). */
const tidiedKinds = new Set(['text', 'multiline-text', 'text-list', 'phone', 'credit-code']);

/**
 * A record's value as the import will read it back from its cell: text tidied the import's way
 * (a name's line breaks become spaces, a note keeps its lines, each tidied, a list is split at
 * its separators). Only text changes; every other kind is written exactly. The exported values, their hashes and a later "as here
 * now" all go through this, so an untouched row compares equal.
 */
export function readBackValue(
  field: ImportFieldId,
  value: NormalisedValue | null,
): NormalisedValue | null {
  if (value === null) return null;
  const kind = importField(field).kind;
  if (!tidiedKinds.has(kind)) return value;
  const text = typeof value === 'string' ? value : (value as readonly string[]).join(listSeparator);
  const read = normaliseCell({ value: text }, kind, {
    unit: null,
    date1904: false,
    titleYear: null,
  });
  return read.ok ? read.value : value;
}

export function exchangeCell(
  column: Pick<ExchangeColumn, 'field' | 'kind'>,
  value: NormalisedValue | null | undefined,
): CellSpec {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return textCell(value ? yesNoLabels[0] : yesNoLabels[1]);
  if (typeof value === 'number') {
    switch (column.kind) {
      case 'money-wan':
        return numberCell(fromYuan(value, 'wan-yuan'));
      case 'money-yi':
        return numberCell(fromYuan(value, 'yi-yuan'));
      case 'digital-culture-class': {
        const found = findDigitalCultureClass(value);
        return found === undefined
          ? numberCell(value)
          : textCell(digitalCultureClassChoice(found.id, found.name));
      }
      default:
        return numberCell(value);
    }
  }
  if (typeof value !== 'string') {
    const items = value.map((item) => {
      switch (column.kind) {
        case 'choice-list':
          return choiceLabel(column.field, item);
        case 'certification-list':
          return certificationText(item);
        default:
          return item;
      }
    });
    return textCell(items.join(listSeparator));
  }
  switch (column.kind) {
    case 'date':
      return isIsoDate(value) ? { kind: 'date', date: value } : textCell(value);
    case 'choice':
      return textCell(choiceLabel(column.field, value));
    case 'street':
      return textCell(findStreet(value)?.name ?? value);
    case 'subcategory': {
      const subcategory = findSubcategory(value);
      return textCell(
        subcategory === undefined ? value : subcategoryChoice(subcategory.code, subcategory.name),
      );
    }
    case 'period':
      return textCell(
        isPeriod(value) ? exchangePeriodText(periodYear(value), periodMonth(value)) : value,
      );
    default:
      return textCell(value);
  }
}
