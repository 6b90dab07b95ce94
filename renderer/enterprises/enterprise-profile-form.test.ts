import { describe, expect, it } from 'vitest';
import { anEnterprise } from '../../shared/test-support/builders';
import { enterpriseFromProfile, enterpriseProfileValues } from './enterprise-profile-form';

describe('enterprise profile form', () => {
  const enterprise = anEnterprise({
    name: '北京安和文化传媒有限公司',
    formerNames: ['北京安和广告有限公司'],
    foundedOn: '2015-03-02',
    registeredCapitalYuan: 5_000_000,
    subcategoryCode: '031',
    contactName: '刘青',
  });

  it('round-trips an enterprise through the form unchanged', () => {
    expect(enterpriseFromProfile(enterprise, enterpriseProfileValues(enterprise))).toEqual({
      ok: true,
      enterprise,
    });
  });

  it('reads capital in 万元 with separators, dates as people write them, codes without zeros', () => {
    const result = enterpriseFromProfile(enterprise, {
      ...enterpriseProfileValues(enterprise),
      registeredCapitalWan: '1,200.5',
      foundedOn: '2016/7/1',
      subcategoryCode: '31',
      formerNames: '甲，乙、 丙',
      contactName: ' ',
    });
    expect(result).toMatchObject({
      ok: true,
      enterprise: {
        registeredCapitalYuan: 12_005_000,
        foundedOn: '2016-07-01',
        subcategoryCode: '031',
        formerNames: ['甲', '乙', '丙'],
      },
    });
    expect(result.ok && 'contactName' in result.enterprise).toBe(false);
  });

  it('names each field that is wrong, in the model’s words', () => {
    const result = enterpriseFromProfile(enterprise, {
      ...enterpriseProfileValues(enterprise),
      name: ' ',
      registeredCapitalWan: '五百',
      foundedOn: '2016-13-45',
      subcategoryCode: '999',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.name?.zh).toMatch(/企业名称不能为空/);
    expect(result.problems.registeredCapitalWan?.zh).toMatch(/数字/);
    expect(result.problems.foundedOn?.zh).toMatch(/YYYY-MM-DD/);
    expect(result.problems.subcategoryCode?.zh).toMatch(/中类代码/);
    expect(result.problems.contactName).toBeUndefined();
  });
});
