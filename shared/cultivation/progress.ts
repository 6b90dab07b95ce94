/**
 * How far a park is on its way to a 百亿园区 plan's target, from the park's revenue figures on the
 * plan's base (see plan-revenue.ts).
 *
 * The latest annual revenue is that of the latest year with a figure: its full year (1–12月)
 * where reported, else its latest 1–N月 figure × 12/N, labelled as an estimate. A current-year
 * estimate says more about the plan than last year's full year does, but only a full year can
 * reach the target: an estimate over it is 按计划, not 已达标.
 *
 * Status rule, in order:
 * - 数据不足: no figure; or growth since the baseline cannot be measured (baseline 0, or nothing
 *   after the baseline year) and the target is not reached.
 * - 已达标: a full year's revenue at or over the target.
 * - 滞后: the target year has passed without reaching it, or the growth achieved since the
 *   baseline (CAGR) is below the yearly growth still needed to reach the target by the target year.
 * - 按计划: otherwise; growing on at the rate achieved reaches the target in time.
 */
import {
  figureOf,
  ratioFigure,
  unavailableFigure,
  type Figure,
  type FigureFacts,
} from '../indicators/figure';
import { formatMoney } from '../money/money';
import { makePeriod, parsePeriod } from '../periods/period';
import type { LocalizedText } from '../text/localized-text';
import { revenueBaseLabels, type CultivationPlan } from './cultivation-plan';

export type ProgressStatus = 'reached' | 'on-track' | 'behind' | 'insufficient-data';

export const progressStatusLabels: Readonly<Record<ProgressStatus, LocalizedText>> = {
  reached: { zh: '已达标', en: 'Target reached' },
  'on-track': { zh: '按计划', en: 'On track' },
  behind: { zh: '滞后', en: 'Behind' },
  'insufficient-data': { zh: '数据不足', en: 'Insufficient data' },
};

/** One year of the chart: what happened and where the two growth rates lead. */
export interface ForecastPoint {
  readonly year: number;
  /** A full year's revenue where known; the plan's baseline in the baseline year. */
  readonly actualYuan: number | null;
  /** The latest year's annualised estimate, when it has no full year. */
  readonly estimateYuan: number | null;
  /** From the latest year on: growing at the rate achieved since the baseline. */
  readonly projectedYuan: number | null;
  /** From the latest year to the target year: growing at the rate the target requires. */
  readonly requiredYuan: number | null;
}

export interface CultivationProgress {
  readonly planId: string;
  readonly parkId: string;
  /** Basis 'annual', or 'annualised-estimate' from a 1–N月 figure. */
  readonly latestAnnualRevenue: Figure;
  readonly latestYear: number | null;
  readonly isEstimate: boolean;
  readonly shareOfTarget: Figure;
  /** Compound yearly growth (%) needed from the latest year to the target by the target year. */
  readonly requiredGrowth: Figure;
  /** Compound yearly growth (%) from the baseline to the latest year. */
  readonly achievedGrowth: Figure;
  readonly status: ProgressStatus;
  /** Why the status is what it is, with the numbers. */
  readonly statusReason: LocalizedText;
  /** From the baseline year to the target year (or the latest year, if later). */
  readonly forecast: readonly ForecastPoint[];
}

interface LatestRevenue {
  readonly year: number;
  readonly valueYuan: number;
  readonly isEstimate: boolean;
  readonly source: Figure & { readonly value: number };
}

function hasValue(figure: Figure): figure is Figure & { readonly value: number } {
  return figure.value !== null;
}

function yearMonth(figure: Figure): { year: number; month: number } {
  const parts = parsePeriod(figure.period);
  if (parts === null) throw new RangeError(`Not a reporting period: ${figure.period}`);
  return parts;
}

function latestRevenueOf(figures: readonly Figure[], baselineYear: number): LatestRevenue | null {
  const usable = figures
    .filter(hasValue)
    .filter((figure) => figure.unit === 'yuan' && yearMonth(figure).year >= baselineYear)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const latest = usable.at(-1);
  if (latest === undefined) return null;
  const { year, month } = yearMonth(latest);
  return {
    year,
    valueYuan: Math.round((latest.value * 12) / month),
    isEstimate: month !== 12,
    source: latest,
  };
}

/** Compound yearly growth from `from` to `to` over `years`, in %. */
function compoundGrowthPercent(from: number, to: number, years: number): number {
  return ((to / from) ** (1 / years) - 1) * 100;
}

function percent(value: number): string {
  return value.toFixed(1);
}

function inYi(yuan: number): LocalizedText {
  return {
    zh: formatMoney(yuan, { unit: 'yi-yuan', withUnit: 'zh' }),
    en: formatMoney(yuan, { unit: 'yi-yuan', withUnit: 'en' }),
  };
}

export function cultivationProgress(
  plan: CultivationPlan,
  revenueFigures: readonly Figure[],
): CultivationProgress {
  const latest = latestRevenueOf(revenueFigures, plan.baselineYear);
  const base = revenueBaseLabels[plan.revenueBase];
  const lastUnavailable = revenueFigures.filter((figure) => figure.value === null).at(-1);
  const facts = (label: LocalizedText, unit: 'yuan' | 'percent'): FigureFacts => ({
    label,
    unit,
    basis: latest === null ? 'annual' : latest.isEstimate ? 'annualised-estimate' : 'annual',
    // With no figure at all there is no period to date the null figures by but the baseline year.
    period: latest === null ? makePeriod(plan.baselineYear, 12) : latest.source.period,
    missing: latest?.source.missing ?? 0,
    missingOf: 'enterprises',
  });

  const revenueFacts = facts(
    { zh: `年营业收入（${base.zh}）`, en: `Annual revenue (${base.en})` },
    'yuan',
  );
  const shareFacts = facts({ zh: '目标完成度', en: 'Share of target' }, 'percent');
  const requiredFacts = facts(
    { zh: '实现目标所需年均增速', en: 'Yearly growth needed to reach the target' },
    'percent',
  );
  const achievedFacts = facts(
    { zh: '基准年以来年均增速', en: 'Yearly growth achieved since the baseline' },
    'percent',
  );

  if (latest === null) {
    const reason = lastUnavailable?.unavailableReason ?? {
      zh: `基准年（${plan.baselineYear}年）以来没有${base.zh}数据`,
      en: `No ${base.en} figures since the baseline year ${plan.baselineYear}`,
    };
    return {
      planId: plan.id,
      parkId: plan.parkId,
      latestAnnualRevenue: unavailableFigure(revenueFacts, reason),
      latestYear: null,
      isEstimate: false,
      shareOfTarget: unavailableFigure(shareFacts, reason),
      requiredGrowth: unavailableFigure(requiredFacts, reason),
      achievedGrowth: unavailableFigure(achievedFacts, reason),
      status: 'insufficient-data',
      statusReason: reason,
      forecast: forecastOf(plan, revenueFigures, null, null, null),
    };
  }

  const target = plan.targetYuan;
  const latestAnnualRevenue = figureOf(revenueFacts, latest.valueYuan);
  const shareOfTarget = ratioFigure(
    shareFacts,
    latest.valueYuan,
    target,
    {
      zh: '目标值',
      en: 'The target',
    },
    100,
  );
  const requiredGrowth = requiredGrowthOf(plan, latest, requiredFacts);
  const achievedGrowth = achievedGrowthOf(plan, latest, achievedFacts);
  const { status, statusReason } = statusOf(plan, latest, requiredGrowth, achievedGrowth);

  return {
    planId: plan.id,
    parkId: plan.parkId,
    latestAnnualRevenue,
    latestYear: latest.year,
    isEstimate: latest.isEstimate,
    shareOfTarget,
    requiredGrowth,
    achievedGrowth,
    status,
    statusReason,
    forecast: forecastOf(plan, revenueFigures, latest, requiredGrowth.value, achievedGrowth.value),
  };
}

function requiredGrowthOf(
  plan: CultivationPlan,
  latest: LatestRevenue,
  facts: FigureFacts,
): Figure {
  if (latest.valueYuan >= plan.targetYuan) return figureOf(facts, 0);
  if (latest.year >= plan.targetYear) {
    return unavailableFigure(facts, {
      zh: `目标年份（${plan.targetYear}年）已到，未达到目标，无法再按年均增速追赶`,
      en: `The target year ${plan.targetYear} has come without reaching the target`,
    });
  }
  if (latest.valueYuan <= 0) {
    return unavailableFigure(facts, {
      zh: '最新年营业收入为0，无法按复合增速计算',
      en: 'The latest annual revenue is 0, so no compound growth rate leads to the target',
    });
  }
  return figureOf(
    facts,
    compoundGrowthPercent(latest.valueYuan, plan.targetYuan, plan.targetYear - latest.year),
  );
}

function achievedGrowthOf(
  plan: CultivationPlan,
  latest: LatestRevenue,
  facts: FigureFacts,
): Figure {
  if (latest.year <= plan.baselineYear) {
    return unavailableFigure(facts, {
      zh: `基准年（${plan.baselineYear}年）之后尚无数据，无法计算增速`,
      en: `No figure after the baseline year ${plan.baselineYear} yet, so no growth to measure`,
    });
  }
  if (plan.baselineYuan <= 0) {
    return unavailableFigure(facts, {
      zh: '基准值为0，无法计算复合增速',
      en: 'The baseline is 0, so no compound growth rate can be computed from it',
    });
  }
  if (latest.valueYuan < 0) {
    return unavailableFigure(facts, {
      zh: '最新年营业收入为负数，无法计算复合增速',
      en: 'The latest annual revenue is negative, so no compound growth rate can be computed',
    });
  }
  return figureOf(
    facts,
    compoundGrowthPercent(plan.baselineYuan, latest.valueYuan, latest.year - plan.baselineYear),
  );
}

function statusOf(
  plan: CultivationPlan,
  latest: LatestRevenue,
  required: Figure,
  achieved: Figure,
): { status: ProgressStatus; statusReason: LocalizedText } {
  const reached = latest.valueYuan >= plan.targetYuan;
  const value = inYi(latest.valueYuan);
  const target = inYi(plan.targetYuan);
  const estimateNote = latest.isEstimate
    ? { zh: '（按1-N月折算的估计值）', en: ' (an estimate from the year to date)' }
    : { zh: '', en: '' };
  if (reached && !latest.isEstimate) {
    return {
      status: 'reached',
      statusReason: {
        zh: `${latest.year}年营业收入${value.zh}，已达到目标${target.zh}`,
        en: `Revenue in ${latest.year} was ${value.en}, at or over the target of ${target.en}`,
      },
    };
  }
  if (latest.year > plan.targetYear || (latest.year === plan.targetYear && !reached)) {
    return {
      status: 'behind',
      statusReason: {
        zh: `目标年份（${plan.targetYear}年）已到，${latest.year}年营业收入${value.zh}${estimateNote.zh}，未达到目标${target.zh}`,
        en: `The target year ${plan.targetYear} has come; revenue in ${latest.year} was ${value.en}${estimateNote.en}, short of ${target.en}`,
      },
    };
  }
  if (reached) {
    return {
      status: 'on-track',
      statusReason: {
        zh: `${latest.year}年营业收入估计为${value.zh}，若全年实现即达到目标${target.zh}`,
        en: `Revenue in ${latest.year} is estimated at ${value.en}; the full year would reach the target of ${target.en}`,
      },
    };
  }
  if (achieved.value === null) {
    return { status: 'insufficient-data', statusReason: achieved.unavailableReason };
  }
  if (required.value === null) {
    return { status: 'insufficient-data', statusReason: required.unavailableReason };
  }
  const rates = {
    zh: `基准年以来年均增长${percent(achieved.value)}%，实现目标需年均增长${percent(required.value)}%${estimateNote.zh}`,
    en: `Growth since the baseline is ${percent(achieved.value)}% a year; the target needs ${percent(required.value)}% a year${estimateNote.en}`,
  };
  return achieved.value >= required.value
    ? { status: 'on-track', statusReason: rates }
    : { status: 'behind', statusReason: rates };
}

function fullYearActuals(figures: readonly Figure[]): Map<number, number> {
  const actuals = new Map<number, number>();
  for (const figure of figures) {
    const { year, month } = yearMonth(figure);
    if (month === 12 && figure.value !== null && figure.unit === 'yuan') {
      actuals.set(year, figure.value);
    }
  }
  return actuals;
}

function forecastOf(
  plan: CultivationPlan,
  figures: readonly Figure[],
  latest: LatestRevenue | null,
  requiredPercent: number | null,
  achievedPercent: number | null,
): ForecastPoint[] {
  const actuals = fullYearActuals(figures);
  actuals.set(plan.baselineYear, plan.baselineYuan);
  const lastYear = Math.max(plan.targetYear, latest?.year ?? plan.baselineYear);
  const grow = (percentPerYear: number | null, years: number): number | null =>
    latest === null || percentPerYear === null
      ? null
      : Math.round(latest.valueYuan * (1 + percentPerYear / 100) ** years);

  const points: ForecastPoint[] = [];
  for (let year = plan.baselineYear; year <= lastYear; year += 1) {
    const sinceLatest = latest === null ? -1 : year - latest.year;
    points.push({
      year,
      actualYuan: actuals.get(year) ?? null,
      estimateYuan: latest?.isEstimate === true && sinceLatest === 0 ? latest.valueYuan : null,
      projectedYuan: sinceLatest >= 0 ? grow(achievedPercent, sinceLatest) : null,
      requiredYuan:
        sinceLatest >= 0 && year <= plan.targetYear ? grow(requiredPercent, sinceLatest) : null,
    });
  }
  return points;
}
