import { describe, expect, it } from 'vitest';
import { aPark } from '../test-support/builders';
import {
  hasSameContent,
  isSamePlainData,
  isSameState,
  reviseRecord,
  revertRecord,
  revisionOf,
  tombstoneRecord,
} from './record-revision';

const earlier = '2024-11-01T08:00:00.000+08:00';
const later = '2024-11-02T08:00:00.000+08:00';

describe('isSamePlainData', () => {
  it('compares nested plain data by value and treats an undefined property as absent', () => {
    expect(isSamePlainData({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(isSamePlainData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(isSamePlainData([1], { 0: 1 })).toBe(false);
  });
});

describe('reviseRecord', () => {
  it('starts a new record at version 1 and raises an existing one by one', () => {
    const park = aPark({ version: 4 });
    expect(reviseRecord(undefined, revisionOf(park), later)).toMatchObject({
      version: 1,
      updatedAt: later,
    });
    expect(reviseRecord(park, { ...revisionOf(park), name: '新名' }, later)).toMatchObject({
      version: 5,
      name: '新名',
    });
  });

  it('revives a tombstone and keeps the demo mark of the stored record', () => {
    const stored = tombstoneRecord(aPark({ demo: true }), earlier);
    const revised = reviseRecord(stored, { ...revisionOf(stored), demo: undefined }, later);
    expect(revised.deletedAt).toBeUndefined();
    expect(revised.demo).toBe(true);
    expect('deletedAt' in revised).toBe(false);
  });
});

describe('record states', () => {
  it('ignore version and time but not content or deletion', () => {
    const park = aPark();
    const bumped = { ...park, version: 9, updatedAt: later };
    expect(hasSameContent(park, bumped)).toBe(true);
    const renamed: typeof park = { ...park, name: '别的' };
    expect(hasSameContent(park, renamed)).toBe(false);
    expect(isSameState(park, tombstoneRecord(park, later))).toBe(false);
    expect(isSameState(undefined, tombstoneRecord(park, later))).toBe(true);
  });

  it('revert to a target state one version up, or tombstone when the target is absent', () => {
    const before = aPark({ name: '旧', version: 1 });
    const current = { ...before, name: '新', version: 2 };
    expect(revertRecord(current, before, later)).toMatchObject({
      name: '旧',
      version: 3,
      updatedAt: later,
    });
    expect(revertRecord(current, undefined, later)).toMatchObject({
      name: '新',
      version: 3,
      deletedAt: later,
    });
    expect(revertRecord(current, current, later)).toBeUndefined();
  });
});
