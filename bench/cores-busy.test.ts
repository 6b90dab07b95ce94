import { describe, expect, it } from 'vitest';
import { coresBusyBetween, type JiffiesSample } from './cores-busy.mjs';

/** Samples every 50 ms of a machine whose cores are `busyShare` busy (100 jiffies a second each). */
function samplesOf(busyShare: number, cores: number, count: number): JiffiesSample[] {
  return Array.from({ length: count }, (_, index) => {
    const total = index * 5 * cores;
    return { at: index * 50, busy: total * busyShare, total };
  });
}

describe('coresBusyBetween', () => {
  it('gives the busy share of every core, as a number of cores', () => {
    expect(coresBusyBetween(samplesOf(0.9, 2, 40), 0, 2_000, 2)).toBeCloseTo(1.8);
  });

  it('counts only the samples inside the timing', () => {
    const idleThenBusy = [
      ...samplesOf(0, 2, 20),
      ...samplesOf(1, 2, 20).map((sample) => ({
        at: 1_000 + sample.at,
        busy: sample.busy,
        total: 190 + sample.total,
      })),
    ];
    expect(coresBusyBetween(idleThenBusy, 1_000, 1_950, 2)).toBeCloseTo(2);
    expect(coresBusyBetween(idleThenBusy, 0, 950, 2)).toBeCloseTo(0);
  });

  it('says nothing with fewer than two samples in the timing', () => {
    expect(coresBusyBetween(samplesOf(1, 2, 40), 10, 40, 2)).toBeNull();
    expect(coresBusyBetween([], 0, 1_000, 2)).toBeNull();
  });
});
