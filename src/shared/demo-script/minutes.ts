/**
 * Splits `total` whole minutes over steps in proportion to their weights, so the parts are
 * integers that add up to exactly `total` (largest remainder, ties to the earlier step). When
 * there are at least as many minutes as steps, every step gets at least one minute.
 */
export function allocateMinutes(weights: readonly number[], total: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total minutes must be an integer ≥ 0: ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w <= 0))
    throw new RangeError('weights must be positive integers');
  if (weights.length === 0) return [];

  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w, index) => ({ index, remainder: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of remainders) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }

  if (total >= parts.length) {
    // A step in the script with 0 minutes would not be presented: lend it one from the longest.
    for (let index = 0; index < parts.length; index += 1) {
      if (parts[index] !== 0) continue;
      const donor = longest(parts);
      parts[donor] = (parts[donor] ?? 0) - 1;
      parts[index] = 1;
    }
  }
  return parts;
}

function longest(parts: readonly number[]): number {
  let best = 0;
  parts.forEach((part, index) => {
    if (part > (parts[best] ?? 0)) best = index;
  });
  return best;
}
