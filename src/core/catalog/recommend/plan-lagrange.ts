import type { SearchSpace } from './plan-search';

/**
 * Multipliers for the bounds, tuned once before the search. Two relaxations, each valid for any
 * multiplier of the right sign, tuned together by subgradient descent towards the greedy incumbent:
 *  - μ_u in [0, 1] per unit: level points on a unit are min(M, covered) ≤ μ·M + (1 − μ)·covered;
 *  - λ_c ≥ 0 per need c of item i (a list of the items that could meet it): every feasible set that
 *    holds i holds one of them, so λ_c·(Σ x_provider − x_i) ≥ 0 and adding it to the objective can only
 *    raise the value of a feasible set. Per item this is a static value shift σ: + λ_c on each possible
 *    provider, − λ_c on the item that needs it. Without it the bound sees a cheap item behind an
 *    expensive provider as cheap, which is what left the bound far above the optimum (537 vs 350 on
 *    the bench's shortlist): the relaxation then charges what an item needs first.
 * For a chosen set S and any feasible completion T, value(S ∪ T) ≤ value(S) + bound(T with σ) + Σ_S σ,
 * so the search keeps Σ σ over what it has chosen and adds it to each bound.
 */
export interface Multipliers {
  mu: Float64Array;
  /** Per position: σ, the value shift from the λ of the needs it meets and the needs it has. */
  shift: Float64Array;
  /** The root bound at these multipliers (fractional knapsack). */
  bound: number;
  /**
   * Per position: how much lower the root bound is with that item forced in (reduced-cost fixing: the
   * knapsack's value falls by at least the critical ratio per unit of capacity the item takes, less
   * its own value). An item whose `bound − loss` is no better than the incumbent can be ruled out.
   */
  loss: Float64Array;
  /** λ per need, in the order of `needs`: to start a later tuning from here. */
  lambda: Float64Array;
}

export function tuneMultipliers(
  space: SearchSpace,
  weights: Float64Array,
  capacity: number,
  banned: Uint8Array,
  incumbent: number,
  iterations = 80,
  start?: Multipliers,
): Multipliers {
  const n = space.order.length;
  const units = space.missing.length;
  const { gains, bonuses, needs, missing } = space;
  const needOwner: number[] = [];
  const needProviders: number[][] = [];
  needs.forEach((lists, i) => {
    for (const providers of lists) {
      needOwner.push(i);
      needProviders.push(providers.filter((p) => banned[p] === 0));
    }
  });
  const lambda = new Float64Array(needOwner.length);
  const bestLambda = new Float64Array(needOwner.length);
  const mu = new Float64Array(units);
  if (start) {
    mu.set(start.mu);
    lambda.set(start.lambda);
  }
  const shift = new Float64Array(n);
  const best: Multipliers = {
    mu: new Float64Array(units),
    shift: new Float64Array(n),
    bound: Infinity,
    loss: new Float64Array(n),
    lambda: bestLambda,
  };
  const values = new Float64Array(n);
  const x = new Float64Array(n);
  const ratio = new Float64Array(n);
  const indices: number[] = [];
  const gradMu = new Float64Array(units);
  const gradLambda = new Float64Array(needOwner.length);
  // A warm start is near the optimum already: smaller steps.
  let theta = start ? 0.25 : 1;
  let sinceBetter = 0;
  /** The bound at the current multipliers; fills `values` and `x`, returns the critical ratio too. */
  const evaluate = (): { bound: number; critical: number } => {
    shift.fill(0);
    needOwner.forEach((i, c) => {
      const l = lambda[c] ?? 0;
      if (l === 0) return;
      shift[i] = (shift[i] ?? 0) - l;
      for (const p of needProviders[c] ?? []) shift[p] = (shift[p] ?? 0) + l;
    });
    let bound = 0;
    for (let u = 0; u < units; u += 1) bound += (mu[u] ?? 0) * (missing[u] ?? 0);
    indices.length = 0;
    for (let i = 0; i < n; i += 1) {
      x[i] = 0;
      if (banned[i] === 1) continue;
      let v = (bonuses[i] ?? 0) + (shift[i] ?? 0);
      for (const [u, g] of gains[i] ?? []) v += (1 - (mu[u] ?? 0)) * Math.min(g, missing[u] ?? 0);
      values[i] = v;
      if (v > 0) {
        indices.push(i);
        ratio[i] = v / Math.max(weights[i] ?? 0, 1e-9);
      }
    }
    indices.sort((a, b) => (ratio[b] ?? 0) - (ratio[a] ?? 0));
    let left = capacity;
    let critical = 0;
    for (const i of indices) {
      const w = weights[i] ?? 0;
      const v = values[i] ?? 0;
      if (w <= left) {
        x[i] = 1;
        bound += v;
        left -= w;
      } else {
        if (left > 0) {
          x[i] = left / w;
          bound += (v * left) / w;
        }
        critical = ratio[i] ?? 0;
        break;
      }
    }
    return { bound, critical };
  };

  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const { bound } = evaluate();
    if (bound < best.bound - 1e-9) {
      best.bound = bound;
      best.mu.set(mu);
      best.shift.set(shift);
      bestLambda.set(lambda);
      sinceBetter = 0;
    } else if ((sinceBetter += 1) >= 5) {
      theta /= 2;
      sinceBetter = 0;
    }
    // Subgradients: the bound's slope in μ_u is M_u − covered_u, in λ_c it is Σ x_provider − x_i.
    let norm = 0;
    for (let u = 0; u < units; u += 1) gradMu[u] = missing[u] ?? 0;
    for (let i = 0; i < n; i += 1) {
      const xi = x[i] ?? 0;
      if (xi > 0) for (const [u, g] of gains[i] ?? []) gradMu[u] = (gradMu[u] ?? 0) - xi * Math.min(g, missing[u] ?? 0);
    }
    for (let u = 0; u < units; u += 1) {
      const g = gradMu[u] ?? 0;
      // Only directions that stay inside [0, 1] count towards the step.
      if ((g > 0 && (mu[u] ?? 0) > 0) || (g < 0 && (mu[u] ?? 0) < 1)) norm += g * g;
    }
    needOwner.forEach((i, c) => {
      let g = -(x[i] ?? 0);
      for (const p of needProviders[c] ?? []) g += x[p] ?? 0;
      gradLambda[c] = g;
      if (g < 0 || (lambda[c] ?? 0) > 0) norm += g * g;
    });
    const gap = bound - incumbent;
    if (norm < 1e-12 || gap <= 1e-9 || theta < 1e-4) break;
    const step = (theta * gap) / norm;
    for (let u = 0; u < units; u += 1) mu[u] = Math.min(1, Math.max(0, (mu[u] ?? 0) - step * (gradMu[u] ?? 0)));
    for (let c = 0; c < needOwner.length; c += 1) lambda[c] = Math.max(0, (lambda[c] ?? 0) - step * (gradLambda[c] ?? 0));
  }
  // Reduced costs at the best multipliers, for ruling items out.
  if (best.bound < Infinity) {
    mu.set(best.mu);
    lambda.set(bestLambda);
    const { critical } = evaluate();
    for (let i = 0; i < n; i += 1) best.loss[i] = banned[i] === 1 ? Infinity : Math.max(0, critical * (weights[i] ?? 0) - (values[i] ?? 0));
  }
  return best;
}
