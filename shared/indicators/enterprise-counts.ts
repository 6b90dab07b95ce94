/** How many enterprises a scope holds at the end of a period: all, culture, 规上. */
import { isAboveScaleIn, type Enterprise } from '../enterprises/enterprise';
import { periodYear, type Period } from '../periods/period';
import { enterpriseIndexOf, type EnterpriseIndex, type MemberPositions } from './enterprise-index';
import { figureOf, type Figure, type IndicatorPopulation } from './figure';

export interface EnterpriseCounts {
  readonly all: Figure;
  /** With a 2018 分类 中类 as their 行业. */
  readonly culture: Figure;
  /** 规上 in the period's year, as the statistics office set it. */
  readonly aboveScale: Figure;
}

/**
 * Whether an enterprise is one a population counts in a year. One whose 规上 status for the year
 * was never recorded is not counted as 规上 (and shows in the 规上 count's missing data).
 */
export function isInPopulation(
  enterprise: Pick<Enterprise, 'aboveScaleByYear'>,
  population: IndicatorPopulation,
  year: number,
): boolean {
  return population === 'all' || isAboveScaleIn(enterprise, year) === true;
}

/** The members a population counts in a year, as positions (enterprise-index.ts). */
export function inPopulation(
  members: MemberPositions,
  enterprises: EnterpriseIndex,
  population: IndicatorPopulation,
  year: number,
): MemberPositions {
  if (population === 'all') return members;
  const statuses = enterprises.aboveScaleIn(year);
  const counted = new Int32Array(members.length);
  let count = 0;
  for (const position of members) {
    if (statuses[position] !== 1) continue;
    counted[count] = position;
    count += 1;
  }
  return counted.subarray(0, count);
}

/** The counts over a list of enterprises, every one of them a member. */
export function enterpriseCounts(members: readonly Enterprise[], period: Period): EnterpriseCounts {
  const index = enterpriseIndexOf(members);
  return enterpriseCountsAt(Int32Array.from(members.keys()), index, period);
}

/** The counts over a scope's members, as positions (enterprise-index.ts). */
export function enterpriseCountsAt(
  members: MemberPositions,
  enterprises: EnterpriseIndex,
  period: Period,
): EnterpriseCounts {
  const year = periodYear(period);
  const facts = {
    unit: 'enterprises',
    basis: 'period-end',
    period,
    missingOf: 'enterprises',
  } as const;
  const statuses = enterprises.aboveScaleIn(year);
  let culture = 0;
  let aboveScale = 0;
  let statusUnknown = 0;
  for (const position of members) {
    culture += enterprises.isCulture[position] ?? 0;
    const status = statuses[position];
    if (status === 1) aboveScale += 1;
    else if (status === -1) statusUnknown += 1;
  }
  return {
    all: figureOf(
      { ...facts, label: { zh: '企业数', en: 'Enterprises' }, missing: 0 },
      members.length,
    ),
    culture: figureOf(
      { ...facts, label: { zh: '文化企业数', en: 'Culture enterprises' }, missing: 0 },
      culture,
    ),
    aboveScale: figureOf(
      {
        ...facts,
        label: { zh: '规模以上企业数', en: 'Above-designated-size enterprises' },
        missing: statusUnknown,
      },
      aboveScale,
    ),
  };
}
