import { possibleProviders, searchOrder } from './plan-order';
import { levelPoints, type PlanItem, type PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

/**
 * What the search knows about each item, by its position in the search order, computed once so that
 * each node of the search only reads arrays.
 */
export interface SearchSpace {
  order: PlanItem[];
  /** Positions from here on are in a provider loop: readiness is checked on the whole set instead. */
  loopIndex: number;
  /** Per position: [unit, level points] the item can add at most on that unit. */
  gains: [number, number][][];
  /** Per position: first-year cost, before any support. */
  costs: Float64Array;
  /** Per position: net cost before vouchers (the most subsidy it could get taken off). */
  weights: Float64Array;
  /** Per position: priority benefit, or 0 when negative (an upper value never counts a loss). */
  bonuses: Float64Array;
  /** Per position: each need as the positions of the items that could meet it. */
  needs: number[][][];
  /** Per position: its named-entry and capability needs only (its level need is checked on the reach). */
  requires: number[][][];
  /** Per position: whether a later item may need it, so it can be worth taking though it adds nothing. */
  neededLater: boolean[];
  /** Missing level points per unit before anything is chosen. */
  missing: Float64Array;
}

export function staticGains(problem: PlanProblem, item: PlanItem): [number, number][] {
  const perUnit = new Map<number, number>();
  for (const lift of item.lifts) {
    const unit = problem.units[lift.unit];
    if (!unit || (!lift.primary && lift.from > unit.current)) continue;
    const gain = Math.max(0, Math.min(lift.to, unit.target) - Math.max(unit.current, lift.from));
    if (gain > 0) perUnit.set(lift.unit, Math.max(perUnit.get(lift.unit) ?? 0, gain * levelPoints));
  }
  return [...perUnit.entries()];
}

export function buildSearchSpace(problem: PlanProblem, pool: readonly PlanItem[], funding: FundingInput): SearchSpace {
  const upper = (item: PlanItem) => item.levelBound + Math.max(0, item.bonus);
  // Vouchers are a shared pool, added to the bound's capacity instead of to each item.
  const minNet = (item: PlanItem) => (item.subsidyEligible ? item.cost * (1 - funding.subsidyRate) : item.cost);
  const { order, loopIndex } = searchOrder(problem, pool, (item) => upper(item) / Math.max(minNet(item), 1e-9));
  const positionOf = new Map(order.map((item, i) => [item, i]));
  const byId = new Map<string, number[]>();
  const byCapability = new Map<string, number[]>();
  order.forEach((item, i) => {
    byId.set(item.entry.id, [...(byId.get(item.entry.id) ?? []), i]);
    for (const code of item.entry.provides) byCapability.set(code, [...(byCapability.get(code) ?? []), i]);
  });
  const providersOf = order.map((item) => possibleProviders(problem, item, order));
  const requires = order.map((item) => [
    ...item.needsEntries.map((id) => byId.get(id) ?? []),
    ...item.needsCapabilities.map((code) => byCapability.get(code) ?? []),
  ]);
  const needs = order.map((item, i) => {
    const lists: number[][] = [...(requires[i] ?? [])];
    const primary = item.primary;
    if (primary && primary.from > (problem.units[primary.unit]?.current ?? 0)) {
      const levelOnly = { ...item, needsEntries: [], needsCapabilities: [] };
      lists.push(
        possibleProviders(problem, levelOnly, order)
          .map((p) => positionOf.get(p) ?? -1)
          .filter((i) => i >= 0),
      );
    }
    return lists;
  });
  // In the loop region the order says nothing about who needs whom, so any item there may need any other.
  const neededLater = order.map(() => false);
  providersOf.forEach((providers, j) => {
    for (const p of providers) {
      const i = positionOf.get(p) ?? -1;
      if (i >= 0 && (i < j || j >= loopIndex)) neededLater[i] = true;
    }
  });
  return {
    order,
    loopIndex,
    gains: order.map((item) => staticGains(problem, item)),
    costs: Float64Array.from(order, (item) => item.cost),
    weights: Float64Array.from(order, minNet),
    bonuses: Float64Array.from(order, (item) => Math.max(0, item.bonus)),
    needs,
    requires,
    neededLater,
    missing: Float64Array.from(problem.units, (unit) => (unit.target - unit.current) * levelPoints),
  };
}
