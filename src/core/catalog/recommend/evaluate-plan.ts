import type { FundingInput } from './recommend-types';
import { levelPoints, type PlanItem, type PlanProblem } from './plan-problem';

/**
 * Level of each unit once the given items are in. Side lifts apply where the company stands at their
 * `from` already; main lifts chain (one brings a unit to the level the next needs), so this repeats.
 */
export function unitReach(problem: PlanProblem, items: readonly PlanItem[]): number[] {
  const reach = problem.units.map((u) => u.current);
  for (const item of items) {
    for (const lift of item.lifts) {
      const current = problem.units[lift.unit]?.current ?? 0;
      if (!lift.primary && lift.from <= current) reach[lift.unit] = Math.max(reach[lift.unit] ?? 0, lift.to);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const item of items) {
      for (const lift of item.lifts) {
        const r = reach[lift.unit] ?? 0;
        if (lift.primary && lift.from <= r && lift.to > r) {
          reach[lift.unit] = lift.to;
          changed = true;
        }
      }
    }
  }
  return reach;
}

export function levelValue(problem: PlanProblem, reach: readonly number[]): number {
  return problem.units.reduce((sum, unit, i) => sum + Math.max(0, Math.min(reach[i] ?? 0, unit.target) - unit.current) * levelPoints, 0);
}

export interface SupportTotals {
  /** Cost of voucher-eligible items that are not subsidy-eligible, and so on; hundredths of 万元. */
  voucherOnly: number;
  both: number;
  subsidyOnly: number;
  neither: number;
}

export function addToTotals(totals: SupportTotals, item: PlanItem, sign: 1 | -1): void {
  if (item.voucherEligible && item.subsidyEligible) totals.both += sign * item.cost;
  else if (item.voucherEligible) totals.voucherOnly += sign * item.cost;
  else if (item.subsidyEligible) totals.subsidyOnly += sign * item.cost;
  else totals.neither += sign * item.cost;
}

/**
 * Vouchers and subsidy for a set of items, in hundredths of 万元. Vouchers go first to items only they
 * can pay for, then to items the subsidy could also cover; the subsidy refunds its rate of what vouchers
 * left unpaid, up to its cap. No item ever gets more support than it costs.
 */
export function support(totals: SupportTotals, funding: FundingInput): { voucher: number; subsidy: number; voucherOnBoth: number } {
  const vouchers = funding.voucherWan * 100;
  const onVoucherOnly = Math.min(vouchers, totals.voucherOnly);
  const onBoth = Math.min(vouchers - onVoucherOnly, totals.both);
  const subsidy = Math.min(funding.subsidyCapWan * 100, funding.subsidyRate * (totals.both - onBoth + totals.subsidyOnly));
  return { voucher: onVoucherOnly + onBoth, subsidy: Math.max(0, subsidy), voucherOnBoth: onBoth };
}

export function totalsOf(items: readonly PlanItem[]): SupportTotals {
  const totals: SupportTotals = { voucherOnly: 0, both: 0, subsidyOnly: 0, neither: 0 };
  for (const item of items) addToTotals(totals, item, 1);
  return totals;
}

export function netCost(totals: SupportTotals, funding: FundingInput): number {
  const gross = totals.voucherOnly + totals.both + totals.subsidyOnly + totals.neither;
  const { voucher, subsidy } = support(totals, funding);
  return gross - voucher - subsidy;
}

/** Whether an item can start once `active` items are in: named entries, capabilities, its main level. */
export function isReady(item: PlanItem, active: readonly PlanItem[], reach: readonly number[]): boolean {
  const activeIds = new Set(active.map((a) => a.entry.id));
  if (!item.needsEntries.every((id) => activeIds.has(id))) return false;
  const provided = new Set(active.flatMap((a) => a.entry.provides));
  if (!item.needsCapabilities.every((code) => provided.has(code))) return false;
  return item.primary === undefined || item.primary.from <= (reach[item.primary.unit] ?? 0);
}

export interface SelectionValue {
  feasible: boolean;
  value: number;
  netCost: number;
  /** Items in an order in which each is ready when it starts. */
  order: PlanItem[];
}

/** The exact worth of a set of items: the reference both the optimiser and the brute-force test use. */
export function evaluateSelection(problem: PlanProblem, items: readonly PlanItem[], funding: FundingInput): SelectionValue {
  const order: PlanItem[] = [];
  const pending = [...items];
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    const reach = unitReach(problem, order);
    for (let i = 0; i < pending.length; i += 1) {
      const item = pending[i];
      if (item && isReady(item, order, reach)) {
        order.push(item);
        pending.splice(i, 1);
        progress = true;
        break;
      }
    }
  }
  const reach = unitReach(problem, items);
  const value = levelValue(problem, reach) + items.reduce((sum, item) => sum + item.bonus, 0);
  const net = netCost(totalsOf(items), funding);
  return { feasible: pending.length === 0 && net <= funding.budgetWan * 100 + 1e-6, value, netCost: net, order };
}
