import type { Multipliers } from './plan-lagrange';
import type { SearchSpace } from './plan-search';

/**
 * A second, cheaper bound for the search: an exact 0/1 knapsack over each suffix of the search order,
 * tabulated once by budget, with each item's level points scaled by (1 − μ) and Σ μ·M counted up front
 * (the same relaxation of min(M, covered) as the fractional bound, but integral, so it is tighter where
 * a fractional item was what kept the other bound high). Weights are rounded down and needs are
 * ignored, which only loosens it. Per node it costs one table read plus a sum over units.
 */
export interface TableBound {
  /** Upper bound on what positions from `depth` on can add with `missing` points per unit left. */
  bound: (depth: number, missing: ArrayLike<number>, capacity: number) => number;
}

/**
 * Budget step of the table, in hundredths of 万元 (so 0.1 万). Weights are rounded down to it and so is
 * the capacity (Σ⌊w/s⌋ ≤ ⌊C/s⌋ whenever Σw ≤ C), which keeps it a bound; a finer step cut a few more
 * nodes but cost more to build than it saved.
 */
const step = 10;
/** Tables above this many cells are not built (memory): the search then relies on the fractional bound alone. */
const maxCells = 8_000_000;

export function makeTableBound(
  space: SearchSpace,
  weights: Float64Array,
  { mu, shift }: Multipliers,
  capacity: number,
): TableBound | undefined {
  const n = space.order.length;
  const width = Math.max(0, Math.floor(capacity / step)) + 1;
  if ((n + 1) * width > maxCells) return undefined;
  const table = new Float32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    let value = (space.bonuses[i] ?? 0) + (shift[i] ?? 0);
    for (const [u, g] of space.gains[i] ?? []) value += (1 - (mu[u] ?? 0)) * Math.min(g, space.missing[u] ?? 0);
    // Float32 rounds: a tiny upward nudge keeps the table an upper bound.
    value += Math.abs(value) * 1e-6 + 1e-6;
    const weight = Math.max(0, Math.floor((weights[i] ?? 0) / step));
    const row = i * width;
    const next = (i + 1) * width;
    for (let c = 0; c < width; c += 1) {
      const skip = table[next + c] ?? 0;
      table[row + c] = c >= weight ? Math.max(skip, (table[next + c - weight] ?? 0) + value) : skip;
    }
  }
  const muCopy = Float64Array.from(mu);
  return {
    bound: (depth, missing, left) => {
      if (left < 0) return -Infinity;
      let fixed = 0;
      for (let u = 0; u < muCopy.length; u += 1) fixed += (muCopy[u] ?? 0) * (missing[u] ?? 0);
      const c = Math.min(width - 1, Math.floor(left / step));
      return fixed + (table[depth * width + c] ?? 0);
    },
  };
}
