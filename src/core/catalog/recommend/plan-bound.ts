import type { Multipliers } from './plan-lagrange';
import type { SearchSpace } from './plan-search';

/**
 * Upper bound on what the items from `depth` on can still add, for the search and for ruling items out
 * before it starts. Level points on a unit are min(missing, covered), and min(M, z) ≤ μ·M + (1 − μ)·z
 * for any μ in [0, 1]; so for each choice of μ per unit, μ·M summed plus a fractional knapsack with
 * level values scaled by (1 − μ) is a bound. μ = 0 everywhere first, then μ = 1 on the units that
 * knapsack over-covers, twice; the smallest bound wins.
 */
export type BoundFn = (depth: number, missing: ArrayLike<number>, capacity: number, enough: number, skip: number) => number;

export interface Bound {
  bound: BoundFn;
  /** Call after setting (1) or clearing (-1) `included[p]`. */
  choose: (p: number, sign: 1 | -1) => void;
  /** Call after changing `banned`. */
  refresh: () => void;
}

/**
 * `banned` is read, not written (tell it through `refresh`; chosen items through `choose`): an item whose need has no provider left (all passed
 * over, or ruled out) can never be taken, so the bound leaves it out. `skip` is left out too (-1: none).
 */
export function makeBound(space: SearchSpace, weights: Float64Array, banned: Uint8Array, multipliers: Multipliers): Bound {
  const n = space.order.length;
  const { gains, bonuses, needs } = space;
  const values = new Float64Array(n);
  const fractions = new Float64Array(n);
  const possible = new Uint8Array(n);
  const indices: number[] = [];
  const units = space.missing.length;
  const covered = new Float64Array(units);
  /** μ per unit: the share of a unit's missing points counted up front instead of through the items. */
  const mu = new Float64Array(units);
  const { shift } = multipliers;

  // Each need of each item, numbered: how many of its providers are chosen, and the last position of
  // one not ruled out, so "can this need still be met from `depth` on" is two reads.
  const needIds = needs.map(() => [] as number[]);
  const providerLists: number[][] = [];
  const needsOf = space.order.map(() => [] as number[]);
  needs.forEach((lists, i) => {
    for (const providers of lists) {
      const id = providerLists.length;
      providerLists.push(providers);
      needIds[i]?.push(id);
      for (const p of providers) needsOf[p]?.push(id);
    }
  });
  const chosenCount = new Int32Array(providerLists.length);
  const lastFree = new Int32Array(providerLists.length);
  const refresh = () => {
    providerLists.forEach((providers, id) => {
      let last = -1;
      for (const p of providers) if (banned[p] === 0 && p > last) last = p;
      lastFree[id] = last;
    });
  };
  refresh();
  const stillPossible = (i: number, depth: number): boolean => {
    for (const id of needIds[i] ?? []) if ((chosenCount[id] ?? 0) === 0 && (lastFree[id] ?? -1) < depth) return false;
    return true;
  };
  /** Keeps the counts in step with `included`: call after setting or clearing position p. */
  const choose = (p: number, sign: 1 | -1) => {
    for (const id of needsOf[p] ?? []) chosenCount[id] = (chosenCount[id] ?? 0) + sign;
  };
  const ratios = new Float64Array(n);

  const knapsack = (depth: number, capacity: number): number => {
    indices.length = 0;
    for (let i = depth; i < n; i += 1) {
      fractions[i] = 0;
      if ((values[i] ?? 0) > 0) indices.push(i);
    }
    for (const i of indices) ratios[i] = (values[i] ?? 0) / Math.max(weights[i] ?? 0, 1e-9);
    indices.sort((a, b) => (ratios[b] ?? 0) - (ratios[a] ?? 0));
    let total = 0;
    let left = capacity;
    for (const i of indices) {
      const weight = weights[i] ?? 0;
      const value = values[i] ?? 0;
      if (weight <= left) {
        total += value;
        left -= weight;
        fractions[i] = 1;
      } else {
        if (left > 0) {
          total += (value * left) / weight;
          fractions[i] = left / weight;
        }
        break;
      }
    }
    return total;
  };

  /** One bound for the current μ: Σ μ·M plus the knapsack with level values scaled by (1 − μ). */
  const evaluate = (depth: number, missing: ArrayLike<number>, capacity: number): number => {
    let fixed = 0;
    for (let u = 0; u < units; u += 1) fixed += (mu[u] ?? 0) * (missing[u] ?? 0);
    for (let i = depth; i < n; i += 1) {
      if (possible[i] === 0) {
        values[i] = 0;
        continue;
      }
      let level = 0;
      for (const [u, g] of gains[i] ?? []) level += (1 - (mu[u] ?? 0)) * Math.min(g, missing[u] ?? 0);
      values[i] = level + (bonuses[i] ?? 0) + (shift[i] ?? 0);
    }
    const total = fixed + knapsack(depth, capacity);
    covered.fill(0);
    for (let i = depth; i < n; i += 1) {
      const x = fractions[i] ?? 0;
      if (x > 0) for (const [u, g] of gains[i] ?? []) covered[u] = (covered[u] ?? 0) + x * Math.min(g, missing[u] ?? 0);
    }
    return total;
  };

  const markPossible = (depth: number, skip: number) => {
    for (let i = depth; i < n; i += 1) possible[i] = i !== skip && banned[i] === 0 && stillPossible(i, depth) ? 1 : 0;
  };

  const bound: BoundFn = (depth, missing, capacity, enough, skip) => {
    if (capacity < 0) return -Infinity;
    markPossible(depth, skip);
    mu.set(multipliers.mu);
    let best = Infinity;
    for (let round = 0; round < 3; round += 1) {
      best = Math.min(best, evaluate(depth, missing, capacity));
      // Already low enough to cut this branch: the other rounds could only lower it further.
      if (best <= enough) return best;
      let changed = false;
      for (let u = 0; u < units; u += 1) {
        if ((mu[u] ?? 0) < 1 && (covered[u] ?? 0) > (missing[u] ?? 0) + 1e-9) {
          mu[u] = 1;
          changed = true;
        }
      }
      if (!changed) break;
    }
    return best;
  };

  return { bound, choose, refresh };
}
