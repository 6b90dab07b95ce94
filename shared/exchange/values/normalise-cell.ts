/**
 * One entry point from a cell and its field's kind to the value the registry stores, with
 * what each kind needs from its column and sheet: the unit, the workbook's date system, and
 * the year a title gives to "1-10月".
 */
import type { IsoDate } from '../../dates/iso-date';
import type { MoneyUnit } from '../../money/money';
import type { Period } from '../../periods/period';
import type { StreetCode } from '../../reference/chaoyang-streets';
import type { CultureSubcategoryCode } from '../../reference/culture-classification';
import type { DigitalCultureClassId } from '../../reference/digital-culture';
import { isAreaUnit, isMoneyUnit, type AreaUnit, type ColumnUnit } from '../mapping/column-unit';
import type { ChoiceSet, ValueKind } from '../mapping/import-fields';
import type { MaybeCell } from './cell-input';
import {
  normaliseChoice,
  normaliseBoolean,
  normaliseDigitalCultureClass,
  normaliseStreet,
  normaliseSubcategory,
} from './coded-values';
import { normaliseDate } from './date-values';
import {
  normaliseArea,
  normaliseInteger,
  normaliseMoney,
  normalisePercent,
  normaliseYear,
} from './figure-values';
import { normaliseCertificationList, normaliseChoiceList } from './list-values';
import { normalisePeriod } from './period-values';
import {
  normaliseCreditCodeCell,
  normaliseMultilineText,
  normalisePhone,
  normaliseText,
  normaliseTextList,
} from './text-values';
import { accepted, type Normalised } from './value-problem';

/** The value each kind normalises to; null always means a blank cell. */
export interface ValueOfKind {
  readonly text: string;
  /** Lines joined by \n. */
  readonly 'multiline-text': string;
  readonly 'text-list': readonly string[];
  readonly 'credit-code': string;
  readonly money: number;
  readonly percent: number;
  readonly area: number;
  readonly integer: number;
  readonly year: number;
  readonly date: IsoDate;
  readonly boolean: boolean;
  readonly subcategory: CultureSubcategoryCode;
  readonly street: StreetCode;
  readonly period: Period;
  readonly choice: string;
  /** Choice ids. */
  readonly 'choice-list': readonly string[];
  readonly 'digital-culture-class': DigitalCultureClassId;
  /** "2018:municipal": each certification's year and tier (list-values.ts). */
  readonly 'certification-list': readonly string[];
  readonly phone: string;
  readonly ignored: never;
}

export type NormalisedValue = ValueOfKind[ValueKind];

export interface NormaliseContext {
  /** The column's unit; money defaults to 元 and areas to ㎡ when it is missing. */
  readonly unit: ColumnUnit | null;
  /** The workbook counts day serials from 1904 (ParsedWorkbook.date1904). */
  readonly date1904: boolean;
  /** The year the sheet's title names, for periods written as months only. */
  readonly titleYear: number | null;
  /** The options of a choice field. */
  readonly choices?: ChoiceSet;
}

function moneyUnitOf(unit: ColumnUnit | null): MoneyUnit {
  return unit !== null && isMoneyUnit(unit) ? unit : 'yuan';
}

function areaUnitOf(unit: ColumnUnit | null): AreaUnit {
  return unit !== null && isAreaUnit(unit) ? unit : 'sqm';
}

const normalisers: {
  readonly [K in ValueKind]: (
    cell: MaybeCell,
    context: NormaliseContext,
  ) => Normalised<ValueOfKind[K] | null>;
} = {
  text: normaliseText,
  'multiline-text': normaliseMultilineText,
  'text-list': normaliseTextList,
  'credit-code': normaliseCreditCodeCell,
  money: (cell, context) => normaliseMoney(cell, moneyUnitOf(context.unit)),
  percent: normalisePercent,
  area: (cell, context) => normaliseArea(cell, areaUnitOf(context.unit)),
  integer: normaliseInteger,
  year: normaliseYear,
  date: (cell, context) => normaliseDate(cell, context.date1904),
  boolean: normaliseBoolean,
  subcategory: normaliseSubcategory,
  street: normaliseStreet,
  period: (cell, context) => normalisePeriod(cell, context.titleYear, context.date1904),
  choice: (cell, context) =>
    context.choices === undefined ? normaliseText(cell) : normaliseChoice(cell, context.choices),
  'choice-list': (cell, context) =>
    context.choices === undefined
      ? normaliseTextList(cell)
      : normaliseChoiceList(cell, context.choices),
  'digital-culture-class': normaliseDigitalCultureClass,
  'certification-list': (cell, context) =>
    context.choices === undefined
      ? normaliseTextList(cell)
      : normaliseCertificationList(cell, context.choices),
  phone: normalisePhone,
  ignored: () => accepted(null),
};

export function normaliseCell<K extends ValueKind>(
  cell: MaybeCell,
  kind: K,
  context: NormaliseContext,
): Normalised<ValueOfKind[K] | null> {
  return normalisers[kind](cell, context);
}
