/**
 * A published figure never travels as a bare number: it carries its unit, the span of time it
 * covers, who it counts and how many records behind it had no data, so a partial total is not
 * read as a complete one and a 1–N月 sum is not read as a year. A figure that cannot be
 * computed (nothing reported, a zero denominator) is null and says why.
 */
import type { Period } from '../periods/period';
import { parsePeriod, periodLabel } from '../periods/period';
import type { LocalizedText } from '../text/localized-text';

export type FigureUnit =
  | 'yuan'
  | 'enterprises'
  | 'people'
  | 'percent'
  | 'times'
  | 'person-times'
  | 'sqm'
  | 'yuan-per-enterprise'
  | 'yuan-per-person';

export const figureUnitLabels: Readonly<Record<FigureUnit, LocalizedText>> = {
  yuan: { zh: '元', en: 'yuan' },
  enterprises: { zh: '家', en: 'enterprises' },
  people: { zh: '人', en: 'people' },
  percent: { zh: '%', en: '%' },
  times: { zh: '次', en: 'times' },
  'person-times': { zh: '人次', en: 'visits' },
  sqm: { zh: '㎡', en: 'm²' },
  'yuan-per-enterprise': { zh: '元/家', en: 'yuan per enterprise' },
  'yuan-per-person': { zh: '元/人', en: 'yuan per person' },
};

/**
 * The span a figure covers: 1–N月累计 (sums over the period), 期末 (a state on its last day),
 * 年度 (a full year) or a full year estimated from 1–N月.
 */
export type FigureBasis = 'cumulative' | 'period-end' | 'annual' | 'annualised-estimate';

/** What `missing` counts: enterprise figures count enterprises, visitor figures count events. */
export type MissingDataOf = 'enterprises' | 'events' | 'parks';

/**
 * Who a figure counts: the 规上 enterprises of the scope (what the district publishes) or every
 * enterprise in it.
 */
export type IndicatorPopulation = 'above-scale' | 'all';

export const indicatorPopulationLabels: Readonly<Record<IndicatorPopulation, LocalizedText>> = {
  'above-scale': { zh: '规模以上企业', en: 'Above-designated-size enterprises' },
  all: { zh: '全部企业', en: 'All enterprises' },
};

export interface FigureFacts {
  readonly label: LocalizedText;
  readonly unit: FigureUnit;
  readonly basis: FigureBasis;
  readonly period: Period;
  /** How many records in scope lack the data this figure needs (they are left out of it). */
  readonly missing: number;
  readonly missingOf: MissingDataOf;
  /** Set on figures restricted to a population; absent where every record counts. */
  readonly population?: IndicatorPopulation;
}

export type Figure = FigureFacts &
  (
    | { readonly value: number; readonly unavailableReason?: undefined }
    | { readonly value: null; readonly unavailableReason: LocalizedText }
  );

export function figureOf(facts: FigureFacts, value: number): Figure {
  return { ...facts, value };
}

export function unavailableFigure(facts: FigureFacts, reason: LocalizedText): Figure {
  return { ...facts, value: null, unavailableReason: reason };
}

/** Why a figure over an empty set of reports is null rather than 0. */
export function nothingReportedReason(what: LocalizedText): LocalizedText {
  return {
    zh: `范围内没有企业填报${what.zh}，无法汇总`,
    en: `No enterprise in scope reported ${what.en}, so there is nothing to total`,
  };
}

/** Why a ratio is null: its denominator is zero or unknown. */
export function zeroDenominatorReason(denominator: LocalizedText): LocalizedText {
  return {
    zh: `${denominator.zh}为0或未知，无法计算`,
    en: `${denominator.en} is 0 or unknown, so this cannot be computed`,
  };
}

/**
 * numerator ÷ denominator × scale, or null with a reason when the denominator is 0 or either
 * side is unknown.
 */
export function ratioFigure(
  facts: FigureFacts,
  numerator: number | null,
  denominator: number | null,
  denominatorName: LocalizedText,
  scale = 1,
): Figure {
  if (numerator === null || denominator === null || denominator === 0) {
    return unavailableFigure(facts, zeroDenominatorReason(denominatorName));
  }
  return figureOf(facts, (numerator / denominator) * scale);
}

/**
 * A part's share of a whole in %, e.g. 数字文化 in all revenue or the 实验区 in the district.
 * The part is assumed to lie within the whole, so the whole's missing count covers the part's.
 */
export function shareOf(part: Figure, whole: Figure, label: LocalizedText): Figure {
  const facts: FigureFacts = {
    label,
    unit: 'percent',
    basis: whole.basis,
    period: whole.period,
    missing: Math.max(part.missing, whole.missing),
    missingOf: whole.missingOf,
    ...(whole.population === undefined ? {} : { population: whole.population }),
  };
  if (part.value === null) return unavailableFigure(facts, part.unavailableReason);
  if (whole.value === null) return unavailableFigure(facts, whole.unavailableReason);
  return ratioFigure(facts, part.value, whole.value, whole.label, 100);
}

/** (current ÷ previous − 1) in %, or null with a reason when previous is 0 or unknown. */
export function growthPercent(
  facts: FigureFacts,
  current: number | null,
  previous: number | null,
  previousName: LocalizedText,
): Figure {
  if (current === null || previous === null || previous === 0) {
    return unavailableFigure(facts, zeroDenominatorReason(previousName));
  }
  return figureOf(facts, (current / previous - 1) * 100);
}

/** "2024年1-10月累计", "2024年10月末", "2024年度", "2024年度（按1-10月×12/10折算的估计值）". */
export function figureBasisLabel(figure: Pick<FigureFacts, 'basis' | 'period'>): LocalizedText {
  const parts = parsePeriod(figure.period);
  if (parts === null) throw new RangeError(`Not a reporting period: ${figure.period}`);
  const { year, month } = parts;
  const span = periodLabel(figure.period);
  switch (figure.basis) {
    case 'cumulative':
      return month === 12
        ? { zh: `${year}年1-12月累计`, en: `Jan–Dec ${year}, cumulative` }
        : { zh: `${span.zh}累计`, en: `${span.en}, cumulative` };
    case 'period-end':
      return { zh: `${year}年${month}月末`, en: `At the end of ${span.en}` };
    case 'annual':
      return { zh: `${year}年度`, en: `Year ${year}` };
    case 'annualised-estimate':
      return {
        zh: `${year}年度（按1-${month}月×12/${month}折算的估计值）`,
        en: `Year ${year} (estimate: ${span.en} × 12/${month})`,
      };
  }
}
