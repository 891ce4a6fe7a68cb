import type { Highs } from 'highs';
import { evaluateSelection } from './evaluate-plan';
import { buildExactModel } from './exact-model';
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
 * The optimal plan over `pool` by HiGHS (exact-model.ts), starting from `incumbent` (the greedy plan).
 * Returns undefined when the solver fails; the caller keeps its own plan then. The chosen set is always
 * re-evaluated with evaluateSelection: the value shown is the TypeScript one, never the solver's.
 */
export function solveExact(highs: Highs, problem: PlanProblem, pool: readonly PlanItem[], funding: FundingInput, incumbent: readonly PlanItem[], timeLimitS: number): ExactResult | undefined {
  const m = buildExactModel(problem, pool, funding);
  const inf = highs.infinity;
  const clip = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  const model = highs.createModel({
    numCols: m.numCols,
    numRows: m.rowLower.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: m.colCost,
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower.map(clip),
    rowUpper: m.rowUpper.map(clip),
    matrix: { format: 'csr', numRows: m.rowLower.length, numCols: m.numCols, starts: m.starts, indices: m.indices, values: m.values },
    integrality: [...m.integer].map((k) => (k === 1 ? highs.constants.variableType.integer : highs.constants.variableType.continuous)),
  });
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
        return { items: best.order, value: best.value, netCost: best.netCost, proven: optimal, upperBound: Math.max(best.value, Number.isFinite(dual) ? dual : Infinity) };
      }
      if (!optimal) return undefined;
      // Items never ready within the set (a cycle): they cannot all be in unless an item outside the set joins.
      const stuck = chosen.filter((item) => !check.order.includes(item));
      const outside = pool.flatMap((item, i) => (chosen.includes(item) ? [] : [m.itemCol[i] ?? -1]));
      const entries = [...stuck.map((item) => [m.itemCol[pool.indexOf(item)] ?? -1, 1] as const), ...outside.map((c) => [c, -1] as const)];
      model.addRow(-inf, stuck.length - 1, { indices: entries.map(([c]) => c), values: entries.map(([, v]) => v) });
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}

/**
 * Items whose removal loses nothing (a zero-worth item the solver was free to add): left out, most
 * costly first, so the plan shown never spends money on nothing.
 */
function dropIdle(problem: PlanProblem, items: readonly PlanItem[], funding: FundingInput, value: number): ReturnType<typeof evaluateSelection> {
  let kept = [...items];
  for (const item of [...items].sort((a, b) => b.cost - a.cost)) {
    const without = kept.filter((k) => k !== item);
    const check = evaluateSelection(problem, without, funding);
    if (check.feasible && check.value >= value - 1e-9) kept = without;
  }
  return evaluateSelection(problem, kept, funding);
}
