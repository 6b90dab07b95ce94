import { describe, expect, it } from 'vitest';
import { aPark, anEnterprise, validCreditCodes } from '../../test-support/builders';
import { createRecordMatcher } from './record-matcher';

const star = anEnterprise({
  id: 'ent-star',
  name: '北京星河文化传媒有限公司',
  creditCode: validCreditCodes[0],
  formerNames: ['北京星河广告有限公司'],
});
const gone = anEnterprise({
  id: 'ent-gone',
  name: '北京旧日设计有限公司',
  creditCode: validCreditCodes[1],
  deletedAt: '2024-01-01T00:00:00.000Z',
});
const park = aPark({
  id: 'park-a',
  name: '郎园Vintage',
  aliases: ['郎园'],
  districtCode: 'CY-001',
});

describe('createRecordMatcher', () => {
  const matcher = createRecordMatcher([star, gone], [park]);

  it('finds an enterprise by its credit code first', () => {
    expect(
      matcher.enterprise({ creditCode: validCreditCodes[0], enterpriseName: '别的名字' }),
    ).toEqual({ kind: 'matched', enterprise: star, basis: 'credit-code' });
  });

  it('falls back to the name or a former name, spelled another way', () => {
    expect(matcher.enterprise({ enterpriseName: '星河文化传媒（北京）有限公司' })).toMatchObject({
      kind: 'matched',
      basis: 'name',
    });
    expect(matcher.enterprise({ enterpriseName: '北京星河广告' })).toMatchObject({
      kind: 'matched',
      enterprise: { id: 'ent-star' },
    });
  });

  it('ignores deleted records and says when a name fits several', () => {
    expect(matcher.enterprise({ creditCode: validCreditCodes[1] })).toEqual({ kind: 'none' });
    const twins = createRecordMatcher(
      [
        star,
        anEnterprise({
          id: 'ent-twin',
          name: '星河文化传媒有限公司',
          creditCode: validCreditCodes[2],
        }),
      ],
      [],
    );
    expect(twins.enterprise({ enterpriseName: '北京星河文化传媒有限公司' })).toMatchObject({
      kind: 'ambiguous',
    });
  });

  it('finds a park by name, alias or district code, whatever the widths and spaces', () => {
    expect(matcher.park('郎园 Vintage')).toBe(park);
    expect(matcher.park('郎园')).toBe(park);
    expect(matcher.park('CY-001')).toBe(park);
    expect(matcher.park('别的园区')).toBeUndefined();
  });
});
