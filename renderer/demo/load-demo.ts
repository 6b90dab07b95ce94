/**
 * Loading and clearing the demo registry (shared/demo) through the registry: generation in parts,
 * the page painting progress until the first records exist, then one bulk change set with source
 * 'demo' that writes each part while the next is generated and reports progress between chunks.
 * Clearing removes every demo record in one action; since the demo is deterministic, loading it
 * again brings back exactly the same records.
 */
import {
  districtDemoOptions,
  generateDemoInParts,
  type DemoOptions,
  type DemoPart,
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
 * Generation's share of the progress bar: what is generated before the first record is written
 * (the enterprises' profiles). The enterprises and everything else are generated while the first
 * of them are written, so they count as writing.
 */
const generatingShare = 0.05;

/** Yields to the browser so it can paint the progress before the next step runs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function hasRecords(part: DemoPart): boolean {
  return Object.values(part.records).some((list) => list.length > 0);
}

/** The part taken first, then the rest of the generator's. */
function* startingWith(first: DemoPart, rest: Iterator<DemoPart, void>): Generator<DemoPart> {
  yield first;
  for (let next = rest.next(); next.done !== true; next = rest.next()) yield next.value;
}

/**
 * Generates the demo and stores it as one change set, each part written while the next is
 * generated. All or nothing: a failure (a full disk) leaves the registry as it was and rejects
 * with a RegistryError.
 */
export async function loadDemo(
  registry: Registry,
  onProgress: DemoProgressListener,
  options: DemoOptions = districtDemoOptions,
): Promise<ChangeSet> {
  // Until the first records exist the page paints progress between steps; after that the write
  // has begun, inside one transaction that must not wait for a paint.
  const parts = generateDemoInParts(options);
  let step = parts.next();
  while (step.done !== true && !hasRecords(step.value)) {
    onProgress({ phase: 'generating', fraction: generatingShare * step.value.done });
    await nextTask();
    step = parts.next();
  }
  onProgress({ phase: 'writing', fraction: generatingShare });
  if (step.done === true) throw new Error('the demo generator produced no records');
  let shown = generatingShare;
  return registry.demo.loadInParts(startingWith(step.value, parts), ({ done, total }) => {
    // The total is estimated until the last part: the bar never goes back.
    const writing = total === 0 ? 1 : Math.min(1, done / total);
    shown = Math.max(shown, generatingShare + (1 - generatingShare) * writing);
    onProgress({ phase: 'writing', fraction: shown });
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
