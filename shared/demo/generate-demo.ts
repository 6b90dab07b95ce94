/**
 * The demo registry, the app's embedded default: ~100 parks (the 16 real ones with their
 * sourced facts, the rest fictional), ~17,000 fictional enterprises, their tenancies, monthly
 * cumulative reports for 2023 and 2024, five 百亿园区 cultivation plans, park events and
 * financing, with totals of the order of the district's published 2024年1–10月 figures.
 *
 * Pure and deterministic: the same options give byte-identical records on every run. Every
 * record carries `demo: true`.
 */
import type { Park } from '../parks/park';
import type { RevenueReport } from '../reports/revenue-report';
import { generateEnterprises } from './demo-enterprises';
import { generateEvents } from './demo-events';
import { generateFinancings } from './demo-financing';
import { generateParkSites, withAreas } from './demo-parks';
import { generatePlans } from './demo-plans';
import { generateReports } from './demo-reports';
import { generateTenancies, leasedAreaByPark } from './demo-tenancies';
import { generateEnterpriseProfiles } from './enterprise-profiles';
import { districtScale } from './published-figures';
import { createRandom } from './random';
import type { RegistryRecords } from '../registry/registry-tables';

export interface DemoOptions {
  /** How many enterprises; the district has ~17,000. Totals scale with it. */
  readonly enterprises: number;
  /** How many parks, at least the 16 real ones plus five 百亿 candidates; the district has ~100. */
  readonly parks: number;
  readonly seed: number;
}

/** The seed the app's demo is generated from. */
export const defaultDemoSeed = 20_241_031;

export const districtDemoOptions: DemoOptions = { ...districtScale, seed: defaultDemoSeed };

/** The demo is a set of registry records, in the shape a bulk load takes. */
export type DemoRegistry = RegistryRecords;

/** Enterprises whose reports are written between two progress steps. */
const reportChunkSize = 1000;

/**
 * Generates the demo step by step, yielding how much of the work is done (0–1) between steps,
 * so that a screen can show progress and breathe while the ~400,000 reports are written. Returns
 * the same registry as generateDemoRegistry.
 */
export function* generateDemoInSteps(
  options: DemoOptions = districtDemoOptions,
): Generator<number, DemoRegistry, void> {
  if (!Number.isInteger(options.enterprises) || options.enterprises < 1) {
    throw new RangeError(
      `The demo needs a whole number of enterprises, got ${options.enterprises}`,
    );
  }
  const random = createRandom(options.seed);
  const sites = generateParkSites(random.fork('parks'), options.parks);
  const profiles = generateEnterpriseProfiles(random.fork('profiles'), sites, options);
  yield 0.3;
  const enterprises = generateEnterprises(random.fork('enterprises'), profiles);
  const enterpriseIds = enterprises.map((enterprise) => enterprise.id);
  const tenancies = generateTenancies(
    random.fork('tenancies'),
    profiles,
    enterpriseIds,
    sites.map((site) => site.park),
  );
  yield 0.45;
  // One stream across the chunks: the reports are the same as if written in one go.
  const reportRandom = random.fork('reports');
  const reportChunks: RevenueReport[][] = [];
  for (let start = 0; start < profiles.length; start += reportChunkSize) {
    const chunk = profiles.slice(start, start + reportChunkSize);
    reportChunks.push(generateReports(reportRandom, chunk, enterpriseIds));
    yield 0.45 + (0.5 * (start + chunk.length)) / profiles.length;
  }
  const reports = reportChunks.flat();
  const plans = generatePlans(random.fork('plans'), sites, tenancies, reports);
  const plannedParkIds = new Set(plans.map((plan) => plan.parkId));
  const leased = leasedAreaByPark(tenancies);
  const areaRandom = random.fork('park-areas');
  const parks = sites.map(({ park }) => {
    const withTier: Park = plannedParkIds.has(park.id) ? { ...park, cultivationTier: 'key' } : park;
    return withAreas(withTier, leased.get(park.id) ?? 0, areaRandom);
  });
  return {
    parks,
    enterprises,
    tenancies,
    reports,
    plans,
    events: generateEvents(random.fork('events'), sites),
    financings: generateFinancings(random.fork('financings'), profiles, enterpriseIds),
  };
}

export function generateDemoRegistry(options: DemoOptions = districtDemoOptions): DemoRegistry {
  const steps = generateDemoInSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
