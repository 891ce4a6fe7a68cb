import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../taxonomy';
import { evaluateSelection } from './evaluate-plan';
import { branchAndBound, itemsThatMayImprove, lagrangeBound } from './exact-branch';
import { buildExactModel } from './exact-model';
import { solveExact } from './exact-solve';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { compileProblem, type PlanItem, type PlanProblem } from './plan-problem';
import { generateCatalog, seededRandom } from './random-catalog';
import type { FundingInput, RecommendInput } from './recommend-types';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

function randomCase(trial: number, rnd: () => number): { problem: PlanProblem; funding: FundingInput } {
  const size = 5 + Math.floor(rnd() * 7);
  const entries = generateCatalog(size, 5000 + trial, ['production', 'data', 'equipment', 'network']).map((entry, i) => {
    const back = i > 0 && rnd() < 0.4 ? [{ kind: 'entry' as const, id: `E${i - 1}` }] : [];
    const forward = i + 1 < size && rnd() < 0.1 ? [{ kind: 'entry' as const, id: `E${i + 1}` }] : [];
    return { ...entry, prerequisites: [...back, ...forward, ...entry.prerequisites] };
  });
  const input: RecommendInput = {
    domainLevels: { production: Math.floor(rnd() * 2), data: Math.floor(rnd() * 2), equipment: Math.floor(rnd() * 3), network: 1 },
    domainTargets: { production: 3, data: 3, equipment: 3, network: 2 },
    scenarioLevels: { 'SME-07': 1 },
    scenarioTarget: 3,
    overallLevel: 1,
    company: { cluster: 'nev', size: 'small' },
    priorities: { quality: Math.floor(rnd() * 4), delivery: Math.floor(rnd() * 4) },
    capabilities: rnd() < 0.5 ? ['network'] : [],
    ownedEntryIds: [],
  };
  const problem = compileProblem(entries, input, bundledTaxonomy);
  const total = problem.items.reduce((sum, item) => sum + item.cost, 0) / 100;
  const funding: FundingInput = {
    budgetWan: Math.round(rnd() * total),
    voucherWan: rnd() < 0.5 ? Math.round(rnd() * 20) : 0,
    subsidyRate: rnd() < 0.5 ? 0.3 : 0,
    subsidyCapWan: Math.round(rnd() * 20),
  };
  return { problem, funding };
}

/** The best plan's value overall, and per item the best value of a plan that holds it (−∞ when none is feasible). */
function bruteForce(problem: PlanProblem, pool: readonly PlanItem[], funding: FundingInput): { best: number; withItem: number[] } {
  let best = -Infinity;
  const withItem = pool.map(() => -Infinity);
  for (let mask = 0; mask < 1 << pool.length; mask += 1) {
    const result = evaluateSelection(
      problem,
      pool.filter((_, i) => (mask >> i) & 1),
      funding,
    );
    if (!result.feasible) continue;
    best = Math.max(best, result.value);
    pool.forEach((_, i) => {
      if ((mask >> i) & 1) withItem[i] = Math.max(withItem[i] ?? -Infinity, result.value);
    });
  }
  return { best, withItem };
}

describe('LP branch and bound for the roadmap (exact-branch.ts)', () => {
  it('bounds every feasible plan, with any multipliers and with an item forced in: what pruning and fixing rely on', () => {
    const rnd = seededRandom(41);
    let forcedChecks = 0;
    for (let trial = 0; trial < 150; trial += 1) {
      const { problem, funding } = randomCase(trial, rnd);
      const pool = problem.items;
      const m = buildExactModel(problem, pool, funding);
      const truth = bruteForce(problem, pool, funding);
      const rc = new Float64Array(m.numCols);
      // Random multipliers of either sign (a negative one on a row with no lower side is left out).
      const duals = m.rowUpper.map(() => (rnd() < 0.3 ? 0 : (rnd() - 0.2) * (rnd() < 0.5 ? 0.02 : 5)));
      const bound = lagrangeBound(m, duals, m.colLower, m.colUpper, rc);
      expect(bound, `trial ${trial}`).toBeGreaterThanOrEqual(truth.best - 1e-9);
      pool.forEach((_, i) => {
        const c = m.itemCol[i] ?? 0;
        if ((m.colUpper[c] ?? 0) < 1 || truth.withItem[i] === -Infinity) return;
        const r = rc[c] ?? 0;
        // The fixing rule: forcing the item in can reach at most bound + min(0, rc).
        expect(bound + Math.min(0, r), `trial ${trial} item ${i}`).toBeGreaterThanOrEqual((truth.withItem[i] ?? 0) - 1e-9);
        forcedChecks += 1;
      });
    }
    expect(forcedChecks).toBeGreaterThan(300);
  });

  it('rules out only items that no plan better than the plan it hands on holds, and does rule some out', () => {
    const rnd = seededRandom(47);
    let ruledOut = 0;
    let kept = 0;
    for (let trial = 0; trial < 150; trial += 1) {
      const { problem, funding } = randomCase(trial, rnd);
      const pool = problem.items;
      const truth = bruteForce(problem, pool, funding);
      const greedy = greedyPlan(problem, pool, funding)?.items ?? [];
      const incumbent = evaluateSelection(problem, greedy, funding);
      const root = itemsThatMayImprove(highs, problem, pool, funding, buildExactModel(problem, pool, funding), {
        items: greedy,
        value: incumbent.feasible ? incumbent.value : 0,
      });
      expect(root, `trial ${trial}`).toBeDefined();
      // The plan it hands on (rounded from the LP when that is better) is a real plan worth what it says.
      const value = root?.best.value ?? NaN;
      const check = evaluateSelection(problem, root?.best.items ?? [], funding);
      expect(check.feasible).toBe(true);
      expect(check.value).toBeCloseTo(value, 9);
      const mayImprove = root?.mayImprove;
      pool.forEach((_, i) => {
        if ((truth.withItem[i] ?? -Infinity) > value + 1e-6) {
          expect(mayImprove?.[i], `trial ${trial} item ${i}`).toBe(true);
          kept += 1;
        } else if (mayImprove?.[i] === false) ruledOut += 1;
      });
    }
    expect(ruledOut).toBeGreaterThan(200);
    // The plan handed on is not optimal everywhere: some items had to stay.
    expect(kept).toBeGreaterThan(15);
  });

  it('finds the brute-force optimum on 300 small random catalogs, alone, and when it gives up early the MIP fallback does', () => {
    const rnd = seededRandom(43);
    let searched = 0;
    let gaveUp = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const { problem, funding } = randomCase(trial, rnd);
      const pool = problem.items;
      const expected = bruteForce(problem, pool, funding).best;
      const greedy = greedyPlan(problem, pool, funding)?.items ?? [];
      const m = buildExactModel(problem, pool, funding);
      const alone = branchAndBound(highs, problem, pool, funding, m, greedy, { maxNodes: 100_000, deadline: Date.now() + 10_000 });
      expect(alone, `trial ${trial}`).toBeDefined();
      expect(alone?.value, `trial ${trial}`).toBeCloseTo(expected, 6);
      expect(evaluateSelection(problem, alone?.items ?? [], funding).feasible).toBe(true);
      if ((alone?.nodes ?? 0) > 2) searched += 1;
      // Two nodes, then HiGHS's MIP solver; and the MIP solver alone: the same optimum, proven.
      if (!branchAndBound(highs, problem, pool, funding, m, [], { maxNodes: 2, deadline: Date.now() + 10_000 })) gaveUp += 1;
      for (const nodes of [2, 0]) {
        const plan = solveExact(highs, problem, pool, funding, [], 10, nodes);
        expect(plan?.proven, `trial ${trial}`).toBe(true);
        expect(plan?.value, `trial ${trial} nodes ${nodes}`).toBeCloseTo(expected, 6);
      }
    }
    expect(searched).toBeGreaterThan(30);
    expect(gaveUp).toBeGreaterThan(30);
  });

  it('proves the 200-entry catalog without falling back, at the optimum the MIP solver proves', () => {
    const input: RecommendInput = {
      domainLevels: { production: 1, data: 0, equipment: 2, network: 1 },
      domainTargets: { production: 3, data: 3, equipment: 3, network: 2 },
      scenarioLevels: {},
      scenarioTarget: 3,
      overallLevel: 1,
      company: { cluster: 'nev', size: 'small' },
      priorities: { quality: 2, delivery: 1 },
      capabilities: ['network'],
      ownedEntryIds: [],
    };
    const big = compileProblem(generateCatalog(200, 77), input, bundledTaxonomy);
    const pool = candidatePool(big);
    for (const budgetWan of [20, 60]) {
      const funding: FundingInput = { budgetWan, voucherWan: 10, subsidyRate: 0.3, subsidyCapWan: 15 };
      const greedy = greedyPlan(big, pool, funding)?.items ?? [];
      const branched = branchAndBound(highs, big, pool, funding, buildExactModel(big, pool, funding), greedy, {
        maxNodes: 5_000,
        deadline: Date.now() + 30_000,
      });
      const mip = solveExact(highs, big, pool, funding, greedy, 30, 0);
      expect(branched).toBeDefined();
      expect(mip?.proven).toBe(true);
      expect(branched?.value).toBeCloseTo(mip?.value ?? NaN, 6);
    }
  });
});
