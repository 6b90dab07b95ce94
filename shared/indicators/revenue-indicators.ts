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
import type { Enterprise } from '../enterprises/enterprise';
import { sumYuan } from '../money/money';
import { samePeriodLastYear, type Period } from '../periods/period';
import {
  cultureCategories,
  cultureDomainLabels,
  domainOfSubcategory,
  categoryOfSubcategory,
  type CultureCategory,
  type CultureDomain,
} from '../reference/culture-classification';
import type { RevenueReport } from '../reports/revenue-report';
import type { LocalizedText } from '../text/localized-text';
import {
  figureOf,
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

/** The enterprises counted, this year and in the same period last year. */
export interface RevenuePopulation {
  readonly population: IndicatorPopulation;
  readonly period: Period;
  /** In scope at the end of the period and in the population for its year. */
  readonly current: readonly Enterprise[];
  /** In scope at the end of the same period last year and in that year's population. */
  readonly lastYear: readonly Enterprise[];
}

type NumericReportField = 'revenueYuan' | 'profitYuan' | 'taxYuan' | 'employeesAtPeriodEnd';

interface ReportedSum {
  readonly total: number;
  readonly reporting: number;
  readonly missingIds: readonly string[];
}

type ReportOf = LiveRecords['reportOf'];

function sumReported(
  members: readonly Enterprise[],
  period: Period,
  reportOf: ReportOf,
  pick: (report: RevenueReport) => number | undefined,
): ReportedSum {
  const missingIds: string[] = [];
  const values: number[] = [];
  for (const enterprise of members) {
    const report = reportOf(enterprise.id, period);
    const value = report === undefined ? undefined : pick(report);
    if (value === undefined) missingIds.push(enterprise.id);
    else values.push(value);
  }
  // sumYuan is an exact integer sum; head counts are integers too.
  return { total: sumYuan(values).totalYuan, reporting: values.length, missingIds };
}

function field(name: NumericReportField): (report: RevenueReport) => number | undefined {
  return (report) => report[name];
}

/** A sum is 0 over no enterprises, but unknown when every enterprise left it blank. */
function sumFigure(facts: FigureFacts, sum: ReportedSum, what: LocalizedText): Figure {
  if (sum.reporting === 0 && sum.missingIds.length > 0) {
    return unavailableFigure(facts, nothingReportedReason(what));
  }
  return figureOf(facts, sum.total);
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

function computeTotals(
  name: LocalizedText | undefined,
  members: RevenuePopulation,
  reportOf: ReportOf,
): RevenueTotals {
  const { period, population } = members;
  const lastPeriod = samePeriodLastYear(period);
  const facts = (label: LocalizedText, unit: FigureUnit, basis: FigureBasis = 'cumulative') =>
    ({ label, unit, basis, period, missingOf: 'enterprises', population }) as const;

  const now = sumReported(members.current, period, reportOf, field('revenueYuan'));
  const before = sumReported(members.lastYear, lastPeriod, reportOf, field('revenueYuan'));
  const revenue = sumFigure(
    { ...facts(revenueLabel(name, labelSuffixes.none), 'yuan'), missing: now.missingIds.length },
    now,
    revenueWord,
  );
  const lastYearLabel = revenueLabel(name, labelSuffixes.lastYear);
  const revenueSamePeriodLastYear = sumFigure(
    { ...facts(lastYearLabel, 'yuan'), period: lastPeriod, missing: before.missingIds.length },
    before,
    revenueWord,
  );

  const recomputedFacts = {
    ...facts(revenueLabel(name, labelSuffixes.yoyRecomputed), 'percent'),
    missing: new Set([...now.missingIds, ...before.missingIds]).size,
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
      members.current,
      period,
      reportOf,
    ),
    yoyRecomputedFromTotals,
  };
}

function reportedYoy(
  facts: Omit<FigureFacts, 'missing'>,
  members: readonly Enterprise[],
  period: Period,
  reportOf: ReportOf,
): Figure {
  let weightedRateSum = 0;
  let priorSum = 0;
  let reporting = 0;
  for (const enterprise of members) {
    const report = reportOf(enterprise.id, period);
    const prior = report?.priorYearRevenueYuan;
    const rate = report?.yoyGrowthReportedPercent;
    if (prior === undefined || rate === undefined) continue;
    weightedRateSum += prior * rate;
    priorSum += prior;
    reporting += 1;
  }
  const withMissing = { ...facts, missing: members.length - reporting };
  if (reporting === 0 && members.length > 0) {
    return unavailableFigure(
      withMissing,
      nothingReportedReason({
        zh: '同比增速及上年同期营业收入',
        en: 'a YoY rate with its prior-year revenue',
      }),
    );
  }
  return ratioFigure(withMissing, weightedRateSum, priorSum, {
    zh: '填报增速企业的上年同期营业收入合计',
    en: 'the prior-year revenue of the enterprises reporting a rate',
  });
}

function restrict(
  members: RevenuePopulation,
  belongs: (enterprise: Enterprise) => boolean,
): RevenuePopulation {
  return {
    ...members,
    current: members.current.filter(belongs),
    lastYear: members.lastYear.filter(belongs),
  };
}

function domainOf(enterprise: Enterprise): CultureDomain | undefined {
  const code = enterprise.subcategoryCode;
  return code === undefined ? undefined : domainOfSubcategory(code);
}

export function revenueIndicators(
  members: RevenuePopulation,
  reportOf: ReportOf,
): RevenueIndicators {
  const { period, population } = members;
  const totals = computeTotals(undefined, members, reportOf);

  const slice = (
    name: LocalizedText,
    belongs: (enterprise: Enterprise) => boolean,
  ): RevenueSlice => {
    const part = computeTotals(name, restrict(members, belongs), reportOf);
    return {
      ...part,
      share: shareOf(part.revenue, totals.revenue, revenueLabel(name, labelSuffixes.share)),
    };
  };

  const facts = (label: LocalizedText, unit: FigureUnit, missing: number, basis: FigureBasis) =>
    ({ label, unit, basis, period, missing, missingOf: 'enterprises', population }) as const;
  const sumOf = (
    name: NumericReportField,
    label: LocalizedText,
    unit: FigureUnit,
    basis: FigureBasis,
  ): Figure => {
    const sum = sumReported(members.current, period, reportOf, field(name));
    return sumFigure(facts(label, unit, sum.missingIds.length, basis), sum, label);
  };

  const revenueSum = sumReported(members.current, period, reportOf, field('revenueYuan'));
  const revenuePerEnterprise = ratioFigure(
    facts(
      { zh: '户均营业收入', en: 'Revenue per enterprise' },
      'yuan-per-enterprise',
      revenueSum.missingIds.length,
      'cumulative',
    ),
    revenueSum.total,
    revenueSum.reporting,
    { zh: '填报营业收入的企业数', en: 'The number of enterprises reporting revenue' },
  );

  // Only enterprises that reported both figures, so neither side counts a firm the other lacks.
  let revenueOfStaffed = 0;
  let staff = 0;
  let staffedReporting = 0;
  for (const enterprise of members.current) {
    const report = reportOf(enterprise.id, period);
    if (report?.revenueYuan === undefined || report.employeesAtPeriodEnd === undefined) continue;
    revenueOfStaffed += report.revenueYuan;
    staff += report.employeesAtPeriodEnd;
    staffedReporting += 1;
  }
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
    profit: sumOf('profitYuan', { zh: '利润总额', en: 'Total profit' }, 'yuan', 'cumulative'),
    tax: sumOf('taxYuan', { zh: '纳税总额', en: 'Total tax paid' }, 'yuan', 'cumulative'),
    employees: sumOf(
      'employeesAtPeriodEnd',
      { zh: '期末从业人员', en: 'Staff at period end' },
      'people',
      'period-end',
    ),
    culture: slice({ zh: '文化企业', en: 'Culture-enterprise' }, (e) => domainOf(e) !== undefined),
    core: slice(cultureDomainLabels.core, (e) => domainOf(e) === 'core'),
    related: slice(cultureDomainLabels.related, (e) => domainOf(e) === 'related'),
    unclassified: slice(
      { zh: '未标注中类企业', en: 'Unclassified-enterprise' },
      (e) => domainOf(e) === undefined,
    ),
    byCategory: cultureCategories.map((category) => ({
      category,
      ...slice({ zh: category.name, en: `Category ${category.code}` }, (e) => {
        const code = e.subcategoryCode;
        return code !== undefined && categoryOfSubcategory(code).code === category.code;
      }),
    })),
    digitalCulture: slice({ zh: '数字文化', en: 'Digital culture' }, (e) => e.digitalCulture),
  };
}
