import { describe, expect, it } from 'vitest';
import {
  categoryOfSubcategory,
  cultureCategories,
  cultureSubcategories,
  domainOfSubcategory,
  findSubcategory,
  isCultureCategoryCode,
  isCultureSubcategoryCode,
  searchSubcategories,
  subcategoriesOf,
} from './culture-classification';

const codesOf = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);

describe('文化及相关产业分类(2018) tables', () => {
  it('has 9 大类 coded 01–09, 01–06 核心领域 and 07–09 相关领域', () => {
    expect(codesOf(cultureCategories)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
    ]);
    for (const category of cultureCategories) {
      expect(category.domain).toBe(Number(category.code) <= 6 ? 'core' : 'related');
    }
  });

  it('has 43 中类 split 4+7+2+7+2+3+7+6+5 over the 大类', () => {
    expect(cultureSubcategories).toHaveLength(43);
    expect(cultureCategories.map((category) => subcategoriesOf(category.code).length)).toEqual([
      4, 7, 2, 7, 2, 3, 7, 6, 5,
    ]);
  });

  it('gives every 中类 an existing 大类 whose code prefixes its own', () => {
    for (const subcategory of cultureSubcategories) {
      expect(isCultureCategoryCode(subcategory.category)).toBe(true);
      expect(subcategory.code).toMatch(new RegExp(`^${subcategory.category}\\d$`));
    }
  });

  it('uses every code and every 中类 name once', () => {
    const codes = [...codesOf(cultureCategories), ...codesOf(cultureSubcategories)];
    expect(new Set(codes).size).toBe(codes.length);
    const names = cultureSubcategories.map((subcategory) => subcategory.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the 大类 confirmed and marks every 中类 as not yet verified', () => {
    expect(cultureCategories.every((category) => category.status === 'confirmed')).toBe(true);
    expect(
      cultureSubcategories.every((subcategory) => subcategory.status === 'recalled-unverified'),
    ).toBe(true);
  });
});

describe('derived 大类 and domain', () => {
  it('derives 大类 and 核心/相关 from the 中类', () => {
    expect(categoryOfSubcategory('031').name).toBe('创意设计服务');
    expect(domainOfSubcategory('031')).toBe('core');
    expect(categoryOfSubcategory('095').name).toBe('文化消费终端生产');
    expect(domainOfSubcategory('071')).toBe('related');
  });

  it('recognises only listed codes', () => {
    expect(isCultureSubcategoryCode('024')).toBe(true);
    expect(isCultureSubcategoryCode('019')).toBe(false);
    expect(isCultureSubcategoryCode('24')).toBe(false);
  });
});

describe('findSubcategory', () => {
  it('finds a 中类 by exact code, with spaces or in full width', () => {
    expect(findSubcategory('031')?.name).toBe('广告服务');
    expect(findSubcategory(' 0 31 ')?.name).toBe('广告服务');
    expect(findSubcategory('０３１')?.name).toBe('广告服务');
  });

  it('finds a 中类 by its exact name, ignoring width and spaces', () => {
    expect(findSubcategory('广告服务')?.code).toBe('031');
    expect(findSubcategory(' 设计 服务 ')?.code).toBe('032');
    expect(findSubcategory('文化设备(用品)出租服务')?.code).toBe('076');
  });

  it('does not guess from a short code, a 大类 code or part of a name', () => {
    expect(findSubcategory('31')).toBeUndefined();
    expect(findSubcategory('03')).toBeUndefined();
    expect(findSubcategory('广告')).toBeUndefined();
    expect(findSubcategory('')).toBeUndefined();
  });
});

describe('searchSubcategories', () => {
  it('lists every 中类 in code order for an empty query', () => {
    expect(codesOf(searchSubcategories('  '))).toEqual(codesOf(cultureSubcategories));
  });

  it('lists a 大类 code’s 中类 by code prefix', () => {
    expect(codesOf(searchSubcategories('03'))).toEqual(['031', '032']);
    expect(codesOf(searchSubcategories('08'))).toEqual(['081', '082', '083', '084', '085', '086']);
  });

  it('puts name prefixes before substrings, then 大类 name matches', () => {
    // 设计服务 starts with 设计; 创意设计服务 (大类 03) also lists 广告服务.
    expect(codesOf(searchSubcategories('设计'))).toEqual(['032', '031']);
    // 游乐游艺设备制造 starts with 游; 景区游览服务 and 休闲观光游览服务 only contain it.
    expect(codesOf(searchSubcategories('游'))).toEqual(['085', '062', '063']);
    // Equal ranks stay in code order.
    expect(codesOf(searchSubcategories('广播'))).toEqual(['013', '022', '042', '043', '082']);
  });

  it('puts an exact name before names that merely start with it', () => {
    expect(codesOf(searchSubcategories('互联网文化娱乐平台'))[0]).toBe('045');
    expect(codesOf(searchSubcategories('出版'))).toEqual(['021', '041']);
  });

  it('finds nothing for text in no name', () => {
    expect(searchSubcategories('房地产')).toEqual([]);
  });
});
