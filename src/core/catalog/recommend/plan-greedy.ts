import { addToTotals, evaluateSelection, levelValue, netCost, unitReach, type SupportTotals } from './evaluate-plan';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

/**
 * The reach once `items` join a chosen set that reaches `reach` and whose items were all ready when
 * chosen (so all their lifts already apply): only the new items' lifts need applying.
 */
function reachAdding(problem: PlanProblem, reach: readonly number[], items: readonly PlanItem[]): number[] {
  const next = [...reach];
  for (const item of items) {
    for (const lift of item.lifts) {
      if (!lift.primary && lift.from <= (problem.units[lift.unit]?.current ?? 0)) next[lift.unit] = Math.max(next[lift.unit] ?? 0, lift.to);
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const item of items) {
      for (const lift of item.lifts) {
        const r = next[lift.unit] ?? 0;
        if (lift.primary && lift.from <= r && lift.to > r) {
          next[lift.unit] = lift.to;
          changed = true;
        }
      }
    }
  }
  return next;
}

export interface GreedyResult {
  items: PlanItem[];
  value: number;
  netCost: number;
}

/**
 * A greedy plan: repeatedly the step with the best marginal value per net cost. With `needs` (per
 * position of `order`, each need as the positions that could meet it) a step may also be an item
 * together with the cheapest ready provider of each need it still lacks, so a valuable item behind a
 * provider is reached even when the provider is not worth taking on its own. It is the search's first
 * incumbent: a good one early lets the bound rule items out and cut most of the tree.
 */
export function greedyPlan(
  problem: PlanProblem,
  order: readonly PlanItem[],
  funding: FundingInput,
  needs?: readonly (readonly (readonly number[])[])[],
): GreedyResult | undefined {
  const budget = funding.budgetWan * 100 + 1e-6;
  const totals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  const greedy: PlanItem[] = [];
  const taken = new Uint8Array(order.length);
  for (;;) {
    const reach = unitReach(problem, greedy);
    const baseLevel = levelValue(problem, reach);
    const baseNet = netCost(totals, funding);
    let pick: { steps: number[]; score: number } | undefined;
    // `isReady` without rebuilding these sets for every candidate.
    const ids = new Set(greedy.map((g) => g.entry.id));
    const provided = new Set(greedy.flatMap((g) => g.entry.provides));
    const readyNow = (item: PlanItem) =>
      item.needsEntries.every((id) => ids.has(id)) &&
      item.needsCapabilities.every((code) => provided.has(code)) &&
      (item.primary === undefined || item.primary.from <= (reach[item.primary.unit] ?? 0));
    const consider = (steps: number[]) => {
      const items = steps.map((i) => order[i]).filter((item): item is PlanItem => item !== undefined);
      for (const item of items) addToTotals(totals, item, 1);
      const net = netCost(totals, funding);
      for (const item of items) addToTotals(totals, item, -1);
      if (net > budget) return;
      const gain = levelValue(problem, reachAdding(problem, reach, items)) - baseLevel + items.reduce((sum, item) => sum + item.bonus, 0);
      if (gain <= 0) return;
      const score = gain / Math.max(net - baseNet, 1);
      if (!pick || score > pick.score) pick = { steps, score };
    };
    const ready = order.map((item, i) => taken[i] === 0 && readyNow(item));
    order.forEach((item, i) => {
      if (taken[i] === 1) return;
      if (ready[i] === true) {
        consider([i]);
        return;
      }
      const lists = needs?.[i];
      if (!lists) return;
      const providers: number[] = [];
      for (const list of lists) {
        if (list.some((p) => taken[p] === 1 || providers.includes(p))) continue;
        let cheapest = -1;
        for (const p of list) {
          const candidate = order[p];
          if (!candidate || ready[p] !== true) continue;
          if (cheapest < 0 || candidate.cost < (order[cheapest]?.cost ?? Infinity)) cheapest = p;
        }
        if (cheapest < 0) return;
        providers.push(cheapest);
      }
      // Ready once they are in: named entries and capabilities are met by construction, the level may not be.
      const added = providers.map((p) => order[p]).filter((p): p is PlanItem => p !== undefined);
      const primary = item.primary;
      if (!primary || primary.from <= (reachAdding(problem, reach, added)[primary.unit] ?? 0)) consider([...providers, i]);
    });
    if (!pick) break;
    for (const i of (pick as { steps: number[] }).steps) {
      const item = order[i];
      if (!item) continue;
      greedy.push(item);
      taken[i] = 1;
      addToTotals(totals, item, 1);
    }
  }
  const check = evaluateSelection(problem, greedy, funding);
  return check.feasible ? { items: greedy, value: check.value, netCost: check.netCost } : undefined;
}
