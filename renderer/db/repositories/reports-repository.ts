/**
 * Reports one per period, as the rest of the app sees them, over the packed storage (one record
 * per enterprise and year). Reading a park's reports for a period reads that park's tenancies
 * and one year record per tenant, never the whole table.
 */
import type { ChangeSet } from '../../../shared/history/change-set';
import { periodEndDate } from '../../../shared/indicators/period-dates';
import { periodYear, type Period } from '../../../shared/periods/period';
import { isLive } from '../../../shared/records/record-meta';
import { reportInYear, reportYearId, unpackReports } from '../../../shared/reports/report-storage';
import type { RevenueReport } from '../../../shared/reports/revenue-report';
import type { Draft } from '../change-plan';
import { commitPlan, createPlan } from '../commit';
import { reportYearsOf } from '../referring-records';
import type { RegistryContext } from '../registry-context';
import type { TenanciesRepository, Tenant } from './tenancies-repository';
import { manualEdit, type WriteOptions } from './versioned-repository';

/** A tenant of a park on a period's last day and its report for the period, if it has one. */
export interface TenantReport extends Tenant {
  readonly report: RevenueReport | undefined;
}

export class ReportsRepository {
  constructor(
    private readonly context: RegistryContext,
    private readonly tenancies: TenanciesRepository,
  ) {}

  private get years() {
    return this.context.db.reportYears;
  }

  /** The live report of an enterprise for a period. */
  async get(enterpriseId: string, period: Period): Promise<RevenueReport | undefined> {
    const year = await this.years.get(reportYearId(enterpriseId, periodYear(period)));
    const report = reportInYear(year, period);
    return report !== undefined && isLive(report) ? report : undefined;
  }

  /** The report as stored, tombstone included. */
  async getStored(enterpriseId: string, period: Period): Promise<RevenueReport | undefined> {
    return reportInYear(
      await this.years.get(reportYearId(enterpriseId, periodYear(period))),
      period,
    );
  }

  /** Every live report of an enterprise, by period. */
  async ofEnterprise(enterpriseId: string): Promise<RevenueReport[]> {
    const years = await reportYearsOf(this.context.db, [enterpriseId]);
    years.sort((a, b) => a.year - b.year);
    return unpackReports(years).filter(isLive);
  }

  /**
   * The park's tenants on the period's last day, each with its report for the period (or none:
   * who has not reported yet).
   */
  async forPark(parkId: string, period: Period): Promise<TenantReport[]> {
    const tenants = await this.tenancies.tenantsOf(parkId, periodEndDate(period));
    const year = periodYear(period);
    const years = await this.years.bulkGet(
      tenants.map((tenant) => reportYearId(tenant.enterprise.id, year)),
    );
    return tenants.map((tenant, index) => {
      const report = reportInYear(years[index], period);
      return { ...tenant, report: report !== undefined && isLive(report) ? report : undefined };
    });
  }

  /** Creates or replaces the report of an enterprise for a period, as one change set. */
  async save(
    draft: Draft<RevenueReport>,
    options: WriteOptions = {},
  ): Promise<ChangeSet | undefined> {
    const plan = createPlan(
      this.context,
      options.source ?? manualEdit,
      options.label ?? {
        zh: `修改企业 ${draft.enterpriseId} ${draft.period} 的报表`,
        en: `Edit the ${draft.period} report of enterprise ${draft.enterpriseId}`,
      },
    );
    plan.saveReport(draft, options);
    return commitPlan(this.context, plan, options);
  }

  async delete(
    enterpriseId: string,
    period: Period,
    options: WriteOptions = {},
  ): Promise<ChangeSet | undefined> {
    const plan = createPlan(
      this.context,
      options.source ?? manualEdit,
      options.label ?? {
        zh: `删除企业 ${enterpriseId} ${period} 的报表`,
        en: `Delete the ${period} report of enterprise ${enterpriseId}`,
      },
    );
    plan.deleteReport(enterpriseId, period, options);
    return commitPlan(this.context, plan, options);
  }
}
