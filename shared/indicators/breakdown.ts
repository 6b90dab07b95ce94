/**
 * The revenue behind the dashboard's charts: every park's and every street's, and a scope's
 * month by month. Asking computeIndicatorsFromRecords once per park, street and month computes
 * every other indicator too; these walk the tenancies once for all parks and streets, and the
 * members once per month, and give the same revenue figures.
 */
import type { Park } from '../parks/park';
import { periodMonth, periodsOfYear, periodYear, type Period } from '../periods/period';
import { chaoyangStreets } from '../reference/chaoyang-streets';
import { inPopulation } from './enterprise-counts';
import { enterpriseIndexOf } from './enterprise-index';
import type { Figure, IndicatorPopulation } from './figure';
import type { LiveRecords } from './indicator-input';
import { populationOf, type IndicatorOptions } from './indicators';
import { periodEndDate } from './period-dates';
import { reportsByPositionOf } from './report-index';
import { RunningSum } from './reported-sum';
import { membersRevenue, revenueFigure } from './revenue-indicators';
import { memberPositionsOn, type IndicatorScope } from './scope';
import { dayNumber, isTenantOnDay, tenanciesOfPark, tenancyIndexOf } from './tenancy-index';

export interface RevenueBreakdown {
  readonly period: Period;
  readonly population: IndicatorPopulation;
  /**
   * By park id, for every live park: the revenue computeIndicatorsFromRecords gives for the
   * park's scope (`revenue.revenue`).
   */
  readonly revenueByPark: ReadonlyMap<string, Figure>;
  /**
   * By street code, for every 街道/地区 of chaoyangStreets (in their order; 0 where no park is)
   * and any other code a park carries: the revenue of the street's scope.
   */
  readonly revenueByStreet: ReadonlyMap<string, Figure>;
}

/** The parks of each street, every street of chaoyangStreets first; `undefined` gathers the parks without one. */
function parksByStreet(parks: readonly Park[]): Map<string | undefined, Park[]> {
  const byStreet = new Map<string | undefined, Park[]>(
    chaoyangStreets.map((street) => [street.code, []]),
  );
  for (const park of parks) {
    const streetParks = byStreet.get(park.streetCode);
    if (streetParks === undefined) byStreet.set(park.streetCode, [park]);
    else streetParks.push(park);
  }
  return byStreet;
}

/**
 * Each park's and each street's revenue at the end of a period, in one walk over the tenancies
 * current on its last day. A tenant counts once in its park and once in its street, however
 * many rooms it rents there. Revenue is integer 元, which adds up exactly in any order, so
 * walking tenancies rather than enterprises gives the very same totals.
 */
export function indicatorBreakdown(
  records: LiveRecords,
  period: Period,
  options: IndicatorOptions = {},
): RevenueBreakdown {
  const population = populationOf(options);
  const enterprises = enterpriseIndexOf(records.enterprises);
  const tenancies = tenancyIndexOf(records);
  const reports = reportsByPositionOf(records, period);
  const aboveScale = enterprises.aboveScaleIn(periodYear(period));
  const day = dayNumber(periodEndDate(period));
  // The park or street each enterprise was last counted in, so it is counted there only once.
  const countedInPark = new Int32Array(records.enterprises.length);
  const countedInStreet = new Int32Array(records.enterprises.length);
  let parkStamp = 0;
  let streetStamp = 0;

  const revenueByPark = new Map<string, Figure>();
  const revenueByStreet = new Map<string, Figure>();
  for (const [streetCode, parks] of parksByStreet(records.parks)) {
    streetStamp += 1;
    const streetSum = new RunningSum();
    for (const park of parks) {
      parkStamp += 1;
      const parkSum = new RunningSum();
      const tenants = tenanciesOfPark(tenancies, park.id);
      for (let i = 0; i < tenants.positions.length; i += 1) {
        const position = tenants.positions[i] ?? -1;
        if (position < 0 || !isTenantOnDay(tenants, i, day)) continue;
        if (population === 'above-scale' && aboveScale[position] !== 1) continue;
        const revenue = reports[position]?.revenueYuan;
        if (countedInPark[position] !== parkStamp) {
          countedInPark[position] = parkStamp;
          parkSum.add(revenue);
        }
        if (countedInStreet[position] !== streetStamp) {
          countedInStreet[position] = streetStamp;
          streetSum.add(revenue);
        }
      }
      revenueByPark.set(park.id, revenueFigure(period, population, parkSum));
    }
    if (streetCode !== undefined) {
      revenueByStreet.set(streetCode, revenueFigure(period, population, streetSum));
    }
  }
  return { period, population, revenueByPark, revenueByStreet };
}

/**
 * A scope's 1–N月 revenue for each period of a year up to month `throughMonth` (1–2月 first),
 * each as computeIndicatorsFromRecords gives it: the points of a trend line.
 */
export function revenueTrend(
  records: LiveRecords,
  scope: IndicatorScope,
  year: number,
  throughMonth: number,
  options: IndicatorOptions = {},
): readonly Figure[] {
  const population = populationOf(options);
  const enterprises = enterpriseIndexOf(records.enterprises);
  return periodsOfYear(year)
    .filter((period) => periodMonth(period) <= throughMonth)
    .map((period) => {
      const members = memberPositionsOn(scope, records, periodEndDate(period));
      return membersRevenue(
        inPopulation(members, enterprises, population, year),
        records,
        period,
        population,
      );
    });
}
