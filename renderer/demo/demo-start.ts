/**
 * What the app does about the demo when it starts: on a new, empty profile it loads the demo,
 * so `npm start` and `npm run web` open on a registry that shows every screen at district
 * scale. Once the demo has been loaded and cleared, an empty registry gets an offer instead
 * (unless the user declined it). A test driver (navigator.webdriver) starts empty so that
 * end-to-end tests choose their own data; `?demo=load` and `?demo=off` in the address decide
 * explicitly.
 */

import { districtDemoOptions, type DemoOptions } from '../../shared/demo/generate-demo';

export type DemoStartAction = 'load' | 'offer' | 'nothing';

/** What the address asks for: `?demo=load` or `?demo=off`. */
export type DemoRequest = 'load' | 'off';

export interface DemoStartSituation {
  readonly registryEmpty: boolean;
  /** This profile has loaded the demo automatically before (and it has since been cleared). */
  readonly autoLoadedBefore: boolean;
  /** The user declined the offer. */
  readonly offerDeclined: boolean;
  readonly request: DemoRequest | undefined;
  /** Driven by a test browser (navigator.webdriver). */
  readonly automated: boolean;
}

export function demoStartAction(situation: DemoStartSituation): DemoStartAction {
  if (!situation.registryEmpty) return 'nothing';
  if (situation.request !== undefined) return situation.request === 'load' ? 'load' : 'nothing';
  if (situation.automated) return 'nothing';
  if (!situation.autoLoadedBefore) return 'load';
  return situation.offerDeclined ? 'nothing' : 'offer';
}

/** The demo request in a location's query string, if it makes one. */
export function demoRequestIn(search: string): DemoRequest | undefined {
  const value = new URLSearchParams(search).get('demo');
  return value === 'load' || value === 'off' ? value : undefined;
}

/**
 * The size of the demo to load: the district's, or with `?demoScale=tenth` a tenth of it, which
 * end-to-end tests use so a run does not spend minutes writing the district.
 */
export function demoOptionsIn(search: string): DemoOptions {
  return new URLSearchParams(search).get('demoScale') === 'tenth'
    ? {
        ...districtDemoOptions,
        enterprises: districtDemoOptions.enterprises / 10,
        parks: Math.max(24, districtDemoOptions.parks / 4),
      }
    : districtDemoOptions;
}
