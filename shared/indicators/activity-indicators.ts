/**
 * 园区活动 and 文化金融 in the period's year up to its last month, like every 1–N月 figure. Events
 * belong to parks; financings to the enterprises in scope at the end of the period, whether 规上
 * or not (the district reports financing for all its culture enterprises).
 */
import type { Enterprise } from '../enterprises/enterprise';
import type { ParkEvent } from '../events/park-event';
import type { Financing } from '../financing/financing';
import { sumYuan } from '../money/money';
import type { Park } from '../parks/park';
import type { Period } from '../periods/period';
import type { LocalizedText } from '../text/localized-text';
import { figureOf, nothingReportedReason, unavailableFigure, type Figure } from './figure';
import { noParksInScopeReason } from './occupancy';
import { isWithinPeriod } from './period-dates';

export interface EventIndicators {
  readonly count: Figure;
  /** 参与人次 over the events that recorded it. */
  readonly visitors: Figure;
}

export interface FinancingIndicators {
  readonly count: Figure;
  readonly enterprisesFinanced: Figure;
  readonly amount: Figure;
}

/**
 * `parks` null means the scope is a set of enterprises, which holds no parks and so no events;
 * an empty list is a scope whose parks are simply none.
 */
export function eventIndicators(
  parks: readonly Park[] | null,
  events: readonly ParkEvent[],
  period: Period,
): EventIndicators {
  const countLabel: LocalizedText = { zh: '园区活动场次', en: 'Park events' };
  const visitorsLabel: LocalizedText = { zh: '活动参与人次', en: 'Event visits' };
  const facts = { basis: 'cumulative', period, missingOf: 'events' } as const;
  if (parks === null) {
    return {
      count: unavailableFigure(
        { ...facts, label: countLabel, unit: 'times', missing: 0 },
        noParksInScopeReason,
      ),
      visitors: unavailableFigure(
        { ...facts, label: visitorsLabel, unit: 'person-times', missing: 0 },
        noParksInScopeReason,
      ),
    };
  }
  const parkIds = new Set(parks.map((park) => park.id));
  const inScope = events.filter(
    (event) => parkIds.has(event.parkId) && isWithinPeriod(event.date, period),
  );
  const counted = inScope.flatMap((event) =>
    event.visitors === undefined ? [] : [event.visitors],
  );
  const visitorFacts = {
    ...facts,
    label: visitorsLabel,
    unit: 'person-times',
    missing: inScope.length - counted.length,
  } as const;
  return {
    count: figureOf({ ...facts, label: countLabel, unit: 'times', missing: 0 }, inScope.length),
    visitors:
      counted.length === 0 && inScope.length > 0
        ? unavailableFigure(visitorFacts, nothingReportedReason({ zh: '参与人次', en: 'visits' }))
        : figureOf(
            visitorFacts,
            counted.reduce((sum, visitors) => sum + visitors, 0),
          ),
  };
}

export function financingIndicators(
  members: readonly Enterprise[],
  financings: readonly Financing[],
  period: Period,
): FinancingIndicators {
  const memberIds = new Set(members.map((enterprise) => enterprise.id));
  const inScope = financings.filter(
    (financing) => memberIds.has(financing.enterpriseId) && isWithinPeriod(financing.date, period),
  );
  const facts = { basis: 'cumulative', period, missing: 0, missingOf: 'enterprises' } as const;
  return {
    count: figureOf(
      { ...facts, label: { zh: '融资笔数', en: 'Financings' }, unit: 'times' },
      inScope.length,
    ),
    enterprisesFinanced: figureOf(
      {
        ...facts,
        label: { zh: '获得融资企业数', en: 'Enterprises financed' },
        unit: 'enterprises',
      },
      new Set(inScope.map((financing) => financing.enterpriseId)).size,
    ),
    amount: figureOf(
      { ...facts, label: { zh: '融资金额', en: 'Amount financed' }, unit: 'yuan' },
      sumYuan(inScope.map((financing) => financing.amountYuan)).totalYuan,
    ),
  };
}
