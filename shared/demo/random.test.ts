import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

function draws(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('draws floats in [0, 1) that spread evenly', () => {
    const values = draws(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const lowerHalf = values.filter((value) => value < 0.5).length / values.length;
    expect(lowerHalf).toBeCloseTo(0.5, 1);
  });

  it('draws integers within both bounds, reaching each', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index += 1) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws normals with mean 0 and standard deviation 1', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 20_000 }, () => random.normal());
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(1, 1);
  });

  it('picks by weight and never picks a zero weight', () => {
    const random = createRandom(9);
    const counts = [0, 0, 0];
    for (let index = 0; index < 10_000; index += 1) {
      const picked = random.weightedIndex([1, 0, 3]);
      counts[picked] = (counts[picked] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeCloseTo(3, 0);
  });

  it('samples distinct items, all of them when asked for more', () => {
    const random = createRandom(3);
    const items = Array.from({ length: 50 }, (_, index) => index);
    const sample = random.sample(items, 20);
    expect(new Set(sample).size).toBe(20);
    expect(random.sample(items, 80).sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });

  it('forks streams that depend on the seed and label, not on draws made before', () => {
    const quiet = createRandom(11);
    const busy = createRandom(11);
    for (let index = 0; index < 500; index += 1) busy.next();
    const fromQuiet = quiet.fork('reports');
    const fromBusy = busy.fork('reports');
    expect([fromQuiet.next(), fromQuiet.next()]).toEqual([fromBusy.next(), fromBusy.next()]);
    expect(createRandom(11).fork('events').next()).not.toBe(
      createRandom(11).fork('reports').next(),
    );
  });
});
