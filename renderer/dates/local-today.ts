import { makeIsoDate, type IsoDate } from '../../shared/dates/iso-date';

/** Today on the user's calendar (not UTC's): what "入驻日期: today" and the latest period mean. */
export function localToday(now: Date = new Date()): IsoDate {
  return makeIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
