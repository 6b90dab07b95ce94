/**
 * 百亿园区 cultivation plans for five of the demo's parks: the standard target (100亿元
 * by 2027), a 2024 baseline taken from the generated reports (all tenants' revenue for the
 * year, counted where they were housed at year end) and milestones toward it.
 */
import {
  defaultTargetYear,
  type CultivationPlan,
  type Milestone,
} from '../cultivation/cultivation-plan';
import { makeIsoDate } from '../dates/iso-date';
import { tenBillionYuan } from '../money/money';
import type { RevenueReport } from '../reports/revenue-report';
import { isTenantOn, type Tenancy } from '../tenancies/tenancy';
import { plannedParkCount, type DemoParkSite } from './demo-parks';
import { demoId, demoRecord } from './demo-meta';
import { demoYearEnd } from './demo-tenancies';
import type { Random } from './random';

const baselineYear = 2024;
const yiYuan = 100_000_000;

/** Each park's tenants' 1–12月 2024 revenue, by park id. */
function baselineByPark(tenancies: readonly Tenancy[], reports: readonly RevenueReport[]) {
  const parkOfEnterprise = new Map<string, string>();
  for (const tenancy of tenancies) {
    if (isTenantOn(tenancy, demoYearEnd))
      parkOfEnterprise.set(tenancy.enterpriseId, tenancy.parkId);
  }
  const totals = new Map<string, number>();
  for (const report of reports) {
    if (report.period !== `${baselineYear}-12`) continue;
    const parkId = parkOfEnterprise.get(report.enterpriseId);
    if (parkId === undefined) continue;
    totals.set(parkId, (totals.get(parkId) ?? 0) + (report.revenueYuan ?? 0));
  }
  return totals;
}

function milestones(random: Random, planId: string, baselineYuan: number): Milestone[] {
  // A round 亿元 figure a third of the way from the baseline to the target.
  const stepYi = Math.ceil((baselineYuan + (tenBillionYuan - baselineYuan) / 3) / yiYuan / 10) * 10;
  const draft: Omit<Milestone, 'id'>[] = [
    {
      title: '编制百亿园区培育方案',
      dueOn: '2024-12-31',
      status: 'done',
      doneOn: makeIsoDate(2024, 12, random.int(10, 28)),
    },
    { title: '引进数字文化领军企业3家', dueOn: '2025-06-30', status: 'in-progress' },
    { title: '完成园区数字化服务平台建设', dueOn: '2025-12-31', status: 'planned' },
    { title: `入驻企业营业收入突破${stepYi}亿元`, dueOn: '2026-06-30', status: 'planned' },
    {
      title: '入驻企业营业收入达到100亿元',
      dueOn: `${defaultTargetYear}-12-31`,
      status: 'planned',
    },
  ];
  return draft.map((milestone, index) => ({ ...milestone, id: `${planId}-m${index + 1}` }));
}

/** A candidate is still short of 百亿: the plan is to get there, not to have arrived. */
const candidateCeilingYuan = 0.9 * tenBillionYuan;

/**
 * Plans for the generated parks (never the real ones: a plan would be a claim about them) with
 * the largest baselines short of the target.
 */
export function generatePlans(
  random: Random,
  sites: readonly DemoParkSite[],
  tenancies: readonly Tenancy[],
  reports: readonly RevenueReport[],
): CultivationPlan[] {
  const baselines = baselineByPark(tenancies, reports);
  const baselineOf = (site: DemoParkSite) => baselines.get(site.park.id) ?? 0;
  const candidates = sites
    .filter((site) => !site.isReal)
    .sort((a, b) => baselineOf(b) - baselineOf(a) || (a.park.id < b.park.id ? -1 : 1));
  const planned = [
    ...candidates.filter((site) => baselineOf(site) < candidateCeilingYuan),
    ...candidates.filter((site) => baselineOf(site) >= candidateCeilingYuan),
  ].slice(0, plannedParkCount);
  return planned.map((site, index) => {
    const localId = `plan-${index + 1}`;
    const baselineYuan = baselineOf(site);
    return demoRecord(localId, {
      parkId: site.park.id,
      targetYuan: tenBillionYuan,
      targetYear: defaultTargetYear,
      baselineYear,
      baselineYuan,
      revenueBase: 'all-tenants' as const,
      revenueBaseNote: '示例数据：入驻企业（年末在园）2024年1–12月营业收入合计',
      milestones: milestones(random, demoId(localId), baselineYuan),
    });
  });
}
