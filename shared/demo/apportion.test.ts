import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('apportion', () => {
  it('splits a total into integers that add up to it exactly', () => {
    const weights = [0.37, 1.91, 2.2, 0.05, 7.7];
    const parts = apportion(weights, 10_000_001);
    expect(sum(parts)).toBe(10_000_001);
    for (const part of parts) expect(Number.isInteger(part)).toBe(true);
  });

  it('keeps each part within one of its exact share', () => {
    const weights = [1, 2, 3, 4];
    const parts = apportion(weights, 101);
    weights.forEach((weight, index) => {
      expect(Math.abs((parts[index] ?? 0) - (weight / 10) * 101)).toBeLessThan(1);
    });
  });

  it('gives the leftover units to the largest remainders, earlier index first on a tie', () => {
    expect(apportion([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(apportion([1, 1, 2], 5)).toEqual([1, 1, 3]);
  });

  it('refuses a negative or fractional total and weights that sum to nothing', () => {
    expect(() => apportion([1], -1)).toThrow(RangeError);
    expect(() => apportion([1], 1.5)).toThrow(RangeError);
    expect(() => apportion([0, 0], 3)).toThrow(RangeError);
    expect(() => apportion([], 3)).toThrow(RangeError);
  });
});
