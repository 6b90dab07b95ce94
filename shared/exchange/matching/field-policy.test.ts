import { describe, expect, it } from 'vitest';
import { mergedValue, sameValue } from './field-policy';

describe('mergedValue', () => {
  it('applies each policy to a stored value', () => {
    expect(mergedValue('contactName', '张三', '李四', 'overwrite')).toBe('李四');
    expect(mergedValue('contactName', '张三', '李四', 'fill-empty')).toBe('张三');
    expect(mergedValue('contactName', undefined, '李四', 'fill-empty')).toBe('李四');
    expect(mergedValue('contactName', undefined, '李四', 'keep-mine')).toBeUndefined();
  });

  it('merges 规上 by year and certifications by year, keeping the other years', () => {
    expect(mergedValue('aboveScaleByYear', { 2023: true }, { 2024: false }, 'overwrite')).toEqual({
      2023: true,
      2024: false,
    });
    const certifications = mergedValue(
      'certifications',
      [{ year: 2020, tier: 'district' }],
      [{ year: 2022, tier: 'municipal' }],
      'overwrite',
    );
    expect(certifications).toEqual([
      { year: 2020, tier: 'district' },
      { year: 2022, tier: 'municipal' },
    ]);
  });

  it('keeps the source of a year’s certification, which the sheet does not carry', () => {
    const stored = [{ year: 2019, tier: 'district', source: '朝阳区公示' }];
    expect(
      mergedValue('certifications', stored, [{ year: 2019, tier: 'district' }], 'overwrite'),
    ).toEqual(stored);
    expect(
      mergedValue('certifications', stored, [{ year: 2019, tier: 'municipal' }], 'overwrite'),
    ).toEqual([{ year: 2019, tier: 'municipal', source: '朝阳区公示' }]);
  });

  it('replaces certifications given whole, still keeping each year’s source', () => {
    const stored = [
      { year: 2019, tier: 'district', source: '朝阳区公示' },
      { year: 2021, tier: 'municipal', source: '市文资中心' },
    ];
    const given = [{ year: 2021, tier: 'municipal-demonstration' }];
    expect(mergedValue('certifications', stored, given, 'overwrite', 'whole')).toEqual([
      { year: 2021, tier: 'municipal-demonstration', source: '市文资中心' },
    ]);
    expect(mergedValue('certifications', stored, [], 'overwrite', 'whole')).toEqual([]);
    expect(mergedValue('certifications', stored, given, 'keep-mine', 'whole')).toEqual(stored);
  });
});

describe('sameValue', () => {
  it('compares maps regardless of key order and blanks as equal', () => {
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue(undefined, [])).toBe(true);
    expect(sameValue(['a'], ['b'])).toBe(false);
  });
});
