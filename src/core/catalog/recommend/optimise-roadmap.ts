import { budgetModels } from './budget-models';
import { addToTotals, evaluateSelection, levelValue, netCost, unitReach, type SupportTotals } from './evaluate-plan';
import { makeBound } from './plan-bound';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { levelPoints, type PlanItem, type PlanProblem } from './plan-problem';
import { buildSearchSpace } from './plan-search';
import { makeTableBound, type TableBound } from './plan-table-bound';
import { tuneMultipliers, type Multipliers } from './plan-lagrange';
import type { FundingInput } from './recommend-types';

export interface OptimalPlan {
  /** Chosen items, each after what it needs. */
  items: PlanItem[];
  value: number;
  netCost: number;
  /** False only when the node limit stopped the search before it proved optimality. */
  proven: boolean;
  /**
   * No plan is worth more than this: `value` when proven, otherwise the smallest root bound (over the
   * items not ruled out, which no plan better than the incumbent can contain).
   */
  upperBound: number;
  nodes: number;
  /** Items ruled out before the search: no plan containing them can beat the first incumbent. */
  ruledOut: number;
}

const defaultNodeLimit = 3_000_000;

/**
 * Exact branch and bound over include/exclude decisions, in an order where providers come before the
 * items that need them, so readiness is known when an item is decided. The objective (level gained per
 * unit up to its target + priority benefit) is not additive, which is why this is not a plain knapsack DP.
 * Before the search, every item whose best possible plan (its own worth + the bound on the rest, in
 * what remains of the budget) cannot beat the greedy incumbent is ruled out: with a few hundred
 * candidates this removes most of them, which is what makes searching the whole catalog affordable.
 */
export function optimiseRoadmap(problem: PlanProblem, funding: FundingInput, nodeLimit = defaultNodeLimit): OptimalPlan {
  return optimiseOver(problem, candidatePool(problem), funding, nodeLimit);
}

export function optimiseOver(
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  nodeLimit = defaultNodeLimit,
): OptimalPlan {
  const budget = funding.budgetWan * 100 + 1e-6;
  const space = buildSearchSpace(problem, pool, funding);
  const { order, loopIndex, gains, neededLater } = space;
  const n = order.length;
  const included = new Uint8Array(n);
  const banned = new Uint8Array(n);
  const emptyTotals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  let best: { items: PlanItem[]; value: number; netCost: number } = { items: [], value: 0, netCost: 0 };
  // Both greedy variants: the one with providers is usually better, but not always.
  for (const greedy of [greedyPlan(problem, order, funding), greedyPlan(problem, order, funding, space.needs)]) {
    if (greedy && greedy.value > best.value) best = greedy;
  }
  const models = budgetModels(space, funding).map((model) => {
    const rootCapacity = model.capacity(emptyTotals, 0);
    const multipliers = tuneMultipliers(space, model.weights, rootCapacity, banned, best.value);
    const { bound, choose, refresh } = makeBound(space, model.weights, banned, multipliers);
    return { model, bound, choose, refresh, multipliers, rootCapacity, table: undefined as TableBound | undefined };
  });
  let ruledOut = ruleOut(models, banned, best.value);
  for (const m of models) {
    // Fewer items left: the multipliers can be tuned tighter, which may rule out more.
    if (ruledOut > 0) {
      const retuned = tuneMultipliers(space, m.model.weights, m.rootCapacity, banned, best.value, 40, m.multipliers);
      // Copied in place: the fractional bound holds these arrays.
      if (retuned.bound < m.multipliers.bound) {
        m.multipliers.mu.set(retuned.mu);
        m.multipliers.shift.set(retuned.shift);
        m.multipliers.loss.set(retuned.loss);
        m.multipliers.lambda.set(retuned.lambda);
        m.multipliers.bound = retuned.bound;
      }
    }
  }
  if (ruledOut > 0) ruledOut += ruleOut(models, banned, best.value);
  for (const m of models) m.table = makeTableBound(space, m.model.weights, m.multipliers, m.rootCapacity);
  /** Σ σ over the chosen items (plan-lagrange.ts), per model: added to every bound below. */
  const shiftSums = models.map(() => 0);

  const chosen: PlanItem[] = [];
  let loopItemsChosen = 0;
  const totals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  let bonusSum = 0;
  let nodes = 0;
  let proven = true;
  const missing = new Float64Array(problem.units.length);

  /** `isReady` on positions: each named-entry and capability need met by a chosen item, main level reached. */
  const readyAt = (depth: number, reach: readonly number[]): boolean => {
    const primary = order[depth]?.primary;
    if (primary && primary.from > (reach[primary.unit] ?? 0)) return false;
    for (const providers of space.requires[depth] ?? []) if (!providers.some((p) => included[p] === 1)) return false;
    return true;
  };

  /**
   * The reach once `item` is added to a set that reaches `reach`, without recomputing the set: outside
   * the loop region every chosen item was ready when chosen, so its main lift already applied and no
   * earlier lift can start to apply now; the new item's main lift applies since it is ready.
   */
  const reachWith = (reach: readonly number[], item: PlanItem): number[] => {
    const next = [...reach];
    for (const lift of item.lifts) {
      if (lift.primary || lift.from <= (problem.units[lift.unit]?.current ?? 0)) next[lift.unit] = Math.max(next[lift.unit] ?? 0, lift.to);
    }
    return next;
  };

  /**
   * One node per chosen set: it tries each later item in turn as the next one to take (include), and
   * moving past an item is the exclude branch. Items that cannot be taken here (not ready, over budget,
   * adding nothing) are passed over without a node or a bound of their own, since the state is unchanged.
   */
  const visit = (start: number, reach: readonly number[]): void => {
    nodes += 1;
    if (nodes > nodeLimit) {
      proven = false;
      return;
    }
    const value = levelValue(problem, reach) + bonusSum;
    const net = netCost(totals, funding);
    if (value > best.value + 1e-9) {
      const check = loopItemsChosen > 0 ? evaluateSelection(problem, chosen, funding) : undefined;
      if (!check || check.feasible) best = { items: [...chosen], value, netCost: net };
    }
    problem.units.forEach((unit, u) => {
      missing[u] = Math.max(0, unit.target - Math.max(unit.current, reach[u] ?? 0)) * levelPoints;
    });
    /** Cheap table reads at every step; the fractional bounds (a sort each) once per node. */
    const cut = (depth: number, full: boolean): boolean => {
      const enough = best.value + 1e-9 - value;
      for (const [k, { model, table }] of models.entries())
        if (table && table.bound(depth, missing, model.capacity(totals, net)) <= enough - (shiftSums[k] ?? 0)) return true;
      if (full) {
        for (const [k, { model, bound }] of models.entries()) {
          const need = enough - (shiftSums[k] ?? 0);
          if (bound(depth, missing, model.capacity(totals, net), need, -1) <= need) return true;
        }
      }
      return false;
    };
    let bounded = false;
    for (let depth = start; depth < n; depth += 1) {
      const item = order[depth];
      if (!item || banned[depth] === 1) continue;
      // Past the loop index, readiness may depend on later items: it is checked on the whole set instead.
      if (depth < loopIndex && !readyAt(depth, reach)) continue;
      // An item that adds nothing now and that no later item may need is never worth taking.
      if (!(item.bonus > 0 || (gains[depth] ?? []).some(([u]) => (missing[u] ?? 0) > 0) || (neededLater[depth] ?? false))) continue;
      addToTotals(totals, item, 1);
      const fits = netCost(totals, funding) <= budget;
      addToTotals(totals, item, -1);
      if (!fits) continue;
      // The bound over the items from here on, for the same chosen set; `missing` is refilled by children.
      if (cut(depth, !bounded && models.some((m) => m.table === undefined))) return;
      bounded = true;
      addToTotals(totals, item, 1);
      chosen.push(item);
      included[depth] = 1;
      models.forEach((m, k) => {
        m.choose(depth, 1);
        shiftSums[k] = (shiftSums[k] ?? 0) + (m.multipliers.shift[depth] ?? 0);
      });
      bonusSum += item.bonus;
      if (depth >= loopIndex) loopItemsChosen += 1;
      visit(depth + 1, loopItemsChosen > 0 ? unitReach(problem, chosen) : reachWith(reach, item));
      chosen.pop();
      included[depth] = 0;
      models.forEach((m, k) => {
        m.choose(depth, -1);
        shiftSums[k] = (shiftSums[k] ?? 0) - (m.multipliers.shift[depth] ?? 0);
      });
      bonusSum -= item.bonus;
      if (depth >= loopIndex) loopItemsChosen -= 1;
      addToTotals(totals, item, -1);
      problem.units.forEach((unit, u) => {
        missing[u] = Math.max(0, unit.target - Math.max(unit.current, reach[u] ?? 0)) * levelPoints;
      });
    }
  };
  visit(0, unitReach(problem, []));

  const final = evaluateSelection(problem, best.items, funding);
  let upperBound = final.value;
  if (!proven) {
    let root = Infinity;
    for (const m of models) root = Math.min(root, m.multipliers.bound, m.table?.bound(0, space.missing, m.rootCapacity) ?? Infinity);
    upperBound = Math.max(final.value, root);
  }
  return { items: final.order, value: final.value, netCost: final.netCost, proven, upperBound, nodes, ruledOut };
}

/**
 * Marks in `banned` every item that no plan better than `incumbent` can contain, and returns how many:
 * those whose root bound with the item forced in (reduced-cost fixing, plan-lagrange.ts) is no better.
 */
function ruleOut(models: readonly { multipliers: Multipliers; refresh: () => void }[], banned: Uint8Array, incumbent: number): number {
  let count = 0;
  for (let i = 0; i < banned.length; i += 1) {
    if (banned[i] === 1) continue;
    if (models.some(({ multipliers }) => multipliers.bound - (multipliers.loss[i] ?? 0) <= incumbent + 1e-9)) {
      banned[i] = 1;
      count += 1;
    }
  }
  for (const m of models) m.refresh();
  return count;
}
