import { describe, expect, it } from 'vitest';
import { districtDemoOptions } from '../../shared/demo/generate-demo';
import {
  demoOptionsIn,
  demoRequestIn,
  demoStartAction,
  type DemoStartSituation,
} from './demo-start';

function situation(overrides: Partial<DemoStartSituation> = {}): DemoStartSituation {
  return {
    registryEmpty: true,
    autoLoadedBefore: false,
    offerDeclined: false,
    request: undefined,
    automated: false,
    ...overrides,
  };
}

describe('demoStartAction', () => {
  it('loads the demo on a new, empty profile', () => {
    expect(demoStartAction(situation())).toBe('load');
  });

  it('leaves a registry with data alone, whatever the address asks', () => {
    expect(demoStartAction(situation({ registryEmpty: false }))).toBe('nothing');
    expect(demoStartAction(situation({ registryEmpty: false, request: 'load' }))).toBe('nothing');
  });

  it('offers the demo again after it was cleared, until the offer is declined', () => {
    expect(demoStartAction(situation({ autoLoadedBefore: true }))).toBe('offer');
    expect(demoStartAction(situation({ autoLoadedBefore: true, offerDeclined: true }))).toBe(
      'nothing',
    );
  });

  it('starts a test browser empty unless the address asks for the demo', () => {
    expect(demoStartAction(situation({ automated: true }))).toBe('nothing');
    expect(demoStartAction(situation({ automated: true, request: 'load' }))).toBe('load');
  });

  it('follows ?demo=load and ?demo=off over the profile history', () => {
    expect(demoStartAction(situation({ request: 'off' }))).toBe('nothing');
    expect(
      demoStartAction(situation({ autoLoadedBefore: true, offerDeclined: true, request: 'load' })),
    ).toBe('load');
  });
});

describe('demoRequestIn', () => {
  it('reads demo=load and demo=off and ignores anything else', () => {
    expect(demoRequestIn('?demo=load')).toBe('load');
    expect(demoRequestIn('?lang=en&demo=off')).toBe('off');
    expect(demoRequestIn('?demo=yes')).toBeUndefined();
    expect(demoRequestIn('')).toBeUndefined();
  });
});

describe('demoOptionsIn', () => {
  it('loads the district unless the address asks for a tenth', () => {
    expect(demoOptionsIn('')).toEqual(districtDemoOptions);
    expect(demoOptionsIn('?demo=load&demoScale=tenth')).toMatchObject({
      enterprises: districtDemoOptions.enterprises / 10,
      seed: districtDemoOptions.seed,
    });
  });
});
