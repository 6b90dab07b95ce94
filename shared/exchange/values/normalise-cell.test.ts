import { describe, expect, it } from 'vitest';
import { importField } from '../mapping/import-fields';
import { normaliseCell, type NormaliseContext } from './normalise-cell';

const context: NormaliseContext = { unit: null, date1904: false, titleYear: null };

describe('normaliseCell', () => {
  it('reads each kind with what its column and sheet give it', () => {
    expect(normaliseCell({ value: 123.4 }, 'money', { ...context, unit: 'wan-yuan' })).toEqual({
      ok: true,
      value: 1_234_000,
    });
    expect(normaliseCell({ value: 123 }, 'money', context)).toEqual({ ok: true, value: 123 });
    expect(normaliseCell({ value: 2 }, 'area', { ...context, unit: 'hectare' })).toEqual({
      ok: true,
      value: 20_000,
    });
    expect(normaliseCell({ value: 0 }, 'date', { ...context, date1904: true })).toEqual({
      ok: true,
      value: '1904-01-01',
    });
    expect(normaliseCell({ value: '1-10月' }, 'period', { ...context, titleYear: 2024 })).toEqual({
      ok: true,
      value: '2024-10',
    });
    const status = importField('enterpriseStatus');
    expect(
      normaliseCell({ value: '存续' }, 'choice', { ...context, choices: status.choices }),
    ).toEqual({ ok: true, value: 'active' });
  });

  it('gives nothing for ignored columns and null for blanks of every kind', () => {
    expect(normaliseCell({ value: 7 }, 'ignored', context)).toEqual({ ok: true, value: null });
    for (const kind of ['text', 'money', 'date', 'boolean', 'subcategory', 'period'] as const) {
      expect(normaliseCell(undefined, kind, context)).toEqual({ ok: true, value: null });
    }
  });
});
