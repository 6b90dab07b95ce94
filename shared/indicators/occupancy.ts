/**
 * 出租率 (leased ÷ rentable area) at the end of a period, and the municipal certification's
 * 双70% test: occupancy ≥ 70% and culture enterprises ≥ 70% of the tenant enterprises
 * (北京市文化产业园区认定办法, 2018). Areas come from the tenancies current on the period's last
 * day; a tenancy without a 租赁面积 is left out and counted as missing, so an occupancy with
 * missing data is a lower bound.
 */
import type { IsoDate } from '../dates/iso-date';
import type { Park } from '../parks/park';
import type { Period } from '../periods/period';
import type { LocalizedText } from '../text/localized-text';
import { enterpriseIndexOf, type EnterpriseIndex } from './enterprise-index';
import { figureOf, ratioFigure, unavailableFigure, type Figure, type FigureFacts } from './figure';
import type { LiveRecords } from './indicator-input';
import {
  dayNumber,
  isTenantOnDay,
  tenanciesOfPark,
  tenancyIndexOf,
  type ParkTenancies,
} from './tenancy-index';

export const doubleSeventyThresholdPercent = 70;

export interface OccupancyIndicators {
  /** Over the parks that recorded a 可租赁面积. */
  readonly leasedArea: Figure;
  readonly rentableArea: Figure;
  readonly rate: Figure;
}

export type DoubleSeventyStatus = 'met' | 'not-met' | 'insufficient-data';

export const doubleSeventyStatusLabels: Readonly<Record<DoubleSeventyStatus, LocalizedText>> = {
  met: { zh: '符合双70%', en: 'Meets the double-70% test' },
  'not-met': { zh: '不符合双70%', en: 'Fails the double-70% test' },
  'insufficient-data': {
    zh: '数据不足，无法判断双70%',
    en: 'Not enough data for the double-70% test',
  },
};

export interface DoubleSeventyCheck {
  readonly parkId: string;
  readonly parkName: string;
  readonly occupancy: Figure;
  /** Culture enterprises among the park's tenant enterprises, in %. */
  readonly cultureTenantShare: Figure;
  readonly status: DoubleSeventyStatus;
}

interface ParkAreas {
  readonly park: Park;
  readonly leasedSqm: number;
  /** Enterprises with a current tenancy lacking its 租赁面积. */
  readonly missingAreaCount: number;
  readonly tenantCount: number;
  readonly cultureTenantCount: number;
}

/**
 * The park's live tenants on a date, each counted once however many rooms it rents. The stamp
 * arrays, one entry per enterprise, are shared by the parks of one call: a park writes its own
 * stamp, so nothing is cleared or allocated per park.
 */
function parkAreas(
  park: Park,
  tenants: ParkTenancies,
  enterprises: EnterpriseIndex,
  date: IsoDate,
  stamps: { readonly stamp: number; readonly tenant: Int32Array; readonly missingArea: Int32Array },
): ParkAreas {
  let leasedSqm = 0;
  let missingAreaCount = 0;
  let tenantCount = 0;
  let cultureTenantCount = 0;
  const { stamp } = stamps;
  const day = dayNumber(date);
  for (let i = 0; i < tenants.positions.length; i += 1) {
    const position = tenants.positions[i] ?? -1;
    if (position < 0 || !isTenantOnDay(tenants, i, day)) continue;
    if (stamps.tenant[position] !== stamp) {
      stamps.tenant[position] = stamp;
      tenantCount += 1;
      cultureTenantCount += enterprises.isCulture[position] ?? 0;
    }
    const leasedAreaSqm = tenants.tenancies[i]?.leasedAreaSqm;
    if (leasedAreaSqm === undefined) {
      if (stamps.missingArea[position] !== stamp) {
        stamps.missingArea[position] = stamp;
        missingAreaCount += 1;
      }
    } else {
      leasedSqm += leasedAreaSqm;
    }
  }
  return { park, leasedSqm, missingAreaCount, tenantCount, cultureTenantCount };
}

const occupancyLabel: LocalizedText = { zh: '出租率', en: 'Occupancy rate' };
const rentableAreaLabel: LocalizedText = { zh: '可租赁面积', en: 'Rentable area' };

function periodEndFacts(period: Period, label: LocalizedText, missing: number): FigureFacts {
  return { label, unit: 'sqm', basis: 'period-end', period, missing, missingOf: 'enterprises' };
}

/** Why a scope of chosen enterprises has no occupancy: areas belong to parks. */
export const noParksInScopeReason: LocalizedText = {
  zh: '所选范围不含园区，出租率、活动按园区统计',
  en: 'The scope holds no parks; occupancy and events are counted per park',
};

function occupancyOf(areas: readonly ParkAreas[], period: Period): OccupancyIndicators {
  const leasedLabel: LocalizedText = { zh: '已出租面积', en: 'Leased area' };
  if (areas.length === 0) {
    return {
      leasedArea: unavailableFigure(periodEndFacts(period, leasedLabel, 0), noParksInScopeReason),
      rentableArea: unavailableFigure(
        periodEndFacts(period, rentableAreaLabel, 0),
        noParksInScopeReason,
      ),
      rate: unavailableFigure(
        { ...periodEndFacts(period, occupancyLabel, 0), unit: 'percent' },
        noParksInScopeReason,
      ),
    };
  }
  const isMeasured = (entry: ParkAreas) => (entry.park.rentableAreaSqm ?? 0) > 0;
  const measured = areas.filter(isMeasured);
  // The tenants of a park without a rentable area cannot count towards any occupancy.
  const missing = areas.reduce(
    (count, entry) => count + (isMeasured(entry) ? entry.missingAreaCount : entry.tenantCount),
    0,
  );
  const leasedSqm = measured.reduce((sum, entry) => sum + entry.leasedSqm, 0);
  const rentableSqm = measured.reduce((sum, entry) => sum + (entry.park.rentableAreaSqm ?? 0), 0);
  const rentableFacts = periodEndFacts(period, rentableAreaLabel, 0);
  return {
    leasedArea: figureOf(periodEndFacts(period, leasedLabel, missing), leasedSqm),
    rentableArea:
      measured.length === 0
        ? unavailableFigure(rentableFacts, {
            zh: '范围内的园区均未填写可租赁面积',
            en: 'No park in scope has recorded its rentable area',
          })
        : figureOf(rentableFacts, rentableSqm),
    rate: ratioFigure(
      { ...periodEndFacts(period, occupancyLabel, missing), unit: 'percent' },
      leasedSqm,
      rentableSqm,
      rentableAreaLabel,
      100,
    ),
  };
}

function meetsThreshold(figure: Figure): boolean | undefined {
  if (figure.value === null) return undefined;
  if (figure.value >= doubleSeventyThresholdPercent) return true;
  // Below the line with data missing: the missing part might lift it over.
  return figure.missing > 0 ? undefined : false;
}

function doubleSeventyOf(areas: ParkAreas, period: Period): DoubleSeventyCheck {
  const occupancy = occupancyOf([areas], period).rate;
  const cultureTenantShare = ratioFigure(
    {
      label: { zh: '文化企业占入驻企业比例', en: 'Culture enterprises among tenants' },
      unit: 'percent',
      basis: 'period-end',
      period,
      missing: 0,
      missingOf: 'enterprises',
    },
    areas.cultureTenantCount,
    areas.tenantCount,
    { zh: '入驻企业数', en: 'The number of tenant enterprises' },
    100,
  );
  const results = [meetsThreshold(occupancy), meetsThreshold(cultureTenantShare)];
  const status: DoubleSeventyStatus = results.includes(false)
    ? 'not-met'
    : results.includes(undefined)
      ? 'insufficient-data'
      : 'met';
  return {
    parkId: areas.park.id,
    parkName: areas.park.name,
    occupancy,
    cultureTenantShare,
    status,
  };
}

export interface ParkOccupancy {
  readonly occupancy: OccupancyIndicators;
  /** One check per park in scope. */
  readonly doubleSeventy: readonly DoubleSeventyCheck[];
}

export function parkOccupancy(
  parks: readonly Park[],
  records: Pick<LiveRecords, 'tenancies' | 'enterprises'>,
  period: Period,
  date: IsoDate,
): ParkOccupancy {
  const enterprises = enterpriseIndexOf(records.enterprises);
  const tenancies = tenancyIndexOf(records);
  const tenant = new Int32Array(records.enterprises.length);
  const missingArea = new Int32Array(records.enterprises.length);
  const areas = parks.map((park, i) =>
    parkAreas(park, tenanciesOfPark(tenancies, park.id), enterprises, date, {
      stamp: i + 1,
      tenant,
      missingArea,
    }),
  );
  return {
    occupancy: occupancyOf(areas, period),
    doubleSeventy: areas.map((entry) => doubleSeventyOf(entry, period)),
  };
}
