import { describe, expect, it } from 'vitest';
import { readStorageStatus, requestPersistentStorage, type StorageManagerLike } from './storage';

function aStorage(
  overrides: Partial<Record<keyof StorageManagerLike, unknown>> = {},
): StorageManagerLike {
  return {
    persisted: () => Promise.resolve(false),
    persist: () => Promise.resolve(true),
    estimate: () => Promise.resolve({ usage: 1_500_000, quota: 600_000_000 }),
    ...overrides,
  } as StorageManagerLike;
}

describe('storage durability', () => {
  it('asks for persistence unless already granted, and passes on the answer', async () => {
    expect(await requestPersistentStorage(aStorage())).toBe('granted');
    expect(
      await requestPersistentStorage(aStorage({ persist: () => Promise.resolve(false) })),
    ).toBe('denied');
    let asked = false;
    const granted = aStorage({
      persisted: () => Promise.resolve(true),
      persist: () => {
        asked = true;
        return Promise.resolve(true);
      },
    });
    expect(await requestPersistentStorage(granted)).toBe('granted');
    expect(asked).toBe(false);
  });

  it('reports use and quota for 设置', async () => {
    expect(await readStorageStatus(aStorage())).toEqual({
      persistence: 'denied',
      usageBytes: 1_500_000,
      quotaBytes: 600_000_000,
    });
  });

  it('answers "unsupported" where the browser lacks the API or it fails, rather than throwing', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await readStorageStatus({})).toEqual({ persistence: 'unsupported' });
    const failing = aStorage({
      persisted: () => Promise.reject(new Error('no')),
      estimate: () => Promise.reject(new Error('no')),
    });
    expect(await readStorageStatus(failing)).toEqual({ persistence: 'unsupported' });
  });
});
