/**
 * Every stored record carries a stable id, a version incremented on each change, when it last
 * changed, and deletion as a tombstone. These let an exported workbook be compared three ways
 * (as exported, as returned, as now) and let a deletion travel through a round trip.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

export const recordMetaSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.number().int().min(1),
  /** ISO 8601 timestamp of the last change. */
  updatedAt: z.iso.datetime({ offset: true }),
  /** Set when the record was deleted; the record stays as a tombstone. */
  deletedAt: z.iso.datetime({ offset: true }).optional(),
  /** Part of the built-in demo registry (shown as 示例, removed together by one action). */
  demo: z.literal(true).optional(),
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: '日期应为 YYYY-MM-DD 格式的有效日期 / a valid YYYY-MM-DD date' });

/** A count or an area: finite and not negative. */
export const nonNegativeSchema = z.number().min(0);

/** Integer 元 (see shared/money). */
export const yuanSchema = z
  .number()
  .int()
  .refine(Number.isSafeInteger, '金额超出范围 / amount out of range');

export const optionalText = z.string().trim().max(500).optional();

/** Fields of a record that are its content, not its bookkeeping: what a diff compares. */
export type RecordContent<T extends RecordMeta> = Omit<T, keyof RecordMeta>;

export function isLive(record: RecordMeta): boolean {
  return record.deletedAt === undefined;
}
