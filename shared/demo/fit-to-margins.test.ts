import { describe, expect, it } from 'vitest';
import { fitToMargins } from './fit-to-margins';

interface Firm {
  readonly core: boolean;
  readonly digital: boolean;
  readonly inZone: boolean;
}

function firms(): Firm[] {
  const list: Firm[] = [];
  for (const core of [true, false]) {
    for (const digital of [true, false]) {
      for (const inZone of [true, false])
        list.push({ core, digital, inZone }, { core, digital, inZone });
    }
  }
  return list;
}

function total(items: readonly Firm[], weights: readonly number[], include: (f: Firm) => boolean) {
  return items.reduce((sum, item, index) => sum + (include(item) ? (weights[index] ?? 0) : 0), 0);
}

describe('fitToMargins', () => {
  const items = firms();
  const weights = items.map((_, index) => 1 + ((index * 7) % 5));
  const margins = [
    { includes: (f: Firm) => f.core, targetTotal: 760 },
    { includes: (f: Firm) => f.digital, targetTotal: 404 },
    { includes: (f: Firm) => f.inZone, targetTotal: 519 },
  ];

  it('hits the total and every margin at once', () => {
    const fitted = fitToMargins(items, weights, 1000, margins);
    expect(total(items, fitted, () => true)).toBeCloseTo(1000, 6);
    for (const margin of margins) {
      expect(total(items, fitted, margin.includes)).toBeCloseTo(margin.targetTotal, 6);
    }
  });

  it('scales items of the same margins by the same factor', () => {
    const fitted = fitToMargins(items, weights, 1000, margins);
    // Items 0 and 1 share every margin, so their ratio survives the fit.
    expect((fitted[0] ?? 0) / (fitted[1] ?? 1)).toBeCloseTo(
      (weights[0] ?? 0) / (weights[1] ?? 1),
      10,
    );
  });

  it('leaves a margin that cannot be fitted as it falls and still hits the total', () => {
    const fitted = fitToMargins(items, weights, 500, [{ includes: () => true, targetTotal: 100 }]);
    expect(total(items, fitted, () => true)).toBeCloseTo(500, 6);
  });
});
