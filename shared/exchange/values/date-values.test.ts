import { afterEach, describe, expect, it } from 'vitest';
import type { SheetCell } from '../workbook/sheet-grid';
import { excelSerialToIsoDate, normaliseDate, parseDateText } from './date-values';

const dateOf = (cell: SheetCell, date1904 = false) => {
  const result = normaliseDate(cell, date1904);
  return result.ok ? result.value : result.problem.code;
};

describe('excelSerialToIsoDate', () => {
  it('counts the 1900 system with its phantom 1900-02-29', () => {
    expect(excelSerialToIsoDate(1, false)).toEqual({ ok: true, date: '1900-01-01' });
    expect(excelSerialToIsoDate(59, false)).toEqual({ ok: true, date: '1900-02-28' });
    expect(excelSerialToIsoDate(60, false)).toEqual({ ok: false, reason: 'phantom-leap-day' });
    expect(excelSerialToIsoDate(61, false)).toEqual({ ok: true, date: '1900-03-01' });
    expect(excelSerialToIsoDate(43891, false)).toEqual({ ok: true, date: '2020-03-01' });
    expect(excelSerialToIsoDate(45352, false)).toEqual({ ok: true, date: '2024-03-01' });
    expect(excelSerialToIsoDate(0, false)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('counts the 1904 system from 1904-01-01, 1462 days later', () => {
    expect(excelSerialToIsoDate(0, true)).toEqual({ ok: true, date: '1904-01-01' });
    expect(excelSerialToIsoDate(43891 - 1462, true)).toEqual({ ok: true, date: '2020-03-01' });
  });

  it('drops the time of day, even a minute before midnight', () => {
    expect(excelSerialToIsoDate(45352.999, false)).toEqual({ ok: true, date: '2024-03-01' });
  });
});

describe('dates in every time zone', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('gives the same date at UTC+14 and UTC-11: no date moves by a day', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai']) {
      process.env.TZ = zone;
      expect(dateOf({ value: 45352 })).toBe('2024-03-01');
      expect(dateOf({ value: 42429 }, true)).toBe('2020-03-01');
      expect(dateOf({ value: '2024年3月1日' })).toBe('2024-03-01');
    }
  });
});

describe('parseDateText', () => {
  it('reads the forms offices type', () => {
    const forms = [
      '2024-03-01',
      '2024/3/1',
      '2024.3.1',
      '2024年3月1日',
      '2024年3月1号',
      '20240301',
      '２０２４－０３－０１',
      '2024-03-01 00:00:00',
      '2024-03-01T08:00:00+08:00',
    ];
    for (const form of forms) expect([form, parseDateText(form)]).toEqual([form, '2024-03-01']);
  });

  it('takes a month without a day as its first day', () => {
    expect(parseDateText('2024年3月')).toBe('2024-03-01');
    expect(parseDateText('2024-03')).toBe('2024-03-01');
  });

  it('refuses days that do not exist and ambiguous forms', () => {
    expect(parseDateText('2024-02-30')).toBeUndefined();
    expect(parseDateText('2023-02-29')).toBeUndefined();
    expect(parseDateText('3/1/2024')).toBeUndefined();
    expect(parseDateText('24-3-1')).toBeUndefined();
  });
});

describe('normaliseDate', () => {
  it('reads serials, typed yyyymmdd numbers and text', () => {
    expect(dateOf({ value: 43891, numberFormat: 'yyyy-mm-dd' })).toBe('2020-03-01');
    expect(dateOf({ value: 20240301 })).toBe('2024-03-01');
    expect(dateOf({ value: '2024.3.1' })).toBe('2024-03-01');
  });

  it('names what it found and the form expected', () => {
    const result = normaliseDate({ value: '下月初' }, false);
    expect(result.ok ? null : result.problem.message.zh).toBe(
      '“下月初” 不是日期：请填写 年-月-日，如 2024-03-01、2024/3/1 或 2024年3月1日',
    );
    expect(dateOf({ value: 60 })).toBe('not-a-calendar-date');
    expect(dateOf({ value: true })).toBe('not-a-date');
  });
});
