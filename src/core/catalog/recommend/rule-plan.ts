import type { Highs } from 'highs';
import { evaluateSelection, unitReach } from './evaluate-plan';
import { buildExactModel, createHighsModel } from './exact-model';
import { addCycleCut } from './exact-solve';
import { candidatePool } from './plan-order';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';
import { smallestBudget } from './target-budget';

/** The SME level rule's scenario part: at least `need` scenarios at `atLeastLevel`, `constraintNeed` of them constraint ones. */
export interface ScenarioRule {
  atLeastLevel: number;
  need: number;
  constraintNeed: number;
  /** Scenario codes (SME-01 …) of the constraint scenarios. */
  constraintCodes: readonly string[];
}

/** Cycle cuts before giving up, as in exact-solve.ts. */
const maxCuts = 50;

function counts(problem: PlanProblem, items: readonly PlanItem[], rule: ScenarioRule): { all: number; constraint: number } {
  const reach = unitReach(problem, items);
  let all = 0;
  let constraint = 0;
  problem.units.forEach((unit, u) => {
    if (unit.kind !== 'scenario' || (reach[u] ?? 0) < rule.atLeastLevel) return;
    all += 1;
    if (rule.constraintCodes.includes(unit.code)) constraint += 1;
  });
  return { all, constraint };
}

export function meetsRule(problem: PlanProblem, items: readonly PlanItem[], rule: ScenarioRule): boolean {
  const c = counts(problem, items, rule);
  return c.all >= rule.need && c.constraint >= rule.constraintNeed;
}

/**
 * The best plan within the budget (by the problem's own objective) among those that meet the scenario
 * rule: the exact model with two more rows (Σ y_{u,L} over scenarios ≥ need, over constraint scenarios ≥
 * constraintNeed), solved by HiGHS's MIP solver, each answer re-checked with evaluateSelection and cycles
 * cut off as exact-solve.ts does. `null` when no plan within the budget meets the rule; undefined when
 * the solver fails or runs out of time.
 */
export function planMeetingRule(
  highs: Highs,
  problem: PlanProblem,
  funding: FundingInput,
  rule: ScenarioRule,
  timeLimitS: number,
): PlanItem[] | null | undefined {
  const pool = candidatePool(problem);
  const m = buildExactModel(problem, pool, funding);
  const scenarioCols = (constraintOnly: boolean) => {
    let already = 0;
    const cols: number[] = [];
    problem.units.forEach((unit, u) => {
      if (unit.kind !== 'scenario' || (constraintOnly && !rule.constraintCodes.includes(unit.code))) return;
      if (unit.current >= rule.atLeastLevel) already += 1;
      else {
        const c = m.levelCol[u]?.[rule.atLeastLevel - unit.current - 1];
        if (c !== undefined) cols.push(c);
      }
    });
    return { already, cols };
  };
  for (const [part, need] of [
    [scenarioCols(false), rule.need],
    [scenarioCols(true), rule.constraintNeed],
  ] as const) {
    const lower = need - part.already;
    if (lower <= 0) continue;
    if (part.cols.length < lower) return null;
    m.indices.push(...part.cols);
    m.values.push(...part.cols.map(() => 1));
    m.starts.push(m.indices.length);
    m.rowLower.push(lower);
    m.rowUpper.push(Infinity);
  }
  const inf = highs.infinity;
  const model = createHighsModel(highs, m, true);
  try {
    const start = Date.now();
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-7, mip_allow_restart: false });
    for (let cut = 0; cut <= maxCuts; cut += 1) {
      const left = timeLimitS - (Date.now() - start) / 1000;
      if (left <= 0) return undefined;
      model.options.set({ time_limit: left });
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible) return null;
      if (status !== highs.constants.modelStatus.optimal) return undefined;
      const x = model.getSolution().colValue;
      const chosen = pool.filter((_, i) => (x[m.itemCol[i] ?? -1] ?? 0) > 0.5);
      const check = evaluateSelection(problem, chosen, funding);
      if (check.feasible) return meetsRule(problem, check.order, rule) ? withoutIdle(problem, check.order, funding, rule) : undefined;
      addCycleCut(model, -inf, m, pool, chosen, check.order);
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}

/** Items whose removal keeps the plan feasible, meeting the rule and worth as much: left out, most costly first. */
function withoutIdle(problem: PlanProblem, items: readonly PlanItem[], funding: FundingInput, rule: ScenarioRule): PlanItem[] {
  const value = evaluateSelection(problem, items, funding).value;
  let kept = [...items];
  for (const item of [...items].sort((a, b) => b.cost - a.cost)) {
    const without = kept.filter((k) => k !== item);
    const check = evaluateSelection(problem, without, funding);
    if (check.feasible && check.value >= value - 1e-9 && meetsRule(problem, without, rule)) kept = without;
  }
  return evaluateSelection(problem, kept, funding).order;
}

/** The smallest budget (万元, to 0.1) at which some plan meets the rule; null when none does; undefined when a solve fails. */
export function smallestBudgetForRule(
  highs: Highs,
  problem: PlanProblem,
  funding: FundingInput,
  rule: ScenarioRule,
  timeLimitS: number,
): number | null | undefined {
  return smallestBudget(candidatePool(problem), -0.1, (budgetWan) => {
    const plan = planMeetingRule(highs, problem, { ...funding, budgetWan }, rule, timeLimitS);
    return plan === undefined ? undefined : plan !== null;
  });
}
