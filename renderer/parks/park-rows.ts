/**
 * One grid row per park with the figures a park list is read for, each computed by the
 * indicators' own definitions for that park's scope (all tenants, the period's last day).
 */
import { certificationInYear, type Park } from '../../shared/parks/park';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import { computeIndicatorsFromRecords } from '../../shared/indicators/indicators';
import type { DoubleSeventyStatus } from '../../shared/indicators/occupancy';
import { periodYear, type Period } from '../../shared/periods/period';
import { chaoyangStreets } from '../../shared/reference/chaoyang-streets';

export interface ParkRow {
  readonly id: string;
  readonly demo: boolean;
  readonly name: string;
  readonly aliases: string;
  readonly streetName: string;
  readonly tier: Park['certifications'][number]['tier'];
  readonly themes: string;
  readonly tenants: number | null;
  readonly aboveScale: number | null;
  readonly revenueYuan: number | null;
  readonly yoyReportedPercent: number | null;
  readonly occupancyPercent: number | null;
  readonly doubleSeventy: DoubleSeventyStatus | null;
  readonly cultivationTier: Park['cultivationTier'];
}

const streetNames = new Map<string, string>(
  chaoyangStreets.map((street) => [street.code, street.name]),
);

export function parkRows(
  records: LiveRecords,
  period: Period | undefined,
  currentYear: number,
): ParkRow[] {
  return records.parks.map((park) => {
    const indicators =
      period === undefined
        ? undefined
        : computeIndicatorsFromRecords(records, { kind: 'park', parkId: park.id }, period, {
            population: 'all',
          });
    return {
      id: park.id,
      demo: park.demo === true,
      name: park.name,
      aliases: park.aliases.join('、'),
      streetName: streetNames.get(park.streetCode ?? '') ?? '',
      tier: certificationInYear(park, period === undefined ? currentYear : periodYear(period)),
      themes: park.themes.join('、'),
      tenants: indicators?.enterprises.all.value ?? null,
      aboveScale: indicators?.enterprises.aboveScale.value ?? null,
      revenueYuan: indicators?.revenue.revenue.value ?? null,
      yoyReportedPercent: indicators?.revenue.yoyReportedComparable.value ?? null,
      occupancyPercent: indicators?.occupancy.rate.value ?? null,
      doubleSeventy: indicators?.doubleSeventy[0]?.status ?? null,
      cultivationTier: park.cultivationTier,
    };
  });
}
