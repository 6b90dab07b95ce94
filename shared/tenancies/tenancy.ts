import { z } from 'zod';
import {
  isoDateSchema,
  nonNegativeSchema,
  optionalText,
  recordMetaSchema,
} from '../records/record-meta';
import type { IsoDate } from '../dates/iso-date';

/**
 * An enterprise's stay in a park. An enterprise that moves keeps its one identity and gains a
 * new tenancy; the old one gets its 迁出日期.
 */
export const tenancySchema = recordMetaSchema
  .extend({
    enterpriseId: z.string().min(1),
    parkId: z.string().min(1),
    /** 楼栋 */
    building: optionalText,
    /** 房间 */
    room: optionalText,
    leasedAreaSqm: nonNegativeSchema.optional(),
    movedInOn: isoDateSchema.optional(),
    leaseEndsOn: isoDateSchema.optional(),
    movedOutOn: isoDateSchema.optional(),
  })
  .refine((t) => !t.movedInOn || !t.movedOutOn || t.movedOutOn >= t.movedInOn, {
    error: '迁出日期早于入驻日期 / move-out date is before the move-in date',
    path: ['movedOutOn'],
  });

export type Tenancy = z.infer<typeof tenancySchema>;

/** Whether the enterprise was in the park on a date (moved in by then, not yet moved out). */
export function isTenantOn(
  tenancy: Pick<Tenancy, 'movedInOn' | 'movedOutOn'>,
  date: IsoDate,
): boolean {
  return (
    (tenancy.movedInOn === undefined || tenancy.movedInOn <= date) &&
    (tenancy.movedOutOn === undefined || tenancy.movedOutOn > date)
  );
}
