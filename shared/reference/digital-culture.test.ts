import { describe, expect, it } from 'vitest';
import { isCultureSubcategoryCode } from './culture-classification';
import {
  digitalCultureClasses,
  digitalCultureClassesUnder,
  findDigitalCultureClass,
  isDigitalCultureClassId,
} from './digital-culture';

describe('数字文化 (文化新业态) 小类', () => {
  it('lists 16 小类 numbered 1–16 in order, each name once', () => {
    expect(digitalCultureClasses.map((entry) => entry.id)).toEqual(
      Array.from({ length: 16 }, (_, index) => index + 1),
    );
    const names = digitalCultureClasses.map((entry) => entry.name);
    expect(new Set(names).size).toBe(16);
  });

  it('points each 小类 at an existing 中类, or at none when the parent is unknown', () => {
    for (const entry of digitalCultureClasses) {
      if (entry.likelyParent === null) expect(entry.parentStatus).toBe('unknown');
      else expect(isCultureSubcategoryCode(entry.likelyParent)).toBe(true);
      expect(entry.nameStatus).toBe('confirmed');
    }
    expect(findDigitalCultureClass('其他文化艺术业')?.likelyParent).toBeNull();
  });

  it('finds a 小类 by number, numeric text or exact name', () => {
    expect(findDigitalCultureClass(11)?.name).toBe('互联网广告服务');
    expect(findDigitalCultureClass(' １１ ')?.name).toBe('互联网广告服务');
    expect(findDigitalCultureClass('互联网广告服务')?.id).toBe(11);
    expect(findDigitalCultureClass('动漫、游戏数字内容服务')?.id).toBe(6);
  });

  it('finds nothing outside 1–16 or for a partial name', () => {
    expect(findDigitalCultureClass(0)).toBeUndefined();
    expect(findDigitalCultureClass(17)).toBeUndefined();
    expect(findDigitalCultureClass('互联网广告')).toBeUndefined();
    expect(isDigitalCultureClassId(16)).toBe(true);
    expect(isDigitalCultureClassId(1.5)).toBe(false);
  });

  it('offers the 小类 likely under a 中类', () => {
    expect(digitalCultureClassesUnder('024').map((entry) => entry.id)).toEqual([6, 7, 8, 9, 10]);
    expect(digitalCultureClassesUnder('032')).toEqual([]);
  });
});
