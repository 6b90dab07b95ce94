import { describe, expect, it } from 'vitest';
import {
  chaoyangDistrictCode,
  chaoyangStreets,
  findStreet,
  isStreetCode,
  streetKindLabels,
} from './chaoyang-streets';

const countOfKind = (kind: 'subdistrict' | 'area') =>
  chaoyangStreets.filter((street) => street.kind === kind).length;

describe("Chaoyang's 街道/地区", () => {
  it('has 43: 24 街道 and 19 地区', () => {
    expect(chaoyangStreets).toHaveLength(43);
    expect(countOfKind('subdistrict')).toBe(24);
    expect(countOfKind('area')).toBe(19);
  });

  it('codes each one once, with 9 digits under the district code', () => {
    const codes = chaoyangStreets.map((street) => street.code);
    expect(new Set(codes).size).toBe(43);
    for (const code of codes) expect(code).toMatch(new RegExp(`^${chaoyangDistrictCode}\\d{3}$`));
  });

  it('ends every name with the suffix of its kind', () => {
    for (const street of chaoyangStreets) {
      expect(street.name.endsWith(streetKindLabels[street.kind].zh)).toBe(true);
    }
  });

  it('codes 首都机场街道 110105400 and leaves 110105020 unused', () => {
    expect(findStreet('首都机场街道')?.code).toBe('110105400');
    expect(isStreetCode('110105020')).toBe(false);
    expect(findStreet('110105020')).toBeUndefined();
  });
});

describe('findStreet', () => {
  it('finds a street by code, full name or name without its suffix', () => {
    expect(findStreet('110105023')?.name).toBe('将台地区');
    expect(findStreet('将台地区')?.code).toBe('110105023');
    expect(findStreet('将台')?.code).toBe('110105023');
    expect(findStreet('首都机场')?.code).toBe('110105400');
  });

  it('accepts 乡 for a 地区, full-width digits and stray spaces', () => {
    expect(findStreet('将台乡')?.code).toBe('110105023');
    expect(findStreet('１１０１０５００１')?.name).toBe('建外街道');
    expect(findStreet(' 望京 街道 ')?.code).toBe('110105026');
  });

  it('finds nothing for a short code, another district or a bare suffix', () => {
    expect(findStreet('001')).toBeUndefined();
    expect(findStreet('西城')).toBeUndefined();
    expect(findStreet('街道')).toBeUndefined();
  });
});
