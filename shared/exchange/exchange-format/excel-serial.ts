/**
 * ISO dates to Excel day serials (1900 date system, the default of every new workbook), the
 * inverse of the import's excelSerialToIsoDate. UTC arithmetic only: no time zone moves a day.
 */
import { isoDateParts, type IsoDate } from '../../dates/iso-date';

const dayMs = 86_400_000;
const epoch1900Ms = Date.UTC(1899, 11, 30);
/** Serials before 1900-03-01 count Lotus's phantom 1900-02-29 differently; none are written. */
const firstExactSerial = 61;

export function isoDateToExcelSerial(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  const serial = Math.round((Date.UTC(year, month - 1, day) - epoch1900Ms) / dayMs);
  return serial < firstExactSerial ? serial - 1 : serial;
}
