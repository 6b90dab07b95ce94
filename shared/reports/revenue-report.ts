import { z } from 'zod';
import { isPeriod } from '../periods/period';
import { recordMetaSchema, yuanSchema } from '../records/record-meta';

export const periodSchema = z.string().refine(isPeriod, {
  error: '期间应为 YYYY-MM（2–12月，表示1–N月累计）/ period must be YYYY-MM, month 2–12',
});

/**
 * One enterprise's cumulative figures for 1–N月 of a year. Every figure is optional: a form
 * may report revenue and leave tax blank, and a blank is not a zero.
 */
export const revenueReportSchema = recordMetaSchema.extend({
  enterpriseId: z.string().min(1),
  period: periodSchema,
  /** 营业收入, 1–N月累计 */
  revenueYuan: yuanSchema.optional(),
  /** 上年同期 */
  priorYearRevenueYuan: yuanSchema.optional(),
  /**
   * 同比增速 (%) exactly as reported: the statistics office computes it on a comparable set of
   * enterprises (可比口径), so it is stored and never recomputed from the two totals.
   */
  yoyGrowthReportedPercent: z.number().min(-100).max(100_000).optional(),
  /** 利润总额 (may be negative) */
  profitYuan: yuanSchema.optional(),
  /** 纳税总额 */
  taxYuan: yuanSchema.optional(),
  /** 期末从业人员 (people at the end of the period, not an average) */
  employeesAtPeriodEnd: z.number().int().min(0).optional(),
});

export type RevenueReport = z.infer<typeof revenueReportSchema>;

/** The fields a report form fills: everything but identity and bookkeeping. */
export const reportFigureFields = [
  'revenueYuan',
  'priorYearRevenueYuan',
  'yoyGrowthReportedPercent',
  'profitYuan',
  'taxYuan',
  'employeesAtPeriodEnd',
] as const satisfies readonly (keyof RevenueReport)[];

export type ReportFigureField = (typeof reportFigureFields)[number];
