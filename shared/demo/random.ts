/**
 * A seeded pseudo-random generator, so the demo registry is the same on every machine and every
 * run: xoshiro128** (32-bit state words, exact in JavaScript's integer arithmetic) seeded through
 * splitmix32. Each part of the demo draws from its own stream (`fork`), so changing how tenancies
 * are drawn does not reshuffle every report after them.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index into `weights`, each chosen in proportion to its weight. */
  weightedIndex(weights: readonly number[]): number;
  /** `count` distinct items (all of them if there are fewer), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A standard normal draw (mean 0, standard deviation 1). */
  normal(): number;
  /** An independent stream for one named part of the data. */
  fork(label: string): Random;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over a label's UTF-16 code units, to turn a stream's name into its seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}

function xoshiro128(seedWords: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = seedWords;
  return () => {
    const result = Math.imul(rotateLeft(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c = (c ^ a) >>> 0;
    d = (d ^ b) >>> 0;
    b = (b ^ c) >>> 0;
    a = (a ^ d) >>> 0;
    c = (c ^ t) >>> 0;
    d = rotateLeft(d, 11);
    return result;
  };
}

export function createRandom(seed: number): Random {
  const seeder = splitmix32(seed);
  const words: [number, number, number, number] = [seeder(), seeder(), seeder(), seeder()];
  // An all-zero state would only ever yield zeros.
  if (words.every((word) => word === 0)) words[0] = 1;
  const nextWord = xoshiro128(words);

  const next = () => nextWord() / 4294967296;
  let spareNormal: number | undefined;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('Cannot pick from an empty list');
      return item;
    },
    weightedIndex: (weights) => {
      let total = 0;
      for (const weight of weights) total += weight;
      let remaining = next() * total;
      for (let index = 0; index < weights.length; index += 1) {
        remaining -= weights[index] ?? 0;
        if (remaining < 0) return index;
      }
      return weights.length - 1;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      // A partial Fisher–Yates shuffle: only the drawn prefix is ever touched.
      const pool = [...items];
      const taken = Math.min(count, pool.length);
      for (let index = 0; index < taken; index += 1) {
        const swap = index + Math.floor(next() * (pool.length - index));
        const drawn = pool[swap] as T;
        pool[swap] = pool[index] as T;
        pool[index] = drawn;
      }
      return pool.slice(0, taken);
    },
    normal: () => {
      // Box–Muller yields two independent draws; the second is kept for the next call.
      if (spareNormal !== undefined) {
        const spare = spareNormal;
        spareNormal = undefined;
        return spare;
      }
      // 1 − next() keeps the logarithm's argument in (0, 1].
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    // From the seed, not the stream's position: a stream does not shift when another draws more.
    fork: (label) => createRandom(hashLabel(`${seed}/${label}`)),
  };
  return random;
}
