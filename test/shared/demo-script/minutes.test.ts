import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMinutes } from '../../../src/shared/demo-script/minutes';

describe('splitting the demo length over its steps', () => {
  it('gives whole minutes that add up exactly, each within a minute of its exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (weights, total) => {
          const parts = allocateMinutes(weights, total);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
          if (total >= weights.length) expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
          // The one-minute floor may move a minute per short step; otherwise shares are exact ±1.
          const floored = weights.filter((w) => (total * w) / sum < 1).length;
          weights.forEach((w, i) => {
            expect(Math.abs((parts[i] ?? 0) - (total * w) / sum)).toBeLessThan(1 + floored);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits in proportion, the larger remainder first, ties to the earlier step', () => {
    expect(allocateMinutes([3, 8, 15, 10, 8, 5, 8, 10, 5], 75)).toEqual([3, 8, 16, 11, 8, 5, 8, 11, 5]);
    expect(allocateMinutes([1, 1, 1], 4)).toEqual([2, 1, 1]);
    expect(allocateMinutes([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(allocateMinutes([1, 100], 10)).toEqual([1, 9]);
    expect(allocateMinutes([], 0)).toEqual([]);
  });

  it('refuses a negative or fractional total', () => {
    expect(() => allocateMinutes([1], -1)).toThrow(RangeError);
    expect(() => allocateMinutes([1], 2.5)).toThrow(RangeError);
    expect(() => allocateMinutes([0], 2)).toThrow(RangeError);
  });
});
