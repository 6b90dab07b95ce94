/**
 * Splits an integer total in proportion to weights so the parts are integers that add up to
 * the total exactly (largest remainder method). The demo uses it wherever a published total
 * must be met to the unit: visitors, financing in 万元.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`Can only apportion a non-negative integer, got ${total}`);
  }
  let weightSum = 0;
  for (const weight of weights) weightSum += weight;
  if (weights.length === 0 || weightSum <= 0) {
    throw new RangeError('Can only apportion over weights with a positive sum');
  }
  const shares = weights.map((weight) => (weight / weightSum) * total);
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  // Ties go to the earlier index, so the split is the same on every run.
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
