import type { Highs } from 'highs';
import { evaluateSelection } from './evaluate-plan';
import { createHighsModel, type ExactModel } from './exact-model';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

/** A node is pruned when no plan in it can beat the best plan found by more than this (HiGHS's mip_abs_gap). */
const pruneTolerance = 1e-7;
/** An LP value this far from 0 and 1 counts as fractional. */
const fractionalTolerance = 1e-6;

export interface BranchLimits {
  /** Nodes to process before giving up (the caller then asks the HiGHS MIP solver). */
  maxNodes: number;
  /** Date.now() after which the search gives up. */
  deadline: number;
}

export interface BranchResult {
  /** The best plan, proven optimal over the pool: no plan beats it by more than 1e-7. */
  items: PlanItem[];
  value: number;
  nodes: number;
}

/**
 * An upper bound on the objective of every point within the given column bounds that satisfies the
 * rows, for ANY row multipliers: Σ_r π_r·(upper_r if π_r > 0, lower_r if π_r < 0) + Σ_j max(rc_j·lo_j,
 * rc_j·up_j) with rc = c − Aᵀπ (Lagrangian relaxation of every row). The multipliers come from the node
 * LP's row duals, so at an LP optimum this equals the LP value, but its validity never depends on the LP
 * being solved exactly: every prune and every fixing below rests on this sum alone. Fills `rc`.
 */
export function lagrangeBound(
  m: ExactModel,
  rowDual: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  rc: Float64Array,
): number {
  rc.set(m.colCost);
  let bound = 0;
  for (let r = 0; r < m.rowUpper.length; r += 1) {
    const dual = rowDual[r] ?? 0;
    const side = dual > 0 ? (m.rowUpper[r] ?? Infinity) : dual < 0 ? (m.rowLower[r] ?? -Infinity) : 0;
    // A multiplier pointing at a missing side would make the bound infinite; 0 keeps it valid.
    if (!Number.isFinite(side) || dual === 0) continue;
    bound += dual * side;
    for (let k = m.starts[r] ?? 0; k < (m.starts[r + 1] ?? 0); k += 1) {
      const c = m.indices[k] ?? 0;
      rc[c] = (rc[c] ?? 0) - dual * (m.values[k] ?? 0);
    }
  }
  for (let j = 0; j < m.numCols; j += 1) {
    const r = rc[j] ?? 0;
    bound += Math.max(r * (lower[j] ?? 0), r * (upper[j] ?? 0));
  }
  return bound;
}

export interface Incumbent {
  items: readonly PlanItem[];
  value: number;
}

/**
 * The root of the search, over the whole pool: one LP, a plan rounded from it (see roundUp) when that
 * beats `incumbent`, and which items may still be in a plan worth more than the better of the two: an
 * item whose bound with it forced in (lagrangeBound + min(0, rc)) is no better is out, so the search runs
 * on a smaller model (on the 500-entry bench catalog 53–140 of 376 items stay, README.md). Undefined
 * when the LP fails (then nothing is ruled out).
 */
export function itemsThatMayImprove(
  highs: Highs,
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  m: ExactModel,
  incumbent: Incumbent,
): { mayImprove: boolean[]; best: Incumbent } | undefined {
  const model = createHighsModel(highs, m, false);
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    const { colValue, rowDual } = model.getSolution();
    const rc = new Float64Array(m.numCols);
    const bound = lagrangeBound(m, rowDual, m.colLower, m.colUpper, rc);
    const rounded = roundUp(problem, pool, funding, m, colValue);
    const best = rounded && rounded.value > incumbent.value ? rounded : incumbent;
    const mayImprove = m.itemCol.map((c) => (m.colUpper[c] ?? 0) > 0 && bound + Math.min(0, rc[c] ?? 0) > best.value + pruneTolerance);
    return { mayImprove, best };
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}

/**
 * A plan from an LP solution: the items it takes whole, then each partly taken item, most taken first,
 * kept when the plan stays feasible and gains. On the bench catalog at 70 万 this finds at the root the
 * plan the search otherwise reaches after ~50 nodes. Undefined when the whole items are no plan.
 */
function roundUp(
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  m: ExactModel,
  x: ArrayLike<number>,
): Incumbent | undefined {
  const taken = (i: number) => x[m.itemCol[i] ?? 0] ?? 0;
  let items = pool.filter((_, i) => taken(i) > 1 - fractionalTolerance);
  const whole = evaluateSelection(problem, items, funding);
  if (!whole.feasible) return undefined;
  let value = whole.value;
  const partial = pool.flatMap((item, i) => (isFractional(taken(i)) ? [{ item, share: taken(i) }] : [])).sort((a, b) => b.share - a.share);
  for (const { item } of partial) {
    const check = evaluateSelection(problem, [...items, item], funding);
    if (check.feasible && check.value > value) {
      items = [...items, item];
      value = check.value;
    }
  }
  return { items, value };
}

/**
 * Branch and bound over the items with HiGHS solving only LP relaxations of the model (exact-model.ts):
 * one LP, warm-started from the previous basis, per node. Why not HiGHS's own MIP solver: on the
 * 500-entry bench catalog it proves the optimum at the root, but spends 60–120 ms on presolve, cut rounds
 * and sub-MIP heuristics to get there; these LPs are within ~1 % of the optimum, and with the incumbent
 * from greedy, reduced-cost fixing at every node (an item whose bound, forced in or out, cannot beat the
 * incumbent is fixed the other way) and branching on the most costly fractional item first (up branch
 * first), the whole search takes 10–80 nodes there (README.md). Every integral point is re-evaluated with
 * evaluateSelection; a set that is only infeasible through a prerequisite cycle gets the same cut as in
 * exact-solve.ts. Returns undefined when an LP fails or a limit is reached: no claim is made then.
 */
export function branchAndBound(
  highs: Highs,
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  m: ExactModel,
  incumbent: readonly PlanItem[],
  limits: BranchLimits,
): BranchResult | undefined {
  const n = pool.length;
  const start = evaluateSelection(problem, incumbent, funding);
  const nothing = evaluateSelection(problem, [], funding);
  if (!nothing.feasible) return undefined;
  let best =
    start.feasible && start.value > nothing.value
      ? { items: [...incumbent], value: start.value }
      : { items: [] as PlanItem[], value: nothing.value };
  if (n === 0) return { ...best, nodes: 0 };
  const model = createHighsModel(highs, m, false);
  try {
    // Presolve off: each node starts from the previous node's basis, which presolve would throw away.
    model.options.set({ output_flag: false, presolve: 'off' });
    const lower = Float64Array.from(m.colLower);
    const upper = Float64Array.from(m.colUpper);
    const itemUpper = Float64Array.from(m.itemCol, (c) => m.colUpper[c] ?? 0);
    const itemLower = new Float64Array(n);
    const nodeLower = new Float64Array(n);
    const nodeUpper = new Float64Array(n);
    const rc = new Float64Array(m.numCols);
    const columns = { kind: 'range' as const, from: 0, to: m.numCols - 1 };
    const optimal = highs.constants.modelStatus.optimal;
    const infeasible = highs.constants.modelStatus.infeasible;
    // A node: the items fixed on the way to it, as [pool index, 0 or 1].
    const stack: [number, number][][] = [[]];
    let nodes = 0;
    // The root's bound and reduced costs: whenever the best plan improves, they fix items for every node left.
    let root: { bound: number; rc: Float64Array } | undefined;
    let fixedFor = best.value;
    while (stack.length > 0) {
      if (root && best.value > fixedFor) {
        fixedFor = best.value;
        for (let i = 0; i < n; i += 1) {
          const r = root.rc[i] ?? 0;
          if (root.bound + Math.min(0, r) <= best.value + pruneTolerance) itemUpper[i] = 0;
          else if (root.bound - Math.max(0, r) <= best.value + pruneTolerance) itemLower[i] = Math.min(1, itemUpper[i] ?? 0);
        }
      }
      const fixes = stack.pop() ?? [];
      nodes += 1;
      if (nodes > limits.maxNodes || Date.now() > limits.deadline) return undefined;
      nodeLower.set(itemLower);
      nodeUpper.set(itemUpper);
      for (const [i, v] of fixes) {
        nodeLower[i] = v;
        nodeUpper[i] = v;
      }
      m.itemCol.forEach((c, i) => {
        lower[c] = nodeLower[i] ?? 0;
        upper[c] = nodeUpper[i] ?? 0;
      });
      model.changeColsBounds(columns, lower, upper);
      model.run();
      const status = model.getModelStatus();
      if (status === infeasible) continue;
      if (status !== optimal) return undefined;
      const { colValue: x, rowDual } = model.getSolution();
      const bound = lagrangeBound(m, rowDual, lower, upper, rc);
      if (nodes === 1) root = { bound, rc: Float64Array.from(m.itemCol, (c) => rc[c] ?? 0) };
      if (bound <= best.value + pruneTolerance) continue;
      // The items the LP takes whole: often a plan already (a cheap way to raise the incumbent early).
      const whole = pool.filter((_, i) => (x[m.itemCol[i] ?? 0] ?? 0) > 1 - fractionalTolerance);
      const check = evaluateSelection(problem, whole, funding);
      if (check.feasible && check.value > best.value) best = { items: whole, value: check.value };
      if (bound <= best.value + pruneTolerance) continue;
      // Reduced-cost fixing: forcing the item the other way drops the bound to the incumbent or below.
      const next = [...fixes];
      for (let i = 0; i < n; i += 1) {
        if (nodeLower[i] === nodeUpper[i]) continue;
        const r = rc[m.itemCol[i] ?? 0] ?? 0;
        if (bound + Math.min(0, r) <= best.value + pruneTolerance) next.push([i, 0]);
        else if (bound - Math.max(0, r) <= best.value + pruneTolerance) next.push([i, 1]);
      }
      const fixed = new Set(next.map(([i]) => i));
      const free = (i: number) => !fixed.has(i) && nodeLower[i] !== nodeUpper[i];
      let branch = mostCostly(pool, (i) => free(i) && isFractional(x[m.itemCol[i] ?? 0] ?? 0));
      if (branch < 0) {
        // Integral on the items: the plan the LP describes, checked by the TypeScript evaluation.
        const chosen = pool.filter((_, i) => (x[m.itemCol[i] ?? 0] ?? 0) > 0.5);
        const exact = chosen.length === whole.length ? check : evaluateSelection(problem, chosen, funding);
        if (exact.feasible && exact.value > best.value) best = { items: chosen, value: exact.value };
        if (!exact.feasible && exact.order.length < chosen.length) {
          // Items never ready within the set (a cycle): they cannot all be in unless an item outside the set joins.
          addCycleCut(highs, model, m, pool, chosen, exact.order);
          stack.push(next);
          continue;
        }
        if (bound <= best.value + pruneTolerance) continue;
        // The bound is not closed by this plan (it can only be when evaluation and rows disagree): keep
        // splitting on the free items until it is, so the answer never rests on that agreement.
        branch = mostCostly(pool, free);
        if (branch < 0) continue;
      }
      stack.push([...next, [branch, 0]], [...next, [branch, 1]]);
    }
    return { ...best, nodes };
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}

function isFractional(v: number): boolean {
  return v > fractionalTolerance && v < 1 - fractionalTolerance;
}

/** The most costly item passing `keep` (lowest index on ties), or −1: branching there first closes the budget fastest. */
function mostCostly(pool: readonly PlanItem[], keep: (i: number) => boolean): number {
  let pick = -1;
  pool.forEach((item, i) => {
    if (keep(i) && (pick < 0 || item.cost > (pool[pick]?.cost ?? 0))) pick = i;
  });
  return pick;
}

function addCycleCut(
  highs: Highs,
  model: ReturnType<Highs['createModel']>,
  m: ExactModel,
  pool: readonly PlanItem[],
  chosen: readonly PlanItem[],
  ready: readonly PlanItem[],
): void {
  const inSet = new Set(chosen);
  const isReady = new Set(ready);
  const indices: number[] = [];
  const values: number[] = [];
  let stuck = 0;
  pool.forEach((item, i) => {
    const c = m.itemCol[i] ?? 0;
    if (!inSet.has(item)) {
      indices.push(c);
      values.push(-1);
    } else if (!isReady.has(item)) {
      indices.push(c);
      values.push(1);
      stuck += 1;
    }
  });
  model.addRow(-highs.infinity, stuck - 1, { indices, values });
}
