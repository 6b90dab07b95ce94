import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../dates/iso-date';
import { excelSerialToIsoDate } from '../values/date-values';
import { isoDateToExcelSerial } from './excel-serial';

describe('isoDateToExcelSerial', () => {
  it.each<[IsoDate, number]>([
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2024-02-29', 45351],
    ['2024-10-31', 45596],
  ])('%s is serial %i, as Excel counts', (date, serial) => {
    expect(isoDateToExcelSerial(date)).toBe(serial);
  });

  it.each<IsoDate>(['1900-01-01', '1900-02-28', '1999-12-31', '2027-12-31'])(
    '%s reads back as itself through the import',
    (date) => {
      expect(excelSerialToIsoDate(isoDateToExcelSerial(date), false)).toEqual({ ok: true, date });
    },
  );
});
