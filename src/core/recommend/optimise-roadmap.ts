import { budgetModels, type BudgetModel } from './budget-models';
import { addToTotals, evaluateSelection, levelValue, netCost, unitReach, type SupportTotals } from './evaluate-plan';
import { makeBound, type BoundFn } from './plan-bound';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { levelPoints, type PlanItem, type PlanProblem } from './plan-problem';
import { buildSearchSpace, type SearchSpace } from './plan-search';
import { makeTableBound } from './plan-table-bound';
import type { FundingInput } from './recommend-types';

export interface OptimalPlan {
  /** Chosen items, each after what it needs. */
  items: PlanItem[];
  value: number;
  netCost: number;
  /** False only when the node limit stopped the search before it proved optimality. */
  proven: boolean;
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

export function optimiseOver(problem: PlanProblem, pool: readonly PlanItem[], funding: FundingInput, nodeLimit = defaultNodeLimit): OptimalPlan {
  const budget = funding.budgetWan * 100 + 1e-6;
  const space = buildSearchSpace(problem, pool, funding);
  const { order, loopIndex, gains, neededLater } = space;
  const n = order.length;
  const included = new Uint8Array(n);
  const banned = new Uint8Array(n);
  const emptyTotals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  const models = budgetModels(space, funding).map((model) => {
    const { bound, tune, multipliers, choose, refresh } = makeBound(space, model.weights, banned);
    const rootCapacity = model.capacity(emptyTotals, 0);
    tune(space.missing, rootCapacity);
    return { model, bound, choose, refresh, table: makeTableBound(space, model.weights, multipliers, rootCapacity) };
  });

  let best: { items: PlanItem[]; value: number; netCost: number } = { items: [], value: 0, netCost: 0 };
  const greedy = greedyPlan(problem, order, funding);
  if (greedy && greedy.value > best.value) best = greedy;
  const ruledOut = ruleOut(space, models, banned, best.value);

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
      for (const { model, table } of models) if (table && table.bound(depth, missing, model.capacity(totals, net)) <= enough) return true;
      if (full) for (const { model, bound } of models) if (bound(depth, missing, model.capacity(totals, net), enough, -1) <= enough) return true;
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
      for (const m of models) m.choose(depth, 1);
      bonusSum += item.bonus;
      if (depth >= loopIndex) loopItemsChosen += 1;
      visit(depth + 1, loopItemsChosen > 0 ? unitReach(problem, chosen) : reachWith(reach, item));
      chosen.pop();
      included[depth] = 0;
      for (const m of models) m.choose(depth, -1);
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
  return { items: final.order, value: final.value, netCost: final.netCost, proven, nodes, ruledOut };
}

/**
 * Marks in `banned` every item that no plan better than `incumbent` can contain, and returns how many.
 * A plan containing item i is worth at most i's own benefit plus its level points (capped by what each
 * unit misses) plus the bound on the others, on the units' remaining gap and in the capacity left after
 * i's cheapest net cost (budget + vouchers bounds the sum of those). Repeats while it rules out more,
 * since an item whose only providers are ruled out can no longer be taken either.
 */
function ruleOut(space: SearchSpace, models: readonly { model: BudgetModel; bound: BoundFn; refresh: () => void }[], banned: Uint8Array, incumbent: number): number {
  const { order, gains, missing } = space;
  const rest = new Float64Array(missing.length);
  let count = 0;
  for (let changed = true; changed; ) {
    changed = false;
    order.forEach((item, i) => {
      if (banned[i] === 1) return;
      rest.set(missing);
      let own = item.bonus;
      for (const [u, g] of gains[i] ?? []) {
        const add = Math.min(g, rest[u] ?? 0);
        own += add;
        rest[u] = (rest[u] ?? 0) - add;
      }
      const enough = incumbent + 1e-9 - own;
      if (models.some(({ model, bound }) => bound(0, rest, model.capacityWith(i), enough, i) <= enough)) {
        banned[i] = 1;
        for (const m of models) m.refresh();
        count += 1;
        changed = true;
      }
    });
  }
  return count;
}
