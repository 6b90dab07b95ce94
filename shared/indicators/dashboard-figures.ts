/**
 * Everything the dashboard shows for one period, scope and population, as plain data: the
 * indicators, the month-by-month trend of this year and last, and the revenue of each park of
 * the scope and of each street. Plain data (no functions, no Maps) so that a screen can keep the
 * last figures it computed and show them at the next start, before the registry is read again.
 */
import type { Park } from '../parks/park';
import { periodMonth, periodYear, type Period } from '../periods/period';
import { chaoyangStreets } from '../reference/chaoyang-streets';
import { indicatorBreakdown, revenueTrend } from './breakdown';
import type { Figure, IndicatorPopulation } from './figure';
import type { LiveRecords } from './indicator-input';
import { computeIndicatorsFromRecords, type Indicators } from './indicators';
import { parksInScope, type IndicatorScope } from './scope';

export interface NamedRevenue {
  readonly id: string;
  readonly name: string;
  /** Undefined where the breakdown has no figure for it. */
  readonly revenue: Figure | undefined;
}

export interface DashboardFigures {
  readonly indicators: Indicators;
  /** 1–N月 revenue of the scope for N = 2 … the period's month, this year and the year before. */
  readonly trend: { readonly thisYear: readonly Figure[]; readonly lastYear: readonly Figure[] };
  /** Every park of the scope, in the scope's order. */
  readonly parks: readonly NamedRevenue[];
  /** Every street of chaoyangStreets, in its order; empty unless the scope is the district or the zone. */
  readonly streets: readonly NamedRevenue[];
}

export function dashboardFigures(
  records: LiveRecords,
  scope: IndicatorScope,
  period: Period,
  population: IndicatorPopulation,
): DashboardFigures {
  const options = { population };
  const year = periodYear(period);
  const throughMonth = periodMonth(period);
  // revenueTrend starts at 1–2月; the dashboard's trend shows the same months.
  const trendOf = (y: number) => revenueTrend(records, scope, y, throughMonth, options);
  // One walk for every park and street, and one sum per month: not an indicator call each.
  const breakdown = indicatorBreakdown(records, period, options);
  const named = (park: Park): NamedRevenue => ({
    id: park.id,
    name: park.name,
    revenue: breakdown.revenueByPark.get(park.id),
  });
  return {
    indicators: computeIndicatorsFromRecords(records, scope, period, options),
    trend: { thisYear: trendOf(year), lastYear: trendOf(year - 1) },
    parks: parksInScope(scope, records.parks).map(named),
    streets:
      scope.kind === 'district' || scope.kind === 'zone'
        ? chaoyangStreets.map((street) => ({
            id: street.code,
            name: street.name,
            revenue: breakdown.revenueByStreet.get(street.code),
          }))
        : [],
  };
}

/**
 * The figures the dashboard opens on (latest period, its first scope, 规上), with what its
 * controls list: kept by the app with the registry revision they were computed at.
 */
export interface DashboardOpening {
  /** Periods with reports, latest first. */
  readonly periods: readonly Period[];
  /** The live parks, id and name, in the registry's order. */
  readonly parks: readonly { readonly id: string; readonly name: string }[];
  /** The scope's key as the dashboard's scope control names it (see defaultScopeKey). */
  readonly scopeKey: string;
  readonly figures: DashboardFigures;
}

/** A manager's own first park; the office, with no parks of its own, the district. */
export function defaultScopeKey(
  parks: readonly { readonly id: string }[],
  myParkIds: readonly string[],
): string {
  const mine = new Set(myParkIds);
  const first = parks.find((park) => mine.has(park.id));
  return first === undefined ? 'district' : `park:${first.id}`;
}
