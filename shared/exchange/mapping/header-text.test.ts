import { describe, expect, it } from 'vitest';
import { headerKey, readHeader } from './header-text';

describe('headerKey', () => {
  it('drops width, case, spaces, brackets, punctuation and a 单位 statement', () => {
    expect(headerKey(' 统一社会信用代码（18位） ')).toBe('统一社会信用代码');
    expect(headerKey('Credit Code')).toBe('creditcode');
    expect(headerKey('企业\n名称*')).toBe('企业名称');
    expect(headerKey('营业收入 单位：万元')).toBe('营业收入');
  });
});

describe('readHeader', () => {
  it('reads the current figure without its period words', () => {
    expect(readHeader('营业收入（万元）本年累计')).toEqual({
      base: '营业收入',
      priorYear: false,
      growth: false,
    });
    expect(readHeader('2024年1-10月营业收入')).toEqual({
      base: '营业收入',
      priorYear: false,
      growth: false,
    });
    expect(readHeader('1—10月 累计营业收入')).toEqual({
      base: '营业收入',
      priorYear: false,
      growth: false,
    });
  });

  it('reads 上年同期 and 同比 as qualifiers of the figure', () => {
    expect(readHeader('营业收入上年同期')).toEqual({
      base: '营业收入',
      priorYear: true,
      growth: false,
    });
    expect(readHeader('上年同期')).toEqual({ base: '', priorYear: true, growth: false });
    expect(readHeader('营收同比增长（%）')).toEqual({
      base: '营收',
      priorYear: false,
      growth: true,
    });
    expect(readHeader('比上年同期增长(%)')).toEqual({ base: '', priorYear: false, growth: true });
  });

  it('gives the same answer however often it is called', () => {
    const first = readHeader('营业收入上年同期');
    expect(readHeader('营业收入上年同期')).toEqual(first);
    expect(readHeader('同比')).toEqual(readHeader('同比'));
  });
});
