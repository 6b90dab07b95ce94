/**
 * Report totals per park and period and per period for the district, kept up to date by every
 * change set (shared/aggregates/report-totals): a dashboard reads these rows, never the reports.
 */
import { Dexie } from 'dexie';
import type {
  DistrictPeriodTotals,
  ParkPeriodTotals,
} from '../../../shared/aggregates/report-totals';
import type { Period } from '../../../shared/periods/period';
import type { RegistryContext } from '../registry-context';

export class TotalsRepository {
  constructor(private readonly context: RegistryContext) {}

  /** One park's totals for every period it has reports for, by period. */
  ofPark(parkId: string): Promise<ParkPeriodTotals[]> {
    return this.context.db.parkTotals
      .where('[parkId+period]')
      .between([parkId, Dexie.minKey], [parkId, Dexie.maxKey])
      .toArray();
  }

  /** Every park's totals for one period (parks without reports have no row). */
  parksInPeriod(period: Period): Promise<ParkPeriodTotals[]> {
    return this.context.db.parkTotals.where('period').equals(period).toArray();
  }

  district(period: Period): Promise<DistrictPeriodTotals | undefined> {
    return this.context.db.districtTotals.get(period);
  }

  /** The district's totals for every period, by period. */
  districtSeries(): Promise<DistrictPeriodTotals[]> {
    return this.context.db.districtTotals.toArray();
  }
}
