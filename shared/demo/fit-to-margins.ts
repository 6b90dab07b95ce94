/**
 * Scales weights so that their total and several subtotals hit given targets at once (iterative
 * proportional fitting, "raking"). The demo draws each 规上 firm's revenue at random and then
 * fits the draws to the district's published total, 核心领域, 数字文化 and 实验区 figures, which
 * keeps every firm's share random and the totals right.
 */

export interface Margin<T> {
  /** Which items the subtotal counts. */
  readonly includes: (item: T) => boolean;
  readonly targetTotal: number;
}

const rounds = 200;
const tolerance = 1e-9;

function sumOf(values: readonly number[], filter: (index: number) => boolean): number {
  let sum = 0;
  for (const [index, value] of values.entries()) if (filter(index)) sum += value;
  return sum;
}

/**
 * The weights scaled to sum to `total` with each margin's items summing to its target. A margin
 * with no items in it (or every item) cannot be fitted and is left as it falls.
 */
export function fitToMargins<T>(
  items: readonly T[],
  weights: readonly number[],
  total: number,
  margins: readonly Margin<T>[],
): number[] {
  const fitted = [...weights];
  const memberships = margins.map((margin) => items.map((item) => margin.includes(item)));
  const scaleAll = (factor: number) => {
    for (const index of fitted.keys()) fitted[index] = (fitted[index] ?? 0) * factor;
  };
  scaleAll(total / sumOf(fitted, () => true));
  for (let round = 0; round < rounds; round += 1) {
    let worst = 0;
    for (const [marginIndex, margin] of margins.entries()) {
      const inside = memberships[marginIndex] ?? [];
      const insideSum = sumOf(fitted, (index) => inside[index] === true);
      const outsideSum = sumOf(fitted, (index) => inside[index] !== true);
      if (insideSum <= 0 || outsideSum <= 0) continue;
      const insideFactor = margin.targetTotal / insideSum;
      const outsideFactor = (total - margin.targetTotal) / outsideSum;
      worst = Math.max(worst, Math.abs(insideFactor - 1));
      for (const index of fitted.keys()) {
        fitted[index] =
          (fitted[index] ?? 0) * (inside[index] === true ? insideFactor : outsideFactor);
      }
    }
    if (worst < tolerance) break;
  }
  return fitted;
}
