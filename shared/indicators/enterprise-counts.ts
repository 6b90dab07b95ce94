/** How many enterprises a scope holds at the end of a period: all, culture, 规上. */
import { isAboveScaleIn, type Enterprise } from '../enterprises/enterprise';
import { periodYear, type Period } from '../periods/period';
import { figureOf, type Figure, type IndicatorPopulation } from './figure';
import { isCultureEnterprise } from './culture-membership';

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

export function enterpriseCounts(members: readonly Enterprise[], period: Period): EnterpriseCounts {
  const year = periodYear(period);
  const facts = {
    unit: 'enterprises',
    basis: 'period-end',
    period,
    missingOf: 'enterprises',
  } as const;
  const aboveScale = members.filter((enterprise) => isAboveScaleIn(enterprise, year) === true);
  const statusUnknown = members.filter(
    (enterprise) => isAboveScaleIn(enterprise, year) === undefined,
  );
  return {
    all: figureOf(
      { ...facts, label: { zh: '企业数', en: 'Enterprises' }, missing: 0 },
      members.length,
    ),
    culture: figureOf(
      { ...facts, label: { zh: '文化企业数', en: 'Culture enterprises' }, missing: 0 },
      members.filter(isCultureEnterprise).length,
    ),
    aboveScale: figureOf(
      {
        ...facts,
        label: { zh: '规模以上企业数', en: 'Above-designated-size enterprises' },
        missing: statusUnknown.length,
      },
      aboveScale.length,
    ),
  };
}
