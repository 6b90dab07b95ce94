/**
 * The district's published indicators for one scope and period, from the registry's records.
 * Membership is decided on the period's last day (see scope.ts); report-based figures count the
 * chosen population, 规上 by default because that is what the district publishes.
 */
import { periodYear, samePeriodLastYear, type Period } from '../periods/period';
import { financingsByPositionOf } from './activity-index';
import {
  eventIndicators,
  financingIndicators,
  type EventIndicators,
  type FinancingIndicators,
} from './activity-indicators';
import { enterpriseCountsAt, inPopulation, type EnterpriseCounts } from './enterprise-counts';
import { enterpriseIndexOf } from './enterprise-index';
import type { IndicatorPopulation } from './figure';
import { liveRecords, type IndicatorInput, type LiveRecords } from './indicator-input';
import { parkOccupancy, type DoubleSeventyCheck, type OccupancyIndicators } from './occupancy';
import { periodEndDate } from './period-dates';
import { revenueIndicators, type RevenueIndicators } from './revenue-indicators';
import { memberPositionsOn, parksInScope, type IndicatorScope } from './scope';

export interface IndicatorOptions {
  /** Who report-based figures count; defaults to 'above-scale' (规上). */
  readonly population?: IndicatorPopulation;
}

/** The population options ask for: 规上 unless told otherwise. */
export function populationOf(options: IndicatorOptions): IndicatorPopulation {
  return options.population ?? 'above-scale';
}

export interface Indicators {
  readonly scope: IndicatorScope;
  readonly period: Period;
  readonly population: IndicatorPopulation;
  readonly enterprises: EnterpriseCounts;
  readonly revenue: RevenueIndicators;
  readonly occupancy: OccupancyIndicators;
  /** One 双70% check per park in scope. */
  readonly doubleSeventy: readonly DoubleSeventyCheck[];
  readonly events: EventIndicators;
  readonly financing: FinancingIndicators;
}

export function computeIndicators(
  input: IndicatorInput,
  scope: IndicatorScope,
  period: Period,
  options: IndicatorOptions = {},
): Indicators {
  return computeIndicatorsFromRecords(liveRecords(input), scope, period, options);
}

/**
 * The same from records already indexed: what a screen computing many scopes or periods calls,
 * so the report index is built once rather than once per figure.
 */
export function computeIndicatorsFromRecords(
  records: LiveRecords,
  scope: IndicatorScope,
  period: Period,
  options: IndicatorOptions = {},
): Indicators {
  const population = populationOf(options);
  const lastPeriod = samePeriodLastYear(period);
  const endDate = periodEndDate(period);
  const enterprises = enterpriseIndexOf(records.enterprises);
  const members = memberPositionsOn(scope, records, endDate);
  const lastYearMembers = memberPositionsOn(scope, records, periodEndDate(lastPeriod));
  const parks = parksInScope(scope, records.parks);
  const { occupancy, doubleSeventy } = parkOccupancy(parks, records, period, endDate);

  return {
    scope,
    period,
    population,
    enterprises: enterpriseCountsAt(members, enterprises, period),
    revenue: revenueIndicators(
      {
        population,
        period,
        current: inPopulation(members, enterprises, population, periodYear(period)),
        lastYear: inPopulation(lastYearMembers, enterprises, population, periodYear(lastPeriod)),
      },
      records,
    ),
    occupancy,
    doubleSeventy,
    events: eventIndicators(scope.kind === 'enterprises' ? null : parks, records.events, period),
    financing: financingIndicators(members, financingsByPositionOf(records), period),
  };
}
