import { describe, expect, it } from 'vitest';
import { anEnterprise } from '../test-support/builders';
import { enterpriseCounts, isInPopulation } from './enterprise-counts';

describe('enterprise counts', () => {
  const members = [
    anEnterprise({ subcategoryCode: '031', aboveScaleByYear: { '2024': true } }),
    anEnterprise({ subcategoryCode: '086', aboveScaleByYear: { '2024': false, '2023': true } }),
    anEnterprise({ aboveScaleByYear: { '2023': true } }),
    anEnterprise({}),
  ];
  const counts = enterpriseCounts(members, '2024-10');

  it('count all, culture (with a 中类) and 规上 for the period’s year, at period end', () => {
    expect(counts.all).toMatchObject({ value: 4, unit: 'enterprises', basis: 'period-end' });
    expect(counts.culture.value).toBe(2);
    expect(counts.aboveScale.value).toBe(1);
  });

  it('count enterprises whose 规上 status for the year was never set as missing', () => {
    expect(counts.aboveScale.missing).toBe(2);
    expect(counts.all.missing).toBe(0);
  });

  it('put only 规上 enterprises in the default population', () => {
    expect(members.map((e) => isInPopulation(e, 'above-scale', 2024))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(members.every((e) => isInPopulation(e, 'all', 2024))).toBe(true);
  });
});
