import { describe, expect, it } from 'vitest';
import { aPark } from '../../shared/test-support/builders';
import { parkFormValues, parkFromForm } from './park-form';

describe('park profile form', () => {
  const park = aPark({
    name: '莱锦文化创意产业园',
    aliases: ['莱锦'],
    themes: ['传媒出版'],
    rentableAreaSqm: 12000,
  });

  it('round-trips a park through the form unchanged', () => {
    expect(parkFromForm(park, parkFormValues(park))).toEqual({ ok: true, park });
  });

  it('splits lists on Chinese and Western separators and reads areas with separators', () => {
    const result = parkFromForm(park, {
      ...parkFormValues(park),
      aliases: '莱锦，莱锦园、 LJ',
      rentableAreaSqm: '12,500',
      streetCode: '110105022',
    });
    expect(result).toMatchObject({
      ok: true,
      park: { aliases: ['莱锦', '莱锦园', 'LJ'], rentableAreaSqm: 12500, streetCode: '110105022' },
    });
  });

  it('names each field that is wrong, in the model’s words', () => {
    const result = parkFromForm(park, {
      ...parkFormValues(park),
      name: ' ',
      rentableAreaSqm: '一万',
      streetCode: '110105020',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.name?.zh).toMatch(/园区名称不能为空/);
    expect(result.problems.rentableAreaSqm?.zh).toMatch(/数字/);
    expect(result.problems.streetCode?.zh).toMatch(/43个街道/);
  });
});
