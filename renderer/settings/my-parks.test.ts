import { describe, expect, it } from 'vitest';
import { readMyParks } from './my-parks';

const storageWith = (value: string | null) => ({ getItem: () => value });

describe('my parks', () => {
  it('reads the stored park ids and ignores damaged storage', () => {
    expect(readMyParks(storageWith('["p1","p2"]'))).toEqual(['p1', 'p2']);
    expect(readMyParks(storageWith(null))).toEqual([]);
    expect(readMyParks(storageWith('{"p1":true}'))).toEqual([]);
    expect(readMyParks(storageWith('nope'))).toEqual([]);
  });
});
