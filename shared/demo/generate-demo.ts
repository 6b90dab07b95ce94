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
import type { Tenancy } from '../tenancies/tenancy';
import { demoEnterpriseId, enterpriseMaker } from './demo-enterprises';
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

/** Enterprises made, with their tenancies and reports, between two progress steps. */
const enterpriseShareSize = 1000;

/** Records of the demo ready to store, and how much of the generation is done with them (0–1]. */
export interface DemoPart {
  readonly records: Partial<DemoRegistry>;
  readonly done: number;
}

/**
 * Generates the demo in parts, each ready to store when it is yielded, so that a loader can store
 * one while the next is generated: the enterprises a thousand at a time, each with its tenancies
 * and reports, then the parks (whose 百亿 tier and areas follow from the rest), plans, events and
 * financing. Only the enterprises' profiles, which are fitted to the published figures all at
 * once, come before the first records. A part without records marks progress only. Taken
 * together, the parts hold generateDemoRegistry's records.
 */
export function* generateDemoInParts(
  options: DemoOptions = districtDemoOptions,
): Generator<DemoPart, void, void> {
  if (!Number.isInteger(options.enterprises) || options.enterprises < 1) {
    throw new RangeError(
      `The demo needs a whole number of enterprises, got ${options.enterprises}`,
    );
  }
  const random = createRandom(options.seed);
  const sites = generateParkSites(random.fork('parks'), options.parks);
  const profiles = generateEnterpriseProfiles(random.fork('profiles'), sites, options);
  yield { records: {}, done: 0.3 };
  const enterpriseIds = profiles.map((profile) => demoEnterpriseId(profile.index, profiles.length));
  const siteParks = sites.map((site) => site.park);
  // One stream per kind across the shares: the records are the same as if made in one go.
  const makeEnterprises = enterpriseMaker(random.fork('enterprises'), profiles);
  const tenancyRandom = random.fork('tenancies');
  const reportRandom = random.fork('reports');
  const tenancies: Tenancy[] = [];
  const reports: RevenueReport[] = [];
  for (let start = 0; start < profiles.length; start += enterpriseShareSize) {
    const share = profiles.slice(start, start + enterpriseShareSize);
    const shareTenancies = generateTenancies(tenancyRandom, share, enterpriseIds, siteParks);
    const shareReports = generateReports(reportRandom, share, enterpriseIds);
    for (const tenancy of shareTenancies) tenancies.push(tenancy);
    for (const report of shareReports) reports.push(report);
    yield {
      records: {
        enterprises: makeEnterprises(share),
        tenancies: shareTenancies,
        reports: shareReports,
      },
      done: 0.3 + (0.65 * (start + share.length)) / profiles.length,
    };
  }
  const plans = generatePlans(random.fork('plans'), sites, tenancies, reports);
  const plannedParkIds = new Set(plans.map((plan) => plan.parkId));
  const leased = leasedAreaByPark(tenancies);
  const areaRandom = random.fork('park-areas');
  const parks = sites.map(({ park }) => {
    const withTier: Park = plannedParkIds.has(park.id) ? { ...park, cultivationTier: 'key' } : park;
    return withAreas(withTier, leased.get(park.id) ?? 0, areaRandom);
  });
  yield {
    records: {
      parks,
      plans,
      events: generateEvents(random.fork('events'), sites),
      financings: generateFinancings(random.fork('financings'), profiles, enterpriseIds),
    },
    done: 1,
  };
}

/** The parts' records, together. */
function joinDemoParts(parts: Iterable<DemoPart>): DemoRegistry {
  const joined: { [Table in keyof DemoRegistry]: DemoRegistry[Table][number][] } = {
    parks: [],
    enterprises: [],
    tenancies: [],
    reports: [],
    plans: [],
    events: [],
    financings: [],
  };
  for (const { records } of parts) {
    for (const table of Object.keys(joined) as (keyof DemoRegistry)[]) {
      const list: readonly unknown[] = records[table] ?? [];
      for (const record of list) (joined[table] as unknown[]).push(record);
    }
  }
  return joined;
}

export function generateDemoRegistry(options: DemoOptions = districtDemoOptions): DemoRegistry {
  return joinDemoParts(generateDemoInParts(options));
}
