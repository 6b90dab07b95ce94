/**
 * The board's rows: each live plan with its park and its progress on the plan's own revenue
 * base, key parks (重点培育) before reserve ones, the nearest to the target first.
 */
import type { CultivationPlan } from '../../shared/cultivation/cultivation-plan';
import { planRevenueFigures } from '../../shared/cultivation/plan-revenue';
import {
  cultivationProgress,
  type CultivationProgress,
  type ProgressStatus,
} from '../../shared/cultivation/progress';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import type { CultivationTier, Park } from '../../shared/parks/park';
import { isLive } from '../../shared/records/record-meta';

export interface BoardEntry {
  readonly plan: CultivationPlan;
  /** Undefined when the plan's park is not among the live parks. */
  readonly park: Park | undefined;
  readonly progress: CultivationProgress;
}

const tierOrder: Readonly<Record<CultivationTier, number>> = { key: 0, reserve: 1, none: 2 };

function compareEntries(a: BoardEntry, b: BoardEntry): number {
  const tier =
    tierOrder[a.park?.cultivationTier ?? 'none'] - tierOrder[b.park?.cultivationTier ?? 'none'];
  if (tier !== 0) return tier;
  const share = (b.progress.shareOfTarget.value ?? -1) - (a.progress.shareOfTarget.value ?? -1);
  if (share !== 0) return share;
  return (a.park?.name ?? a.plan.parkId).localeCompare(b.park?.name ?? b.plan.parkId, 'zh-CN');
}

/**
 * The records of a few parks: their tenancies and tenants, with the district's report lookups.
 * A park's figures depend on nothing else, and computing them over a handful of parks' tenants
 * instead of the district's ~17,000 enterprises keeps the board quick.
 */
function recordsOfParks(records: LiveRecords, parkIds: ReadonlySet<string>): LiveRecords {
  const tenancies = records.tenancies.filter((tenancy) => parkIds.has(tenancy.parkId));
  const tenantIds = new Set(tenancies.map((tenancy) => tenancy.enterpriseId));
  return {
    ...records,
    parks: records.parks.filter((park) => parkIds.has(park.id)),
    enterprises: records.enterprises.filter((enterprise) => tenantIds.has(enterprise.id)),
    tenancies,
    events: [],
    financings: [],
  };
}

export function boardEntries(
  plans: readonly CultivationPlan[],
  records: LiveRecords,
): BoardEntry[] {
  const livePlans = plans.filter(isLive);
  const planned = recordsOfParks(records, new Set(livePlans.map((plan) => plan.parkId)));
  const parks = new Map(records.parks.map((park) => [park.id, park]));
  return livePlans
    .map((plan) => ({
      plan,
      park: parks.get(plan.parkId),
      progress: cultivationProgress(plan, planRevenueFigures(plan, planned)),
    }))
    .sort(compareEntries);
}

export function statusCounts(entries: readonly BoardEntry[]): Record<ProgressStatus, number> {
  const counts: Record<ProgressStatus, number> = {
    reached: 0,
    'on-track': 0,
    behind: 0,
    'insufficient-data': 0,
  };
  for (const entry of entries) counts[entry.progress.status] += 1;
  return counts;
}

/** Parks the district put in a cultivation tier that have no live plan yet. */
export function parksAwaitingPlans(
  parks: readonly Park[],
  plans: readonly CultivationPlan[],
): Park[] {
  const planned = new Set(plans.filter(isLive).map((plan) => plan.parkId));
  return parks.filter(
    (park) => isLive(park) && park.cultivationTier !== 'none' && !planned.has(park.id),
  );
}
