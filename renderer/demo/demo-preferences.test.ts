import { describe, expect, it } from 'vitest';
import { readDemoPreferences, rememberAutoLoad, rememberOfferDeclined } from './demo-preferences';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('demo preferences', () => {
  it('start with nothing remembered', () => {
    expect(readDemoPreferences(memoryStorage())).toEqual({
      autoLoadedBefore: false,
      offerDeclined: false,
    });
  });

  it('remember an automatic load and a declined offer separately', () => {
    const storage = memoryStorage();
    rememberAutoLoad(storage);
    expect(readDemoPreferences(storage)).toEqual({ autoLoadedBefore: true, offerDeclined: false });
    rememberOfferDeclined(storage);
    expect(readDemoPreferences(storage)).toEqual({ autoLoadedBefore: true, offerDeclined: true });
  });
});
