import type { Highs } from 'highs';
import { evaluateSelection } from './evaluate-plan';
import { branchAndBound, itemsThatMayImprove, type BranchLimits, type BranchResult } from './exact-branch';
import { buildExactModel, createHighsModel, type ExactModel } from './exact-model';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

export interface ExactResult {
  /** Chosen items, each after what it needs (evaluateSelection's order). */
  items: PlanItem[];
  value: number;
  netCost: number;
  /** The solver proved no feasible plan is worth more. */
  proven: boolean;
  /** No plan is worth more than this (the solver's dual bound when the time limit stopped it). */
  upperBound: number;
}

/** Cycle cuts to add before giving up: each removes one set that passes the rows but not isReady. */
const maxCuts = 50;

/**
 * Nodes the LP branch and bound (exact-branch.ts) may use before the HiGHS MIP solver takes over (a node
 * is one warm-started LP, ~0.1–0.3 ms here; the bench catalog needs 10–80).
 */
export const branchNodeLimit = 5_000;

/**
 * The optimal plan over `pool` by HiGHS (exact-model.ts), starting from `incumbent` (the greedy plan):
 * first the LP branch and bound (exact-branch.ts), and if it gives up after `maxBranchNodes` nodes (0:
 * not at all), HiGHS's MIP solver on the same model within what is left of the time. Returns undefined
 * when the solver fails; the caller keeps its own plan then. The chosen set is always re-evaluated
 * with evaluateSelection: the value shown is the TypeScript one, never the solver's.
 */
export function solveExact(
  highs: Highs,
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  incumbent: readonly PlanItem[],
  timeLimitS: number,
  maxBranchNodes = branchNodeLimit,
): ExactResult | undefined {
  const m = buildExactModel(problem, pool, funding);
  const startedAt = Date.now();
  const branched =
    maxBranchNodes > 0
      ? branchOverKernel(highs, problem, pool, funding, m, incumbent, { maxNodes: maxBranchNodes, deadline: startedAt + timeLimitS * 1000 })
      : undefined;
  if (branched) {
    const best = dropIdle(problem, branched.items, funding, branched.value);
    return { items: best.order, value: best.value, netCost: best.netCost, proven: true, upperBound: best.value };
  }
  return solveMip(highs, problem, pool, funding, m, incumbent, timeLimitS - (Date.now() - startedAt) / 1000);
}

/**
 * The branch and bound over the items that may beat the incumbent (itemsThatMayImprove): the others
 * cannot be in any better plan, so leaving them out of the model keeps the optimum (the incumbent itself
 * stays the answer when nothing beats it) and makes every node's LP smaller.
 */
function branchOverKernel(
  highs: Highs,
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  m: ExactModel,
  incumbent: readonly PlanItem[],
  limits: BranchLimits,
): BranchResult | undefined {
  const start = evaluateSelection(problem, incumbent, funding);
  const root = itemsThatMayImprove(
    highs,
    problem,
    pool,
    funding,
    m,
    start.feasible ? { items: incumbent, value: start.value } : { items: [], value: -Infinity },
  );
  if (!root) return branchAndBound(highs, problem, pool, funding, m, incumbent, limits);
  const kernel = pool.filter((_, i) => root.mayImprove[i] === true);
  const km = kernel.length < pool.length ? buildExactModel(problem, kernel, funding) : m;
  return branchAndBound(highs, problem, kernel, funding, km, root.best.items, limits);
}

/** The same problem by HiGHS's MIP solver: the fallback when the branch and bound gives up. */
function solveMip(
  highs: Highs,
  problem: PlanProblem,
  pool: readonly PlanItem[],
  funding: FundingInput,
  m: ExactModel,
  incumbent: readonly PlanItem[],
  timeLimitS: number,
): ExactResult | undefined {
  const inf = highs.infinity;
  const model = createHighsModel(highs, m, true);
  try {
    const start = Date.now();
    // No restarts: these models are solved at or near the root, and a restart redoes presolve and the
    // root cuts (on the 500-entry bench catalog about 40 % less time at three of four budgets, README.md).
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-7, mip_allow_restart: false });
    const base = evaluateSelection(problem, incumbent, funding);
    if (base.feasible) model.setSolution({ colValue: m.columnsFor(incumbent) });
    for (let cut = 0; cut <= maxCuts; cut += 1) {
      const left = timeLimitS - (Date.now() - start) / 1000;
      if (left <= 0) return undefined;
      model.options.set({ time_limit: left });
      model.run();
      const status = model.getModelStatus();
      const optimal = status === highs.constants.modelStatus.optimal;
      if (!optimal && status !== highs.constants.modelStatus.timeLimit) return undefined;
      const x = model.getSolution().colValue;
      const chosen = pool.filter((_, i) => (x[m.itemCol[i] ?? -1] ?? 0) > 0.5);
      const check = evaluateSelection(problem, chosen, funding);
      if (check.feasible) {
        const best = dropIdle(problem, chosen, funding, check.value);
        const dual = optimal ? best.value : Number(model.info.get('mip_dual_bound'));
        return {
          items: best.order,
          value: best.value,
          netCost: best.netCost,
          proven: optimal,
          upperBound: Math.max(best.value, Number.isFinite(dual) ? dual : Infinity),
        };
      }
      if (!optimal) return undefined;
      addCycleCut(model, -inf, m, pool, chosen, check.order);
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}

/** Items never ready within the chosen set (a cycle) cannot all be in unless an item outside the set joins: that row. */
export function addCycleCut(
  model: ReturnType<typeof createHighsModel>,
  minusInfinity: number,
  m: ExactModel,
  pool: readonly PlanItem[],
  chosen: readonly PlanItem[],
  ready: readonly PlanItem[],
): void {
  const stuck = chosen.filter((item) => !ready.includes(item));
  const outside = pool.flatMap((item, i) => (chosen.includes(item) ? [] : [m.itemCol[i] ?? -1]));
  const entries = [...stuck.map((item) => [m.itemCol[pool.indexOf(item)] ?? -1, 1] as const), ...outside.map((c) => [c, -1] as const)];
  model.addRow(minusInfinity, stuck.length - 1, { indices: entries.map(([c]) => c), values: entries.map(([, v]) => v) });
}

/**
 * Items whose removal loses nothing (a zero-worth item the solver was free to add): left out, most
 * costly first, so the plan shown never spends money on nothing.
 */
function dropIdle(
  problem: PlanProblem,
  items: readonly PlanItem[],
  funding: FundingInput,
  value: number,
): ReturnType<typeof evaluateSelection> {
  let kept = [...items];
  for (const item of [...items].sort((a, b) => b.cost - a.cost)) {
    const without = kept.filter((k) => k !== item);
    const check = evaluateSelection(problem, without, funding);
    if (check.feasible && check.value >= value - 1e-9) kept = without;
  }
  return evaluateSelection(problem, kept, funding);
}
