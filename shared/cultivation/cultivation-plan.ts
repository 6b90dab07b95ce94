import { z } from 'zod';
import type { LocalizedText } from '../text/localized-text';
import { tenBillionYuan } from '../money/money';
import { isoDateSchema, optionalText, recordMetaSchema, yuanSchema } from '../records/record-meta';

/**
 * What a park's revenue figure counts. There is no official definition of 百亿园区 and public
 * claims use different bases, so every plan records its own.
 */
export const revenueBases = ['all-tenants', 'culture-tenants', 'output-value', 'other'] as const;
export type RevenueBase = (typeof revenueBases)[number];

export const revenueBaseLabels: Readonly<Record<RevenueBase, LocalizedText>> = {
  'all-tenants': { zh: '全部入驻企业营业收入', en: "All tenants' revenue" },
  'culture-tenants': { zh: '文化类入驻企业营业收入', en: "Culture tenants' revenue" },
  'output-value': { zh: '产值', en: 'Output value' },
  other: { zh: '其他口径', en: 'Other basis' },
};

export const milestoneStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const milestoneStatusLabels: Readonly<Record<MilestoneStatus, LocalizedText>> = {
  planned: { zh: '未开始', en: 'Planned' },
  'in-progress': { zh: '进行中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  dropped: { zh: '已取消', en: 'Dropped' },
};

export const milestoneSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, '里程碑名称不能为空 / milestone title is required').max(200),
  dueOn: isoDateSchema,
  status: z.enum(milestoneStatuses).default('planned'),
  doneOn: isoDateSchema.optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** The end of the district's three-year action plan (国家文创实验区高质量发展三年行动计划). */
export const defaultTargetYear = 2027;

export const cultivationPlanSchema = recordMetaSchema
  .extend({
    parkId: z.string().min(1),
    targetYuan: yuanSchema
      .refine((v) => v > 0, '目标须大于0 / target must be positive')
      .default(tenBillionYuan),
    targetYear: z.number().int().min(2020).max(2100).default(defaultTargetYear),
    baselineYear: z.number().int().min(2000).max(2100),
    baselineYuan: yuanSchema.refine((v) => v >= 0, '基数不能为负 / baseline cannot be negative'),
    revenueBase: z.enum(revenueBases).default('all-tenants'),
    /** What "other" means, or a note on the basis. */
    revenueBaseNote: optionalText,
    milestones: z.array(milestoneSchema).default([]),
  })
  .refine((plan) => plan.targetYear > plan.baselineYear, {
    error: '目标年份应晚于基准年份 / the target year must come after the baseline year',
    path: ['targetYear'],
  });

export type CultivationPlan = z.infer<typeof cultivationPlanSchema>;
