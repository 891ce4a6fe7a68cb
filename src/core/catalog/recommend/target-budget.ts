import type { Highs } from 'highs';
import { levelValue, unitReach } from './evaluate-plan';
import { solveExact } from './exact-solve';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { levelPoints, type PlanItem, type PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

/** Whether the roadmap's target (every gap at its target level) fits the budget, and what would. */
export interface GoalReach {
  /** Gaps (domains or scenarios) below their target, and how many the plan shown brings to it. */
  units: number;
  unitsReached: number;
  /** Some plan within the budget brings every gap to its target (proven by the exact solver). */
  reachable: boolean;
  /**
   * When not reachable: the smallest budget, in 万元 rounded up to 0.1, at which some plan brings every
   * gap to its target; null when no budget does (the list cannot close every gap) and when reachable.
   */
  minBudgetWan: number | null;
}

/** The budget search's precision, in 万元: budgets are tried in steps of 0.1 万元 (1,000 yuan). */
const step = 0.1;

/** The same problem with the priority benefits scaled by `factor` (0: level points only). */
export function withScaledBonus(problem: PlanProblem, factor: number): PlanProblem {
  return { ...problem, items: problem.items.map((item) => ({ ...item, bonus: item.bonus * factor })) };
}

/**
 * A factor small enough that all benefits together weigh less than one level step, so the optimum of
 * the scaled problem takes the most level points first and the best benefit among those plans second.
 */
export function goalFirstFactor(problem: PlanProblem): number {
  const total = problem.items.reduce((sum, item) => sum + Math.abs(item.bonus), 0);
  return total === 0 ? 1 : levelPoints / (2 * total);
}

export function fullLevelPoints(problem: PlanProblem): number {
  return problem.units.reduce((sum, unit) => sum + Math.max(0, unit.target - unit.current) * levelPoints, 0);
}

export function unitsAtTarget(problem: PlanProblem, items: readonly PlanItem[]): number {
  const reach = unitReach(problem, items);
  return problem.units.filter((unit, i) => unit.target > unit.current && (reach[i] ?? 0) >= unit.target).length;
}

/**
 * The most level points any plan within `budgetWan` can reach, by the exact solver on the level-only
 * problem; undefined when the solver fails or cannot prove it in the time given.
 */
function provenLevelPoints(
  highs: Highs,
  levelOnly: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  budgetWan: number,
  timeLimitS: number,
): number | undefined {
  const at = { ...funding, budgetWan };
  const start = greedyPlan(levelOnly, pool, at)?.items ?? [];
  const result = solveExact(highs, levelOnly, pool, at, start, timeLimitS);
  if (!result?.proven) return undefined;
  return levelValue(levelOnly, unitReach(levelOnly, result.items));
}

/**
 * Whether the target fits the budget, and the smallest budget that reaches it, found by bisection over
 * budgets with the same exact solver as the roadmap: "some plan reaches every target" can only become
 * true as the budget grows (a larger budget allows every plan a smaller one did), so the bisection is
 * exact to the step. Undefined when a solve fails or is not proven within its time.
 */
export function goalReach(
  highs: Highs,
  problem: PlanProblem,
  shown: readonly PlanItem[],
  funding: FundingInput,
  timeLimitS: number,
): GoalReach | undefined {
  const units = problem.units.filter((u) => u.target > u.current).length;
  const unitsReached = unitsAtTarget(problem, shown);
  const full = fullLevelPoints(problem);
  if (full === 0) return { units, unitsReached, reachable: true, minBudgetWan: null };
  const levelOnly = withScaledBonus(problem, 0);
  const pool = candidatePool(levelOnly);
  const reaches = (budgetWan: number): boolean | undefined => {
    const points = provenLevelPoints(highs, levelOnly, pool, funding, budgetWan, timeLimitS);
    return points === undefined ? undefined : points >= full - 1e-9;
  };
  const atBudget = reaches(funding.budgetWan);
  if (atBudget === undefined) return undefined;
  if (atBudget) return { units, unitsReached, reachable: true, minBudgetWan: null };
  const min = smallestBudget(pool, funding.budgetWan, reaches);
  return min === undefined ? undefined : { units, unitsReached, reachable: false, minBudgetWan: min };
}

/**
 * The smallest budget (万元, in 0.1 steps, above `failsAt`) for which `passes` holds, by bisection; `passes`
 * must only turn from false to true as the budget grows. Null when even every candidate bought outright
 * (gross, before any support: a budget beyond which nothing changes) does not pass; undefined when a test fails.
 */
export function smallestBudget(
  pool: readonly PlanItem[],
  failsAt: number,
  passes: (budgetWan: number) => boolean | undefined,
): number | null | undefined {
  const everything = Math.ceil(pool.reduce((sum, item) => sum + item.cost, 0) / 100 / step) * step + step;
  const atMost = passes(everything);
  if (atMost !== true) return atMost === false ? null : undefined;
  let low = Math.floor(failsAt / step);
  let high = Math.round(everything / step);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const ok = passes(middle * step);
    if (ok === undefined) return undefined;
    if (ok) high = middle;
    else low = middle;
  }
  return Math.round(high * step * 10) / 10;
}
