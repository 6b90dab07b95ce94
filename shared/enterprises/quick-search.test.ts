import { describe, expect, it } from 'vitest';
import {
  matchesQuickSearch,
  nameInitials,
  prepareQuickSearch,
  type QuickSearchEntry,
} from './quick-search';

function entry(name: string, creditCode = '91110108551385082Q'): QuickSearchEntry {
  return { name, creditCode, initials: nameInitials(name) };
}

function search(query: string, entries: QuickSearchEntry[]): string[] {
  const prepared = prepareQuickSearch(query);
  return prepared === null
    ? []
    : entries.filter((e) => matchesQuickSearch(e, prepared)).map((e) => e.name);
}

describe('quick search', () => {
  const entries = [
    entry('北京星河文化传媒有限公司'),
    entry('中国银行股份有限公司', '91100000100003962T'),
    entry('798艺术区管理有限公司', '91440300708461136T'),
  ];

  it('makes 拼音 initials, reading polyphonic characters in context', () => {
    expect(nameInitials('北京星河文化传媒有限公司')).toBe('bjxhwhcmyxgs');
    expect(nameInitials('中国银行')).toBe('zgyh');
    expect(nameInitials('798艺术区')).toBe('798ysq');
  });

  it('finds by part of the name, the code or the initials', () => {
    expect(search('星河', entries)).toEqual(['北京星河文化传媒有限公司']);
    expect(search('962t', entries)).toEqual(['中国银行股份有限公司']);
    expect(search('ZGYH', entries)).toEqual(['中国银行股份有限公司']);
    expect(search('798', entries)).toEqual(['798艺术区管理有限公司']);
  });

  it('accepts full-width input and ignores spaces', () => {
    expect(search('７９８', entries)).toEqual(['798艺术区管理有限公司']);
    expect(search(' 星 河 ', entries)).toEqual(['北京星河文化传媒有限公司']);
  });

  it('treats an empty query as no filter', () => {
    expect(prepareQuickSearch('   ')).toBeNull();
  });
});
