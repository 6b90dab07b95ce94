import { Dexie } from 'dexie';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ParkEvent } from '../../../shared/events/park-event';
import { isLive } from '../../../shared/records/record-meta';
import type { RegistryContext } from '../registry-context';
import { VersionedRepository } from './versioned-repository';

/** Dates from and to, both included; either open. */
export interface DateRange {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

export class ParkEventsRepository extends VersionedRepository<'parkEvents'> {
  constructor(context: RegistryContext) {
    super(context, 'parkEvents');
  }

  /** A park's events by date, through the [parkId+date] index. */
  ofPark(parkId: string, range: DateRange = {}): Promise<ParkEvent[]> {
    return this.table
      .where('[parkId+date]')
      .between([parkId, range.from ?? Dexie.minKey], [parkId, range.to ?? Dexie.maxKey], true, true)
      .filter(isLive)
      .toArray();
  }

  /** Every park's events in a date range, by date. */
  inRange(range: DateRange): Promise<ParkEvent[]> {
    return this.table
      .where('date')
      .between(range.from ?? Dexie.minKey, range.to ?? Dexie.maxKey, true, true)
      .filter(isLive)
      .toArray();
  }
}
