/**
 * What this browser profile remembers about the demo, beside its registry: whether the demo was
 * loaded automatically once (so clearing it does not bring it back on the next start) and
 * whether the user declined the offer to load it again.
 */

const autoLoadedKey = 'park-ledger.demo.autoLoaded';
const offerDeclinedKey = 'park-ledger.demo.offerDeclined';

export interface DemoPreferences {
  readonly autoLoadedBefore: boolean;
  readonly offerDeclined: boolean;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function readDemoPreferences(storage: KeyValueStore = localStorage): DemoPreferences {
  return {
    autoLoadedBefore: storage.getItem(autoLoadedKey) === 'true',
    offerDeclined: storage.getItem(offerDeclinedKey) === 'true',
  };
}

export function rememberAutoLoad(storage: KeyValueStore = localStorage): void {
  storage.setItem(autoLoadedKey, 'true');
}

export function rememberOfferDeclined(storage: KeyValueStore = localStorage): void {
  storage.setItem(offerDeclinedKey, 'true');
}
