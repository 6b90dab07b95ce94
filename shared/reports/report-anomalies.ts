/**
 * Checks on one enterprise's report for a period against what it reported before: the slips a
 * hand-typed or imported 1–N月 figure most often carries. Errors are figures that cannot be
 * right (they are not saved); warnings are figures worth a second look (saved, and listed).
 * Used by revenue entry as each cell is typed and by the import for each row.
 */
import { formatMoney } from '../money/money';
import { localized, type LocalizedText } from '../text/localized-text';
import type { ReportFigureField, RevenueReport } from './revenue-report';

export type ReportFigures = Partial<Pick<RevenueReport, ReportFigureField>>;

export type AnomalySeverity = 'error' | 'warning';

export type ReportAnomalyKind =
  | 'negative-revenue'
  | 'cumulative-decrease'
  | 'yoy-out-of-range'
  | 'unit-slip-too-large'
  | 'unit-slip-too-small';

export interface ReportAnomaly {
  readonly kind: ReportAnomalyKind;
  readonly severity: AnomalySeverity;
  /** The figure the anomaly is about: where the UI marks it. */
  readonly field: ReportFigureField;
  readonly message: LocalizedText;
}

/** What the figures are compared with. */
export interface ReportAnomalyContext {
  /** The same enterprise's report for the period before in the same year (1–(N−1)月). */
  readonly previousPeriod?: ReportFigures | undefined;
  /** Its report for the same period last year. */
  readonly samePeriodLastYear?: ReportFigures | undefined;
}

/** Beyond this, a year-on-year change is more often a typing slip than a business event. */
export const yoyWarningPercent = 300;

/**
 * A unit slip (元 typed into a 万元 column, or 亿元) makes a figure 10,000 times too large or
 * small. Months accumulate and businesses grow, so "about 10,000×" allows a factor of 5 either
 * way: far outside any real month-to-month or year-to-year change, and far from 1.
 */
export const unitSlipRatio = 10_000;
const unitSlipTolerance = 5;

const moneyFields = ['revenueYuan', 'priorYearRevenueYuan'] as const;

function wan(yuan: number): string {
  return formatMoney(yuan, { unit: 'wan-yuan', withUnit: 'zh' });
}

function wanEn(yuan: number): string {
  return formatMoney(yuan, { unit: 'wan-yuan', withUnit: 'en' });
}

function negativeRevenue(figures: ReportFigures): ReportAnomaly[] {
  return moneyFields.flatMap((field) => {
    const value = figures[field];
    if (value === undefined || value >= 0) return [];
    const what =
      field === 'revenueYuan'
        ? ['营业收入', 'Revenue']
        : ['上年同期营业收入', 'Last year\u2019s revenue'];
    return [
      {
        kind: 'negative-revenue',
        severity: 'error',
        field,
        message: localized(
          `${what[0]}不能为负数（填的是 ${wan(value)}）；亏损请填在利润总额中`,
          `${what[1]} cannot be negative (${wanEn(value)} was entered); a loss belongs in total profit`,
        ),
      },
    ];
  });
}

function cumulativeDecrease(
  figures: ReportFigures,
  previous: ReportFigures | undefined,
): ReportAnomaly[] {
  const value = figures.revenueYuan;
  const before = previous?.revenueYuan;
  if (value === undefined || before === undefined || value >= before || value < 0) return [];
  return [
    {
      kind: 'cumulative-decrease',
      severity: 'warning',
      field: 'revenueYuan',
      message: localized(
        `1–N月累计营业收入 ${wan(value)} 低于上月累计 ${wan(before)}：累计数一般只增不减，请核对是否填成了当月数`,
        `Cumulative revenue ${wanEn(value)} is lower than last month's cumulative ${wanEn(before)}: a year-to-date figure rarely falls; was a single month's figure entered?`,
      ),
    },
  ];
}

/** Growth in % from `before` to `value`, or undefined when it cannot be computed. */
function growthPercent(value: number | undefined, before: number | undefined): number | undefined {
  if (value === undefined || before === undefined || before <= 0 || value < 0) return undefined;
  return ((value - before) / before) * 100;
}

function formatPercent(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** The reported 同比 beyond the range. */
function reportedYoyOutOfRange(figures: ReportFigures): ReportAnomaly[] {
  const reported = figures.yoyGrowthReportedPercent;
  if (reported === undefined || Math.abs(reported) <= yoyWarningPercent) return [];
  return [
    {
      kind: 'yoy-out-of-range',
      severity: 'warning',
      field: 'yoyGrowthReportedPercent',
      message: localized(
        `同比增速 ${formatPercent(reported)} 超出 ±${yoyWarningPercent}%，请核对是否多打了位数或填错了单位`,
        `Year-on-year growth of ${formatPercent(reported)} is beyond ±${yoyWarningPercent}%; check for an extra digit or a wrong unit`,
      ),
    },
  ];
}

/**
 * Revenue against the same period last year beyond the range. Checked even beside a reported
 * 同比: that rate is on a comparable basis and may differ a little, never by hundreds of percent.
 */
function revenueYoyOutOfRange(
  figures: ReportFigures,
  lastYear: ReportFigures | undefined,
): ReportAnomaly[] {
  const base = figures.priorYearRevenueYuan ?? lastYear?.revenueYuan;
  const computed = growthPercent(figures.revenueYuan, base);
  if (computed === undefined || base === undefined || Math.abs(computed) <= yoyWarningPercent) {
    return [];
  }
  return [
    {
      kind: 'yoy-out-of-range',
      severity: 'warning',
      field: 'revenueYuan',
      message: localized(
        `营业收入比上年同期 ${wan(base)} 变化 ${formatPercent(computed)}，超出 ±${yoyWarningPercent}%，请核对`,
        `Revenue changed ${formatPercent(computed)} on the same period last year (${wanEn(base)}), beyond ±${yoyWarningPercent}%; please check`,
      ),
    },
  ];
}

/** Whether `value` is about 10,000 times `reference` (direction 1) or a 10,000th of it (−1). */
function slipDirection(value: number, reference: number): 1 | -1 | 0 {
  if (value <= 0 || reference <= 0) return 0;
  const ratio = value / reference;
  const low = unitSlipRatio / unitSlipTolerance;
  const high = unitSlipRatio * unitSlipTolerance;
  if (ratio >= low && ratio <= high) return 1;
  if (ratio <= 1 / low && ratio >= 1 / high) return -1;
  return 0;
}

interface SlipReference {
  readonly value: number | undefined;
  readonly zh: string;
  readonly en: string;
}

function unitSlip(
  field: ReportFigureField,
  value: number | undefined,
  references: readonly SlipReference[],
) {
  if (value === undefined) return [];
  for (const reference of references) {
    if (reference.value === undefined) continue;
    const direction = slipDirection(value, reference.value);
    if (direction === 0) continue;
    const anomaly: ReportAnomaly =
      direction === 1
        ? {
            kind: 'unit-slip-too-large',
            severity: 'warning',
            field,
            message: localized(
              `${wan(value)} 约为${reference.zh} ${wan(reference.value)} 的一万倍：是否把元当成了万元？`,
              `${wanEn(value)} is about 10,000 times ${reference.en} (${wanEn(reference.value)}): was it entered in yuan instead of 10k yuan?`,
            ),
          }
        : {
            kind: 'unit-slip-too-small',
            severity: 'warning',
            field,
            message: localized(
              `${wan(value)} 约为${reference.zh} ${wan(reference.value)} 的万分之一：是否把亿元当成了万元？`,
              `${wanEn(value)} is about a 10,000th of ${reference.en} (${wanEn(reference.value)}): was it entered in 100m yuan instead of 10k yuan?`,
            ),
          };
    return [anomaly];
  }
  return [];
}

function unitSlips(figures: ReportFigures, context: ReportAnomalyContext): ReportAnomaly[] {
  const lastYear = context.samePeriodLastYear?.revenueYuan;
  const priorYearSlips = unitSlip('priorYearRevenueYuan', figures.priorYearRevenueYuan, [
    { value: lastYear, zh: '去年报送的同期数', en: 'the figure reported last year' },
    {
      value: context.previousPeriod?.priorYearRevenueYuan,
      zh: '上月填报的上年同期',
      en: "last month's prior-year figure",
    },
  ]);
  // Figures already reported are the firmer reference; a slipped prior-year figure is none.
  const revenueSlips = unitSlip('revenueYuan', figures.revenueYuan, [
    { value: context.previousPeriod?.revenueYuan, zh: '上月累计', en: "last month's cumulative" },
    { value: lastYear, zh: '上年同期', en: 'the same period last year' },
    {
      value: priorYearSlips.length === 0 ? figures.priorYearRevenueYuan : undefined,
      zh: '上年同期',
      en: 'the same period last year',
    },
  ]);
  return [...revenueSlips, ...priorYearSlips];
}

/**
 * Whether a unit slip already accounts for an anomaly: a figure 10,000× off also falls below last
 * month and swings the computed YoY, and saying all three would bury the cause.
 */
function explainedBySlip(anomaly: ReportAnomaly, slips: readonly ReportAnomaly[]): boolean {
  if (slips.length === 0) return false;
  const computedYoy = anomaly.kind === 'yoy-out-of-range' && anomaly.field === 'revenueYuan';
  return computedYoy || slips.some((slip) => slip.field === anomaly.field);
}

/** Every anomaly of a report's figures, errors first, each naming the figure it is about. */
export function findReportAnomalies(
  figures: ReportFigures,
  context: ReportAnomalyContext = {},
): ReportAnomaly[] {
  const slips = unitSlips(figures, context);
  const consequences = [
    ...cumulativeDecrease(figures, context.previousPeriod),
    ...reportedYoyOutOfRange(figures),
    ...revenueYoyOutOfRange(figures, context.samePeriodLastYear),
  ].filter((anomaly) => !explainedBySlip(anomaly, slips));
  return [...negativeRevenue(figures), ...slips, ...consequences];
}

export function hasErrors(anomalies: readonly ReportAnomaly[]): boolean {
  return anomalies.some((anomaly) => anomaly.severity === 'error');
}
