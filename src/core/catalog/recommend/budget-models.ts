import type { SupportTotals } from './evaluate-plan';
import { support } from './evaluate-plan';
import type { FundingInput } from './recommend-types';
import type { SearchSpace } from './plan-search';

/**
 * Linear relaxations of the budget for the bounds. The real constraint (cost − vouchers − subsidy ≤
 * budget, vouchers for eligible items only, subsidy capped) is not linear, so it is relaxed two ways,
 * each valid on its own:
 *  - discounted: each item at its cost less the most subsidy it could get, vouchers added to the budget;
 *  - gross: each item at full cost, the whole voucher and subsidy cap added to the budget.
 * The first ignores the cap, the second ignores who is eligible; a weighted mix of two valid
 * constraints is valid too, and the search takes the smallest bound among the mixes. On the bench
 * (cap 15 万 at a 30 % rate) the gross and mixed models were never tighter and cost a sort per node
 * each, so only the discounted one is used; add mixes here for funding where the cap binds early.
 */
export interface BudgetModel {
  /** 0 = discounted, 1 = gross. */
  theta: number;
  weights: Float64Array;
  /** What the remaining items may weigh in total, given what is chosen. */
  capacity: (totals: SupportTotals, net: number) => number;
  /** The same with only item `i` chosen, for ruling items out before the search. */
  capacityWith: (i: number) => number;
}

export const budgetMixes: readonly number[] = [0];

export function budgetModels(space: SearchSpace, funding: FundingInput): BudgetModel[] {
  const budget = funding.budgetWan * 100 + 1e-6;
  const vouchers = funding.voucherWan * 100;
  const supportMax = vouchers + (funding.subsidyRate > 0 ? Math.max(0, funding.subsidyCapWan * 100) : 0);
  return budgetMixes.map((theta) => {
    const weights = space.weights.map((w, i) => theta * (space.costs[i] ?? 0) + (1 - theta) * w);
    return {
      theta,
      weights,
      capacity: (totals, net) => {
        // Vouchers still unspent could pay for new items, and vouchers moved off items the subsidy could
        // also cover raise that subsidy: both can only widen what remains of the budget by this much.
        const used = support(totals, funding);
        const discounted = budget - net + vouchers - used.voucher + funding.subsidyRate * used.voucherOnBoth;
        const gross = budget + supportMax - (totals.voucherOnly + totals.both + totals.subsidyOnly + totals.neither);
        return theta * gross + (1 - theta) * discounted;
      },
      capacityWith: (i) =>
        theta * (budget + supportMax - (space.costs[i] ?? 0)) + (1 - theta) * (budget + vouchers - (space.weights[i] ?? 0)),
    };
  });
}
