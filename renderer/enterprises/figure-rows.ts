/**
 * The enterprises behind a figure of the overview: the scope's members on the period's last day
 * (as the indicators count them, shared/indicators/scope.ts), narrowed to the figure's subset.
 * A dashboard figure links to the enterprises grid with these in the address, so the grid shows
 * exactly the rows the figure was computed from.
 */
import { isInPopulation } from '../../shared/indicators/enterprise-counts';
import type { IndicatorPopulation } from '../../shared/indicators/figure';
import { isCultureEnterprise } from '../../shared/indicators/culture-membership';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import { isWithinPeriod, periodEndDate } from '../../shared/indicators/period-dates';
import { enterprisesInScopeOn, type IndicatorScope } from '../../shared/indicators/scope';
import { isPeriod, periodYear, type Period } from '../../shared/periods/period';
import {
  categoryOfSubcategory,
  isCultureSubcategoryCode,
} from '../../shared/reference/culture-classification';
import { isLive } from '../../shared/records/record-meta';
import type { RouteQuery } from '../app/sections';

/** Which of the scope's enterprises a figure counts. */
export const figureSubsets = [
  /** The figure's population: 规上 or all (counts, revenue, tax, staff…). */
  'population',
  'all',
  'culture',
  'core',
  'related',
  'digital',
  /** Financed in the period, whatever the population (as the financing figures count). */
  'financed',
] as const;
export type FigureSubset = (typeof figureSubsets)[number];

/** A scope the overview offers: a set of parks, not a list of enterprises. */
export type ParkScope = Exclude<IndicatorScope, { kind: 'enterprises' }>;

export interface FigureRows {
  readonly scope: ParkScope;
  readonly period: Period;
  readonly population: IndicatorPopulation;
  readonly subset: FigureSubset;
}

/** The scope as one word for an address or a select: district, zone, street:<code>, park:<id>. */
export function scopeKey(scope: ParkScope): string {
  switch (scope.kind) {
    case 'district':
    case 'zone':
      return scope.kind;
    case 'street':
      return `street:${scope.streetCode}`;
    case 'park':
      return `park:${scope.parkId}`;
  }
}

export function scopeFromKey(key: string): ParkScope | undefined {
  if (key === 'district' || key === 'zone') return { kind: key };
  const separator = key.indexOf(':');
  const kind = key.slice(0, separator);
  const id = key.slice(separator + 1);
  if (separator < 0 || id === '') return undefined;
  if (kind === 'street') return { kind: 'street', streetCode: id };
  return kind === 'park' ? { kind: 'park', parkId: id } : undefined;
}

export function figureRowsQuery(rows: FigureRows): RouteQuery {
  return {
    scope: scopeKey(rows.scope),
    period: rows.period,
    population: rows.population,
    rows: rows.subset,
  };
}

/** The figure an address names, or undefined when it names none (or not a whole one). */
export function figureRowsFromQuery(query: RouteQuery): FigureRows | undefined {
  const { scope: key = '', period = '', population = '', rows = '' } = query;
  const scope = scopeFromKey(key);
  if (scope === undefined || !isPeriod(period)) return undefined;
  if (population !== 'above-scale' && population !== 'all') return undefined;
  const subset = figureSubsets.find((name) => name === rows);
  return subset === undefined ? undefined : { scope, period, population, subset };
}

/** The ids of the enterprises the figure counts. */
export function enterpriseIdsBehind(records: LiveRecords, rows: FigureRows): ReadonlySet<string> {
  const { period, population, subset } = rows;
  const year = periodYear(period);
  const members = enterprisesInScopeOn(rows.scope, records, periodEndDate(period));
  const financed = new Set(
    subset === 'financed'
      ? records.financings
          .filter((financing) => isLive(financing) && isWithinPeriod(financing.date, period))
          .map((financing) => financing.enterpriseId)
      : [],
  );
  const domainOf = (code: string | undefined) =>
    code !== undefined && isCultureSubcategoryCode(code)
      ? categoryOfSubcategory(code).domain
      : undefined;
  const ids = new Set<string>();
  for (const enterprise of members) {
    const counted =
      subset === 'all'
        ? true
        : subset === 'culture'
          ? isCultureEnterprise(enterprise)
          : subset === 'financed'
            ? financed.has(enterprise.id)
            : isInPopulation(enterprise, population, year) &&
              (subset === 'population' ||
                (subset === 'digital'
                  ? enterprise.digitalCulture
                  : domainOf(enterprise.subcategoryCode) === subset));
    if (counted) ids.add(enterprise.id);
  }
  return ids;
}
