/**
 * Loading and clearing the demo registry (shared/demo) through the registry: generation step by
 * step, so the page can paint progress between steps, then one bulk change set with source
 * 'demo' that reports progress between its chunks. Clearing removes every demo record in one
 * action; since the demo is deterministic, loading it again brings back exactly the same records.
 */
import {
  districtDemoOptions,
  generateDemoInSteps,
  type DemoOptions,
} from '../../shared/demo/generate-demo';
import type { ChangeSet } from '../../shared/history/change-set';
import type { Registry } from '../db/registry';

export type DemoLoadPhase = 'generating' | 'writing';

export interface DemoLoadProgress {
  readonly phase: DemoLoadPhase;
  /** How much of the whole load is done, 0–1. */
  readonly fraction: number;
}

export type DemoProgressListener = (progress: DemoLoadProgress) => void;

/**
 * Generation's share of the progress bar: in Chromium, writing the ~70,000 stored records takes
 * several times longer than generating them.
 */
const generatingShare = 0.2;

/** Yields to the browser so it can paint the progress before the next step runs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Generates the demo and stores it as one change set. All or nothing: a failure (a full disk)
 * leaves the registry as it was and rejects with a RegistryError.
 */
export async function loadDemo(
  registry: Registry,
  onProgress: DemoProgressListener,
  options: DemoOptions = districtDemoOptions,
): Promise<ChangeSet> {
  const steps = generateDemoInSteps(options);
  let step = steps.next();
  while (step.done !== true) {
    onProgress({ phase: 'generating', fraction: generatingShare * step.value });
    await nextTask();
    step = steps.next();
  }
  onProgress({ phase: 'writing', fraction: generatingShare });
  return registry.demo.load(step.value, ({ done, total }) => {
    onProgress({
      phase: 'writing',
      fraction: generatingShare + (1 - generatingShare) * (total === 0 ? 1 : done / total),
    });
  });
}

/** Removes every demo record, and what hangs off demo parks and enterprises, in one action. */
export function clearDemo(registry: Registry): Promise<void> {
  return registry.demo.clear();
}

/** No parks and no enterprises: what the app offers the demo for. */
export function isRegistryEmpty(registry: Registry): Promise<boolean> {
  return registry.isEmpty();
}
