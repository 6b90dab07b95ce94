import { z } from 'zod';
import type { LocalizedText } from '../text/localized-text';
import { isoDateSchema, recordMetaSchema } from '../records/record-meta';

/** The kinds of 园区活动 the district counts (文化展览、创意市集、音乐展演、文化沙龙、沉浸式体验、图书阅读). */
export const parkEventTypes = [
  'exhibition',
  'market',
  'performance',
  'salon',
  'immersive',
  'reading',
  'other',
] as const;
export type ParkEventType = (typeof parkEventTypes)[number];

export const parkEventTypeLabels: Readonly<Record<ParkEventType, LocalizedText>> = {
  exhibition: { zh: '展览', en: 'Exhibition' },
  market: { zh: '市集', en: 'Market' },
  performance: { zh: '演出', en: 'Performance' },
  salon: { zh: '沙龙', en: 'Salon' },
  immersive: { zh: '沉浸式体验', en: 'Immersive experience' },
  reading: { zh: '阅读', en: 'Reading' },
  other: { zh: '其他', en: 'Other' },
};

export const parkEventSchema = recordMetaSchema.extend({
  parkId: z.string().min(1),
  title: z.string().trim().min(1, '活动名称不能为空 / event title is required').max(200),
  type: z.enum(parkEventTypes),
  date: isoDateSchema,
  /** 参与人次 */
  visitors: z.number().int().min(0).optional(),
});

export type ParkEvent = z.infer<typeof parkEventSchema>;
