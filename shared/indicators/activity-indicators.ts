/**
 * 园区活动 and 文化金融 in the period's year up to its last month, like every 1–N月 figure. Events
 * belong to parks; financings to the enterprises in scope at the end of the period, whether 规上
 * or not (the district reports financing for all its culture enterprises).
 */
import type { ParkEvent } from '../events/park-event';
import type { Park } from '../parks/park';
import type { Period } from '../periods/period';
import type { LocalizedText } from '../text/localized-text';
import { eventsByParkOf, type FinancingsByPosition } from './activity-index';
import type { MemberPositions } from './enterprise-index';
import { figureOf, unavailableFigure, type Figure } from './figure';
import { noParksInScopeReason } from './occupancy';
import { isWithinDays, periodDays } from './period-dates';
import { RunningSum, sumFigure } from './reported-sum';

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
  const eventsByPark = eventsByParkOf(events);
  const days = periodDays(period);
  let inScope = 0;
  // Visits are whole numbers, so adding them park by park gives the same total.
  const visitors = new RunningSum();
  for (const parkId of new Set(parks.map((park) => park.id))) {
    for (const event of eventsByPark.get(parkId) ?? []) {
      if (!isWithinDays(event.date, days)) continue;
      inScope += 1;
      visitors.add(event.visitors);
    }
  }
  const visitorFacts = {
    ...facts,
    label: visitorsLabel,
    unit: 'person-times',
    missing: visitors.missing,
  } as const;
  return {
    count: figureOf({ ...facts, label: countLabel, unit: 'times', missing: 0 }, inScope),
    visitors: sumFigure(visitorFacts, visitors, { zh: '参与人次', en: 'visits' }),
  };
}

/** `financings` by member position (activity-index.ts). */
export function financingIndicators(
  members: MemberPositions,
  financings: FinancingsByPosition,
  period: Period,
): FinancingIndicators {
  const days = periodDays(period);
  let count = 0;
  let enterprisesFinanced = 0;
  // Integer 元 add up exactly whatever the order, here member by member.
  let amountYuan = 0;
  for (const position of members) {
    const ofMember = financings[position];
    if (ofMember === undefined) continue;
    let financed = false;
    for (const financing of ofMember) {
      if (!isWithinDays(financing.date, days)) continue;
      count += 1;
      amountYuan += financing.amountYuan;
      financed = true;
    }
    if (financed) enterprisesFinanced += 1;
  }
  const facts = { basis: 'cumulative', period, missing: 0, missingOf: 'enterprises' } as const;
  return {
    count: figureOf(
      { ...facts, label: { zh: '融资笔数', en: 'Financings' }, unit: 'times' },
      count,
    ),
    enterprisesFinanced: figureOf(
      {
        ...facts,
        label: { zh: '获得融资企业数', en: 'Enterprises financed' },
        unit: 'enterprises',
      },
      enterprisesFinanced,
    ),
    amount: figureOf(
      { ...facts, label: { zh: '融资金额', en: 'Amount financed' }, unit: 'yuan' },
      amountYuan,
    ),
  };
}
