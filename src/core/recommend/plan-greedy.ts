import { addToTotals, evaluateSelection, isReady, levelValue, netCost, unitReach, type SupportTotals } from './evaluate-plan';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

/**
 * A greedy plan (best marginal value per net cost, recomputed after each pick). It is only the
 * search's first incumbent: a good one early lets the bound cut most of the tree and rule items out.
 */
export function greedyPlan(problem: PlanProblem, order: readonly PlanItem[], funding: FundingInput, banned?: Uint8Array): { items: PlanItem[]; value: number; netCost: number } | undefined {
  const budget = funding.budgetWan * 100 + 1e-6;
  const totals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  const greedy: PlanItem[] = [];
  const taken = new Set<PlanItem>();
  for (;;) {
    const reach = unitReach(problem, greedy);
    const baseLevel = levelValue(problem, reach);
    const baseNet = netCost(totals, funding);
    let pick: { item: PlanItem; score: number } | undefined;
    order.forEach((item, i) => {
      if (banned?.[i] === 1 || taken.has(item) || !isReady(item, greedy, reach)) return;
      addToTotals(totals, item, 1);
      const net = netCost(totals, funding);
      addToTotals(totals, item, -1);
      if (net > budget) return;
      greedy.push(item);
      const gain = levelValue(problem, unitReach(problem, greedy)) - baseLevel + item.bonus;
      greedy.pop();
      if (gain <= 0) return;
      const score = gain / Math.max(net - baseNet, 1);
      if (!pick || score > pick.score) pick = { item, score };
    });
    if (!pick) break;
    greedy.push(pick.item);
    taken.add(pick.item);
    addToTotals(totals, pick.item, 1);
  }
  const check = evaluateSelection(problem, greedy, funding);
  return check.feasible ? { items: greedy, value: check.value, netCost: check.netCost } : undefined;
}
