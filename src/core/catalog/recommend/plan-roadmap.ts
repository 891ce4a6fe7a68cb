import type { Highs } from 'highs';
import type { CatalogEntry } from '../catalog-schema';
import type { CatalogTaxonomy } from '../taxonomy';
import { solveExact } from './exact-solve';
import { exactSolver } from './exact-solver';
import { optimiseOver, type OptimalPlan } from './optimise-roadmap';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { compileProblem, type PlanItem, type PlanProblem } from './plan-problem';
import { recommend, type Recommendation } from './recommend';
import type { FundingInput, RecommendInput } from './recommend-types';
import { buildPhases, type RoadmapPhase } from './roadmap-phases';
import { goalFirstFactor, goalReach, unitsAtTarget, withScaledBonus, type GoalReach } from './target-budget';
import { evaluateSelection } from './evaluate-plan';
import { meetsRule, planMeetingRule, smallestBudgetForRule, type ScenarioRule } from './rule-plan';

/**
 * Search work the interactive plan may use, as nodes × candidates (a node's cost grows with the
 * candidates after it), so the search takes about the same time whatever the catalog's size. Small
 * catalogs are proven optimal well within it (the brute-force tests); on catalogs of a few hundred
 * entries with many prerequisites the search stops and the plan says how far from the optimum it can
 * be at most (see README.md).
 */
export const interactiveSearchWork = 400_000;

/**
 * Seconds the exact solver may take before the plan shows the best found and its bound instead (on the
 * 500-entry bench catalog it proves the optimum in about 20 ms, README.md; the limit is for catalogs
 * whose search falls back to HiGHS's MIP solver).
 */
export const exactTimeLimitS = 3;

export interface Roadmap {
  recommendations: Recommendation[];
  phases: RoadmapPhase[];
  /** Objective value of the chosen set (level points + priority benefit). */
  value: number;
  totalCostWan: number;
  totalSupportWan: number;
  netCostWan: number;
  /** True when the search proved the plan optimal over every candidate in the catalog. */
  proven: boolean;
  /** Which optimiser produced the plan: the exact solver (HiGHS), or the built-in search while it is not loaded. */
  method: 'exact' | 'search';
  /**
   * When not proven: no plan can be worth more than this many per cent above the one shown (rounded
   * up). 0 when proven.
   */
  gapPercent: number;
  /** Candidates searched: entries that close a gap plus every entry that could enable them. */
  poolSize: number;
  /**
   * Whether the budget reaches the target (every gap at its target level) and, if not, the smallest
   * budget that does; only from the exact solver and when asked for (planRoadmap's `goal` option).
   */
  goal?: GoalReach;
  /**
   * True when the best plan by value left a gap short although the budget could close them all, so the
   * plan shown is the best among those that reach the target (proven so by the exact solver).
   */
  goalFirst?: boolean;
  /** Only with the `rule` option and the exact solver. */
  ruleReach?: RuleReach;
}

export interface PlanOptions {
  /** Also work out whether the target fits the budget and the smallest budget that does (more solves). */
  goal?: boolean;
  /**
   * SME digital level: the next level's scenario rule. With the exact solver, the plan shown meets it
   * whenever some plan within the budget does (the best such plan), and `ruleReach` says so.
   */
  rule?: ScenarioRule;
}

/** Whether the plan shown meets the SME scenario rule, and if no plan within the budget can, the smallest budget that can. */
export interface RuleReach {
  met: boolean;
  /** When not met: the smallest budget (万元, to 0.1) at which some plan meets it; null when none does. */
  minBudgetWan: number | null;
}

/**
 * Recommendations and the best phased roadmap within the budget, in one call for the UI and the bench.
 * With the exact solver (loaded by loadExactSolver; null = without it) the plan is proven optimal; without
 * it, the built-in search gives the best plan it finds and how far from the optimum it can be.
 */
export function planRoadmap(
  entries: readonly CatalogEntry[],
  input: RecommendInput,
  taxonomy: CatalogTaxonomy,
  funding: FundingInput,
  solver: Highs | null = exactSolver() ?? null,
  options: PlanOptions = {},
): Roadmap {
  const problem = compileProblem(entries, input, taxonomy);
  const recommendations = recommend(entries, input, taxonomy, problem);
  const pool = candidatePool(problem);
  const exact = solver ? planExactly(solver, problem, pool, funding) : undefined;
  let plan = exact ?? optimiseOver(problem, pool, funding, Math.ceil(interactiveSearchWork / Math.max(1, pool.length)));
  let goal = solver && exact && options.goal ? goalReach(solver, problem, exact.items, funding, exactTimeLimitS) : undefined;
  let goalFirst = false;
  if (solver && goal?.reachable && goal.unitsReached < goal.units) {
    const reaching = planToTarget(solver, problem, funding);
    if (reaching) {
      plan = reaching;
      goal = { ...goal, unitsReached: unitsAtTarget(problem, reaching.items) };
      goalFirst = true;
    }
  }
  let ruleReach: RuleReach | undefined;
  if (solver && exact && options.rule) {
    const rule = options.rule;
    if (meetsRule(problem, plan.items, rule)) ruleReach = { met: true, minBudgetWan: null };
    else {
      const meeting = planMeetingRule(solver, problem, funding, rule, exactTimeLimitS);
      if (meeting) {
        const value = evaluateSelection(problem, meeting, funding).value;
        plan = { items: meeting, value, proven: true, upperBound: value };
        ruleReach = { met: true, minBudgetWan: null };
        if (goal) goal = { ...goal, unitsReached: unitsAtTarget(problem, meeting) };
        goalFirst = true;
      } else if (meeting === null) {
        const min = smallestBudgetForRule(solver, problem, funding, rule, exactTimeLimitS);
        if (min !== undefined) ruleReach = { met: false, minBudgetWan: min };
      }
    }
  }
  const phases = buildPhases(problem, plan.items, funding, input.overallLevel);
  const totalCostWan = phases.reduce((sum, p) => sum + p.costWan, 0);
  const totalSupportWan = phases.reduce((sum, p) => sum + p.voucherWan + p.subsidyWan, 0);
  const gap = plan.upperBound - plan.value;
  const gapPercent = plan.proven || gap <= 1e-9 ? 0 : plan.value > 0 ? Math.ceil((gap / plan.value) * 100) : 100;
  return {
    recommendations,
    phases,
    value: plan.value,
    totalCostWan: Math.round(totalCostWan * 100) / 100,
    totalSupportWan: Math.round(totalSupportWan * 100) / 100,
    netCostWan: Math.round((totalCostWan - totalSupportWan) * 100) / 100,
    proven: plan.proven || gap <= 1e-9,
    gapPercent,
    poolSize: pool.length,
    method: exact ? 'exact' : 'search',
    ...(goal ? { goal } : {}),
    ...(goalFirst ? { goalFirst } : {}),
    ...(ruleReach ? { ruleReach } : {}),
  };
}

/**
 * The best plan among those that bring every gap to its target: the exact optimum of the same problem
 * with the priority benefits scaled below one level step, valued back on the real problem.
 */
function planToTarget(
  highs: Highs,
  problem: PlanProblem,
  funding: FundingInput,
): Pick<OptimalPlan, 'items' | 'value' | 'proven' | 'upperBound'> | undefined {
  const scaled = withScaledBonus(problem, goalFirstFactor(problem));
  const result = planExactly(highs, scaled, candidatePool(scaled), funding);
  if (!result) return undefined;
  const items = result.items.flatMap((item) => problem.items[item.index] ?? []);
  const value = evaluateSelection(problem, items, funding).value;
  return { items, value, proven: result.proven, upperBound: value };
}

/** The exact solver's plan, from the greedy plan as its starting point; undefined when it fails. */
function planExactly(
  highs: Highs,
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
): Pick<OptimalPlan, 'items' | 'value' | 'proven' | 'upperBound'> | undefined {
  const greedy = greedyPlan(problem, pool, funding);
  const result = solveExact(highs, problem, pool, funding, greedy?.items ?? [], exactTimeLimitS);
  // A time-limited solve whose plan is worse than greedy's cannot happen (greedy is its start), but be sure.
  if (result && greedy && result.value < greedy.value - 1e-9) return undefined;
  return result;
}
