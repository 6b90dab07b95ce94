/**
 * What the board reads, live: the plans, and the registry view the indicators are computed from
 * (a plan's progress is its park's revenue indicator, so it matches the dashboard's figure).
 */
import { useMemo } from 'react';
import type { CultivationPlan } from '../../shared/cultivation/cultivation-plan';
import type { LiveRecords } from '../../shared/indicators/indicator-input';
import type { Park } from '../../shared/parks/park';
import { useCultivationPlans } from '../db/hooks';
import { useRegistryView } from '../registry-view/use-registry-view';

export interface BoardData {
  readonly plans: readonly CultivationPlan[];
  readonly parks: readonly Park[];
  readonly records: LiveRecords;
}

/** Undefined while the first read is under way. */
export function useBoardData(): BoardData | undefined {
  const view = useRegistryView();
  const plans = useCultivationPlans();
  // One object per read, so the progress computed from it is computed once per change.
  return useMemo(
    () =>
      view === undefined || plans === undefined
        ? undefined
        : { plans, parks: view.records.parks, records: view.records },
    [view, plans],
  );
}
