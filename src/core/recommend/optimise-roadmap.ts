import { addToTotals, evaluateSelection, isReady, levelValue, netCost, support, unitReach, type SupportTotals } from './evaluate-plan';
import { candidatePool, possibleProviders, searchOrder } from './plan-order';
import { levelPoints } from './plan-problem';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

export interface OptimalPlan {
  /** Chosen items, each after what it needs. */
  items: PlanItem[];
  value: number;
  netCost: number;
  /** False only when the node limit stopped the search before it proved optimality. */
  proven: boolean;
  nodes: number;
}

const defaultNodeLimit = 3_000_000;

/**
 * Exact branch and bound over include/exclude decisions, in an order where providers come before the
 * items that need them, so readiness is known when an item is decided. The bound is the smaller of a
 * fractional knapsack over the remaining items (static upper values, cost net of the most support each
 * could get) and the level still missing on every unit. The objective (level gained per unit up to its
 * target + priority benefit) is not additive, which is why this is not a plain knapsack DP.
 */
export function optimiseRoadmap(problem: PlanProblem, funding: FundingInput, nodeLimit = defaultNodeLimit): OptimalPlan {
  return optimiseOver(problem, candidatePool(problem), funding, nodeLimit);
}

export function optimiseOver(problem: PlanProblem, pool: readonly PlanItem[], funding: FundingInput, nodeLimit = defaultNodeLimit): OptimalPlan {
  const budget = funding.budgetWan * 100 + 1e-6;
  const upper = (item: PlanItem) => item.levelBound + Math.max(0, item.bonus);
  // Net cost of an item before vouchers; vouchers are a shared pool, added to the bound's capacity instead.
  const minNet = (item: PlanItem) => (item.subsidyEligible ? item.cost * (1 - funding.subsidyRate) : item.cost);
  const ratio = (item: PlanItem) => upper(item) / Math.max(minNet(item), 1e-9);
  const { order, loopIndex } = searchOrder(problem, pool, ratio);

  const chosen: PlanItem[] = [];
  let loopItemsChosen = 0;
  const totals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  let bonusSum = 0;
  let best: { items: PlanItem[]; value: number; netCost: number } = { items: [], value: 0, netCost: 0 };

  let nodes = 0;
  let proven = true;

  // Static per-unit gains: an item can add at most this much on a unit, and never more than the unit still misses.
  const gains = order.map((item) => {
    const perUnit = new Map<number, number>();
    for (const lift of item.lifts) {
      const unit = problem.units[lift.unit];
      if (!unit || (!lift.primary && lift.from > unit.current)) continue;
      const gain = Math.max(0, Math.min(lift.to, unit.target) - Math.max(unit.current, lift.from));
      if (gain > 0) perUnit.set(lift.unit, Math.max(perUnit.get(lift.unit) ?? 0, gain));
    }
    return [...perUnit.entries()];
  });
  const weights = order.map(minNet);
  // In the loop region the order says nothing about who needs whom, so any item there may need any other.
  const neededLater = order.map((item, i) => (i >= loopIndex ? order : order.slice(i + 1)).some((other) => other !== item && possibleProviders(problem, other, [item]).length > 0));
  const bonuses = order.map((item) => Math.max(0, item.bonus));
  // For each item, each of its needs as the positions of the items that could meet it. An item whose
  // need has no provider left (all excluded) can never be taken, so the bound leaves it out.
  const positionOf = new Map(order.map((item, i) => [item, i]));
  const needs = order.map((item) => {
    const lists: number[][] = [
      ...item.needsEntries.map((id) => order.flatMap((other, i) => (other.entry.id === id ? [i] : []))),
      ...item.needsCapabilities.map((code) => order.flatMap((other, i) => (other.entry.provides.includes(code) ? [i] : []))),
    ];
    const primary = item.primary;
    if (primary && primary.from > (problem.units[primary.unit]?.current ?? 0)) {
      const levelOnly = { ...item, needsEntries: [], needsCapabilities: [] };
      lists.push(possibleProviders(problem, levelOnly, order).map((p) => positionOf.get(p) ?? -1).filter((i) => i >= 0));
    }
    return lists;
  });
  const included = new Uint8Array(order.length);
  const stillPossible = (i: number, depth: number): boolean =>
    (needs[i] ?? []).every((providers) => providers.some((p) => included[p] === 1 || p >= depth));
  const values = new Float64Array(order.length);
  const fractions = new Float64Array(order.length);
  const indices: number[] = [];

  /** Fractional knapsack over items from `depth` on with the current `values`; fills `fractions`. */
  const knapsack = (depth: number, capacity: number): number => {
    indices.length = 0;
    for (let i = depth; i < order.length; i += 1) {
      fractions[i] = 0;
      if ((values[i] ?? 0) > 0) indices.push(i);
    }
    indices.sort((a, b) => (values[b] ?? 0) / Math.max(weights[b] ?? 0, 1e-9) - (values[a] ?? 0) / Math.max(weights[a] ?? 0, 1e-9));
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

  /**
   * Upper bound on what the remaining items can add. Level points on a unit are min(missing, covered),
   * and min(M, z) ≤ μ·M + (1 − μ)·z for any μ in [0, 1]; so for each choice of μ per unit, μ·M summed
   * plus a fractional knapsack with level values scaled by (1 − μ) is a bound. μ = 0 everywhere first,
   * then μ = 1 on the units that knapsack over-covers, twice; the smallest bound wins.
   */
  const bound = (depth: number, reach: readonly number[], net: number, enough: number): number => {
    // Vouchers still unspent could pay for new items, and vouchers moved off items the subsidy could
    // also cover raise that subsidy: both can only widen what remains of the budget by this much.
    const used = support(totals, funding);
    const capacity = budget - net + funding.voucherWan * 100 - used.voucher + funding.subsidyRate * used.voucherOnBoth;
    const missing = problem.units.map((unit, u) => Math.max(0, unit.target - Math.max(unit.current, reach[u] ?? 0)) * levelPoints);
    const saturated = new Array<boolean>(problem.units.length).fill(false);
    const possible = order.map((_, i) => i >= depth && stillPossible(i, depth));
    let best = Infinity;
    for (let round = 0; round < 3; round += 1) {
      let fixed = 0;
      saturated.forEach((s, u) => { if (s) fixed += missing[u] ?? 0; });
      for (let i = depth; i < order.length; i += 1) {
        if (!possible[i]) {
          values[i] = 0;
          continue;
        }
        let level = 0;
        for (const [u, g] of gains[i] ?? []) if (!saturated[u]) level += Math.min(g * levelPoints, missing[u] ?? 0);
        values[i] = level + (bonuses[i] ?? 0);
      }
      best = Math.min(best, fixed + knapsack(depth, capacity));
      // Already low enough to cut this branch: the other rounds could only lower it further.
      if (best <= enough) return best;
      const covered = new Array<number>(problem.units.length).fill(0);
      for (let i = depth; i < order.length; i += 1) {
        const x = fractions[i] ?? 0;
        if (x > 0) for (const [u, g] of gains[i] ?? []) covered[u] = (covered[u] ?? 0) + x * g * levelPoints;
      }
      let changed = false;
      covered.forEach((c, u) => {
        if (!saturated[u] && c > (missing[u] ?? 0) + 1e-9) {
          saturated[u] = true;
          changed = true;
        }
      });
      if (!changed) break;
    }
    return best;
  };

  // A greedy plan first (best marginal value per net cost, recomputed after each pick): a good
  // incumbent early lets the bound cut most of the tree.
  const greedy: PlanItem[] = [];
  for (;;) {
    const reach = unitReach(problem, greedy);
    const baseLevel = levelValue(problem, reach);
    const baseNet = netCost(totals, funding);
    let pick: { item: PlanItem; score: number } | undefined;
    for (const item of order) {
      if (greedy.includes(item) || !isReady(item, greedy, reach)) continue;
      addToTotals(totals, item, 1);
      const net = netCost(totals, funding);
      addToTotals(totals, item, -1);
      if (net > budget) continue;
      const gain = levelValue(problem, unitReach(problem, [...greedy, item])) - baseLevel + item.bonus;
      if (gain <= 0) continue;
      const score = gain / Math.max(net - baseNet, 1);
      if (!pick || score > pick.score) pick = { item, score };
    }
    if (!pick) break;
    greedy.push(pick.item);
    addToTotals(totals, pick.item, 1);
  }
  for (const item of greedy) addToTotals(totals, item, -1);
  const greedyCheck = evaluateSelection(problem, greedy, funding);
  if (greedyCheck.feasible) best = { items: greedy, value: greedyCheck.value, netCost: greedyCheck.netCost };

  const visit = (depth: number): void => {
    nodes += 1;
    if (nodes > nodeLimit) {
      proven = false;
      return;
    }
    const reach = unitReach(problem, chosen);
    const value = levelValue(problem, reach) + bonusSum;
    const net = netCost(totals, funding);
    if (value > best.value + 1e-9) {
      const check = loopItemsChosen > 0 ? evaluateSelection(problem, chosen, funding) : undefined;
      if (!check || check.feasible) best = { items: [...chosen], value, netCost: net };
    }
    if (depth >= order.length) return;
    if (value + bound(depth, reach, net, best.value + 1e-9 - value) <= best.value + 1e-9) return;
    const item = order[depth];
    if (!item) return;
    // Past the loop index, readiness may depend on later items: it is checked on the whole set instead.
    const ready = depth >= loopIndex || isReady(item, chosen, reach);
    // An item that adds nothing now and that no later item may need is never worth taking.
    const missing = problem.units.map((unit, u) => Math.max(0, unit.target - Math.max(unit.current, reach[u] ?? 0)));
    const adds = item.bonus > 0 || (gains[depth] ?? []).some(([u]) => (missing[u] ?? 0) > 0) || (neededLater[depth] ?? false);
    if (ready && adds) {
      addToTotals(totals, item, 1);
      if (netCost(totals, funding) <= budget) {
        chosen.push(item);
        included[depth] = 1;
        bonusSum += item.bonus;
        if (depth >= loopIndex) loopItemsChosen += 1;
        visit(depth + 1);
        chosen.pop();
        included[depth] = 0;
        bonusSum -= item.bonus;
        if (depth >= loopIndex) loopItemsChosen -= 1;
      }
      addToTotals(totals, item, -1);
    }
    visit(depth + 1);
  };
  visit(0);

  const final = evaluateSelection(problem, best.items, funding);
  return { items: final.order, value: final.value, netCost: final.netCost, proven, nodes };
}
