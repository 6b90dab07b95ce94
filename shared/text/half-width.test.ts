import { describe, expect, it } from 'vitest';
import { toHalfWidth, toLookupKey } from './half-width';

describe('toHalfWidth', () => {
  it('turns full-width digits, letters, punctuation and the ideographic space into ASCII', () => {
    expect(toHalfWidth('９１１１\u3000ＡＢｃ－（用品）')).toBe('9111 ABc-(用品)');
  });

  it('leaves Chinese characters and Chinese punctuation alone', () => {
    expect(toHalfWidth('动漫、游戏数字内容服务。')).toBe('动漫、游戏数字内容服务。');
  });
});

describe('toLookupKey', () => {
  it('makes spellings that differ only in width and spacing equal', () => {
    expect(toLookupKey(' 文化设备（用品） 出租服务 ')).toBe(toLookupKey('文化设备(用品)出租服务'));
  });
});
