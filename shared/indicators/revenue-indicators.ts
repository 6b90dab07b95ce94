/**
 * Revenue and the figures reported beside it (profit, tax, staff) for the enterprises of a
 * scope, with the 核心/相关, 大类 and 数字文化 splits the district publishes.
 *
 * Two year-on-year rates are given and never confused:
 * - 同比增速（可比口径）: the rates the enterprises reported, which the statistics office computes
 *   on a comparable basis, aggregated by weighting each rate with the enterprise's reported
 *   上年同期营业收入 (Σ 上年同期 × 增速 ÷ Σ 上年同期). That is the growth of the group's comparable
 *   revenue, as the office aggregates it; a plain average would let a small firm doubling count
 *   as much as a large one.
 * - 同比增速（按两期合计重算）: this period's total over the same period last year's total, each
 *   taken over the scope's population as it was then. Firms entering or leaving the population
 *   move it, which is why it differs from the published rate.
 */
import { samePeriodLastYear, type Period } from '../periods/period';
import {
  categoryOfSubcategory,
  cultureCategories,
  cultureDomainLabels,
  type CultureCategory,
} from '../reference/culture-classification';
import type { LocalizedText } from '../text/localized-text';
import {
  categoryInSlot,
  enterpriseAt,
  enterpriseIndexOf,
  noCategory,
  unknownCategory,
  type EnterpriseIndex,
  type MemberPositions,
} from './enterprise-index';
import {
  growthPercent,
  nothingReportedReason,
  ratioFigure,
  shareOf,
  unavailableFigure,
  type Figure,
  type FigureBasis,
  type FigureFacts,
  type FigureUnit,
  type IndicatorPopulation,
} from './figure';
import type { LiveRecords } from './indicator-input';
import { reportsByPositionOf } from './report-index';
import { RunningSum, sumFigure, type ReportedSum } from './reported-sum';

/** Revenue of a group of enterprises and its growth, both ways. */
export interface RevenueTotals {
  readonly revenue: Figure;
  readonly revenueSamePeriodLastYear: Figure;
  readonly yoyReportedComparable: Figure;
  readonly yoyRecomputedFromTotals: Figure;
}

/** A part of the scope's revenue and its share of the whole. */
export interface RevenueSlice extends RevenueTotals {
  readonly share: Figure;
}

export interface CategoryRevenueSlice extends RevenueSlice {
  readonly category: CultureCategory;
}

export interface RevenueIndicators extends RevenueTotals {
  readonly revenuePerEnterprise: Figure;
  readonly revenuePerEmployee: Figure;
  readonly profit: Figure;
  readonly tax: Figure;
  readonly employees: Figure;
  /** 核心 + 相关: enterprises with a 中类. */
  readonly culture: RevenueSlice;
  readonly core: RevenueSlice;
  readonly related: RevenueSlice;
  /** Enterprises without a 中类: what keeps culture + unclassified = the total. */
  readonly unclassified: RevenueSlice;
  /** The nine 大类, in code order. */
  readonly byCategory: readonly CategoryRevenueSlice[];
  readonly digitalCulture: RevenueSlice;
}

/**
 * The enterprises counted, this year and in the same period last year, as positions in the
 * enterprise index (enterprise-index.ts).
 */
export interface RevenuePopulation {
  readonly population: IndicatorPopulation;
  readonly period: Period;
  /** In scope at the end of the period and in the population for its year. */
  readonly current: MemberPositions;
  /** In scope at the end of the same period last year and in that year's population. */
  readonly lastYear: MemberPositions;
}

function revenueLabel(name: LocalizedText | undefined, suffix: LocalizedText): LocalizedText {
  return name === undefined
    ? { zh: `营业收入${suffix.zh}`, en: `Revenue${suffix.en}` }
    : { zh: `${name.zh}营业收入${suffix.zh}`, en: `${name.en} revenue${suffix.en}` };
}

const revenueWord: LocalizedText = { zh: '营业收入', en: 'revenue' };
const labelSuffixes = {
  none: { zh: '', en: '' },
  lastYear: { zh: '（上年同期）', en: ' (same period last year)' },
  share: { zh: '占比', en: ' share' },
  yoyReported: {
    zh: '同比增速（可比口径，按企业填报增速以上年同期营业收入加权）',
    en: ' YoY growth (comparable basis: reported rates weighted by prior-year revenue)',
  },
  yoyRecomputed: {
    zh: '同比增速（按两期合计重算，非可比口径）',
    en: ' YoY growth (recomputed from the two totals, not comparable basis)',
  },
} as const satisfies Record<string, LocalizedText>;

/** A scope's 1–N月 revenue: the headline figure, also what the breakdown gives per park. */
export function revenueFigure(
  period: Period,
  population: IndicatorPopulation,
  sum: ReportedSum,
): Figure {
  return revenueFigureOf(undefined, period, population, sum);
}

/** A scope's revenue over members already restricted to the population (see revenueFigure). */
export function membersRevenue(
  members: MemberPositions,
  records: Pick<LiveRecords, 'enterprises' | 'reportOf' | 'forEachReportInYear'>,
  period: Period,
  population: IndicatorPopulation,
): Figure {
  const reports = reportsByPositionOf(records, period);
  const sum = new RunningSum();
  for (const position of members) sum.add(reports[position]?.revenueYuan);
  return revenueFigure(period, population, sum);
}

function revenueFigureOf(
  name: LocalizedText | undefined,
  period: Period,
  population: IndicatorPopulation,
  sum: ReportedSum,
): Figure {
  return sumFigure(
    {
      ...revenueFacts(revenueLabel(name, labelSuffixes.none), 'yuan', period, population),
      missing: sum.missing,
    },
    sum,
    revenueWord,
  );
}

function revenueFacts(
  label: LocalizedText,
  unit: FigureUnit,
  period: Period,
  population: IndicatorPopulation,
  basis: FigureBasis = 'cumulative',
) {
  return { label, unit, basis, period, missingOf: 'enterprises', population } as const;
}

/** What one slice of the scope (or the whole of it) gathers in the single pass over it. */
class SliceSums {
  readonly revenue = new RunningSum();
  readonly lastYearRevenue = new RunningSum();
  /** Blank this period and last year: one enterprise, counted once in the recomputed rate. */
  missingBothYears = 0;
  members = 0;
  /** Σ 上年同期 × 增速 over the enterprises that reported both. */
  weightedRateSum = 0;
  priorSum = 0;
  rateReporting = 0;
}

function computeTotals(
  name: LocalizedText | undefined,
  sums: SliceSums,
  period: Period,
  population: IndicatorPopulation,
): RevenueTotals {
  const lastPeriod = samePeriodLastYear(period);
  const facts = (label: LocalizedText, unit: FigureUnit) =>
    revenueFacts(label, unit, period, population);

  const revenue = revenueFigureOf(name, period, population, sums.revenue);
  const lastYearLabel = revenueLabel(name, labelSuffixes.lastYear);
  const revenueSamePeriodLastYear = sumFigure(
    {
      ...facts(lastYearLabel, 'yuan'),
      period: lastPeriod,
      missing: sums.lastYearRevenue.missing,
    },
    sums.lastYearRevenue,
    revenueWord,
  );

  const recomputedFacts = {
    ...facts(revenueLabel(name, labelSuffixes.yoyRecomputed), 'percent'),
    // Each enterprise once, though it may be blank in both periods.
    missing: sums.revenue.missing + sums.lastYearRevenue.missing - sums.missingBothYears,
  };
  const yoyRecomputedFromTotals =
    revenue.value === null
      ? unavailableFigure(recomputedFacts, revenue.unavailableReason)
      : growthPercent(
          recomputedFacts,
          revenue.value,
          revenueSamePeriodLastYear.value,
          lastYearLabel,
        );

  return {
    revenue,
    revenueSamePeriodLastYear,
    yoyReportedComparable: reportedYoy(
      facts(revenueLabel(name, labelSuffixes.yoyReported), 'percent'),
      sums,
    ),
    yoyRecomputedFromTotals,
  };
}

function reportedYoy(facts: Omit<FigureFacts, 'missing'>, sums: SliceSums): Figure {
  const withMissing = { ...facts, missing: sums.members - sums.rateReporting };
  if (sums.rateReporting === 0 && sums.members > 0) {
    return unavailableFigure(
      withMissing,
      nothingReportedReason({
        zh: '同比增速及上年同期营业收入',
        en: 'a YoY rate with its prior-year revenue',
      }),
    );
  }
  return ratioFigure(withMissing, sums.weightedRateSum, sums.priorSum, {
    zh: '填报增速企业的上年同期营业收入合计',
    en: 'the prior-year revenue of the enterprises reporting a rate',
  });
}

/** Where each slice's sums sit in the list one pass fills. */
const wholeSlice = 0;
const cultureSlice = 1;
const coreSlice = 2;
const relatedSlice = 3;
const unclassifiedSlice = 4;
const digitalSlice = 5;
const firstCategorySlice = 6;
const sliceCount = firstCategorySlice + cultureCategories.length;

function slicesFor(categorySlot: number, digital: boolean): readonly number[] {
  const slices = [wholeSlice];
  if (categorySlot === noCategory) {
    slices.push(unclassifiedSlice);
  } else {
    const domain = categoryInSlot(categorySlot).domain;
    slices.push(
      cultureSlice,
      domain === 'core' ? coreSlice : relatedSlice,
      firstCategorySlice + categorySlot,
    );
  }
  if (digital) slices.push(digitalSlice);
  return slices;
}

/**
 * The slices an enterprise counts in depend only on its 大类 (or none) and 数字文化 flag, so
 * they are worked out once for each of the twenty combinations: at (slot + 1) × 2 + digital.
 */
const slicesByClass: readonly (readonly number[])[] = [
  noCategory,
  ...cultureCategories.keys(),
].flatMap((slot) => [slicesFor(slot, false), slicesFor(slot, true)]);

function classOf(enterprises: EnterpriseIndex, position: number): number {
  const slot = enterprises.categorySlot[position] ?? noCategory;
  if (slot === unknownCategory) {
    const code = enterpriseAt(enterprises, position).subcategoryCode;
    // A code outside the 2018 分类 got past validation: fail as the classification does.
    if (code !== undefined) categoryOfSubcategory(code);
  }
  return (slot + 1) * 2 + (enterprises.isDigital[position] ?? 0);
}

export function revenueIndicators(
  members: RevenuePopulation,
  records: Pick<LiveRecords, 'enterprises' | 'reportOf' | 'forEachReportInYear'>,
): RevenueIndicators {
  const { period, population } = members;
  const enterprises = enterpriseIndexOf(records.enterprises);
  const reports = reportsByPositionOf(records, period);
  const lastYearReports = reportsByPositionOf(records, samePeriodLastYear(period));
  const slices = Array.from({ length: sliceCount }, () => new SliceSums());
  const sumsByClass = slicesByClass.map((list) =>
    list.map((slice) => slices[slice] ?? new SliceSums()),
  );
  const profit = new RunningSum();
  const tax = new RunningSum();
  const employees = new RunningSum();
  // Only enterprises that reported both figures, so neither side counts a firm the other lacks.
  let revenueOfStaffed = 0;
  let staff = 0;
  let staffedReporting = 0;
  const blankThisYear = new Uint8Array(enterprises.enterprises.length);

  // One pass over each year's members fills every slice: no list per slice, one lookup per report.
  for (const position of members.current) {
    const report = reports[position];
    const revenue = report?.revenueYuan;
    const prior = report?.priorYearRevenueYuan;
    const rate = report?.yoyGrowthReportedPercent;
    if (revenue === undefined) blankThisYear[position] = 1;
    for (const sums of sumsByClass[classOf(enterprises, position)] ?? []) {
      sums.members += 1;
      sums.revenue.add(revenue);
      if (prior !== undefined && rate !== undefined) {
        sums.weightedRateSum += prior * rate;
        sums.priorSum += prior;
        sums.rateReporting += 1;
      }
    }
    profit.add(report?.profitYuan);
    tax.add(report?.taxYuan);
    employees.add(report?.employeesAtPeriodEnd);
    if (revenue !== undefined && report?.employeesAtPeriodEnd !== undefined) {
      revenueOfStaffed += revenue;
      staff += report.employeesAtPeriodEnd;
      staffedReporting += 1;
    }
  }
  for (const position of members.lastYear) {
    const revenue = lastYearReports[position]?.revenueYuan;
    for (const sums of sumsByClass[classOf(enterprises, position)] ?? []) {
      sums.lastYearRevenue.add(revenue);
      if (revenue === undefined && blankThisYear[position] === 1) sums.missingBothYears += 1;
    }
  }

  const sumsOf = (slice: number) => slices[slice] ?? new SliceSums();
  const whole = sumsOf(wholeSlice);
  const totals = computeTotals(undefined, whole, period, population);
  const slice = (name: LocalizedText, sums: SliceSums): RevenueSlice => {
    const part = computeTotals(name, sums, period, population);
    return {
      ...part,
      share: shareOf(part.revenue, totals.revenue, revenueLabel(name, labelSuffixes.share)),
    };
  };

  const facts = (label: LocalizedText, unit: FigureUnit, missing: number, basis: FigureBasis) =>
    ({ label, unit, basis, period, missing, missingOf: 'enterprises', population }) as const;
  const sumOf = (
    sum: ReportedSum,
    label: LocalizedText,
    unit: FigureUnit,
    basis: FigureBasis,
  ): Figure => sumFigure(facts(label, unit, sum.missing, basis), sum, label);

  const revenuePerEnterprise = ratioFigure(
    facts(
      { zh: '户均营业收入', en: 'Revenue per enterprise' },
      'yuan-per-enterprise',
      whole.revenue.missing,
      'cumulative',
    ),
    whole.revenue.total,
    whole.revenue.reporting,
    { zh: '填报营业收入的企业数', en: 'The number of enterprises reporting revenue' },
  );
  const revenuePerEmployee = ratioFigure(
    facts(
      {
        zh: '人均营业收入（1-N月累计营业收入÷期末从业人员）',
        en: 'Revenue per employee (year-to-date revenue ÷ staff at period end)',
      },
      'yuan-per-person',
      members.current.length - staffedReporting,
      'cumulative',
    ),
    revenueOfStaffed,
    staff,
    { zh: '期末从业人员合计', en: 'Total staff at period end' },
  );

  return {
    ...totals,
    revenuePerEnterprise,
    revenuePerEmployee,
    profit: sumOf(profit, { zh: '利润总额', en: 'Total profit' }, 'yuan', 'cumulative'),
    tax: sumOf(tax, { zh: '纳税总额', en: 'Total tax paid' }, 'yuan', 'cumulative'),
    employees: sumOf(
      employees,
      { zh: '期末从业人员', en: 'Staff at period end' },
      'people',
      'period-end',
    ),
    culture: slice({ zh: '文化企业', en: 'Culture-enterprise' }, sumsOf(cultureSlice)),
    core: slice(cultureDomainLabels.core, sumsOf(coreSlice)),
    related: slice(cultureDomainLabels.related, sumsOf(relatedSlice)),
    unclassified: slice(
      { zh: '未标注中类企业', en: 'Unclassified-enterprise' },
      sumsOf(unclassifiedSlice),
    ),
    byCategory: cultureCategories.map((category, slot) => ({
      category,
      ...slice(
        { zh: category.name, en: `Category ${category.code}` },
        sumsOf(firstCategorySlice + slot),
      ),
    })),
    digitalCulture: slice({ zh: '数字文化', en: 'Digital culture' }, sumsOf(digitalSlice)),
  };
}
