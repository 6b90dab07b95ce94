import { describe, expect, it } from 'vitest';
import { enterpriseNameKey } from './name-key';

describe('enterpriseNameKey', () => {
  it('reads the usual spellings of one name as one key', () => {
    const spellings = [
      '北京星河文化传媒有限公司',
      '星河文化传媒（北京）有限公司',
      '星河文化传媒(北京)有限公司',
      '北京 星河文化传媒',
      '北京市星河文化传媒有限责任公司',
    ];
    const keys = new Set(spellings.map(enterpriseNameKey));
    expect(keys).toEqual(new Set(['星河文化传媒']));
  });

  it('keeps names apart that differ in their own words', () => {
    expect(enterpriseNameKey('北京星河文化传媒有限公司')).not.toBe(
      enterpriseNameKey('北京星海文化传媒有限公司'),
    );
    expect(enterpriseNameKey('星河（集团）有限公司')).toBe('星河集团');
  });
});
