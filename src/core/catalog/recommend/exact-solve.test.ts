import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from '../reference-catalog';
import { bundledTaxonomy } from '../taxonomy';
import { evaluateSelection } from './evaluate-plan';
import { solveExact } from './exact-solve';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { planRoadmap } from './plan-roadmap';
import { compileProblem, type PlanItem } from './plan-problem';
import { generateCatalog, seededRandom } from './random-catalog';
import type { FundingInput, RecommendInput } from './recommend-types';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

function randomInput(rnd: () => number): RecommendInput {
  return {
    domainLevels: { production: Math.floor(rnd() * 2), data: Math.floor(rnd() * 2), equipment: Math.floor(rnd() * 3), network: 1 },
    domainTargets: { production: 3, data: 3, equipment: 3, network: 2 },
    scenarioLevels: { 'SME-07': 1, 'SME-08': 2 },
    scenarioTarget: 3,
    overallLevel: 1,
    company: { cluster: 'nev', size: 'small' },
    priorities: { quality: Math.floor(rnd() * 4), delivery: Math.floor(rnd() * 4), energy: 1 },
    capabilities: rnd() < 0.5 ? ['network'] : [],
    ownedEntryIds: [],
  };
}

function bruteForce(problem: ReturnType<typeof compileProblem>, pool: PlanItem[], funding: FundingInput): number {
  let best = 0;
  for (let mask = 0; mask < 1 << pool.length; mask += 1) {
    const result = evaluateSelection(
      problem,
      pool.filter((_, i) => (mask >> i) & 1),
      funding,
    );
    if (result.feasible && result.value > best) best = result.value;
  }
  return best;
}

describe('exact roadmap solver (HiGHS)', () => {
  it('matches brute force on 500 small random catalogs, with cycles of prerequisites among them', () => {
    const rnd = seededRandom(23);
    let nonTrivial = 0;
    for (let trial = 0; trial < 500; trial += 1) {
      const size = 5 + Math.floor(rnd() * 8);
      const domains = trial % 2 === 0 ? (['production', 'data'] as const) : (['production', 'data', 'equipment', 'network'] as const);
      // Chains of named prerequisites, and now and then one pointing forward, which can close a cycle.
      const entries = generateCatalog(size, 3000 + trial, [...domains]).map((entry, i) => {
        const back = i > 0 && rnd() < 0.4 ? [{ kind: 'entry' as const, id: `E${i - 1}` }] : [];
        const forward = i + 1 < size && rnd() < 0.1 ? [{ kind: 'entry' as const, id: `E${i + 1}` }] : [];
        return { ...entry, prerequisites: [...back, ...forward, ...entry.prerequisites] };
      });
      const problem = compileProblem(entries, randomInput(rnd), bundledTaxonomy);
      const total = problem.items.reduce((sum, item) => sum + item.cost, 0) / 100;
      const funding: FundingInput = {
        budgetWan: Math.round(rnd() * total),
        voucherWan: rnd() < 0.5 ? Math.round(rnd() * 20) : 0,
        subsidyRate: rnd() < 0.5 ? 0.3 : 0,
        subsidyCapWan: Math.round(rnd() * 20),
      };
      const plan = solveExact(highs, problem, problem.items, funding, [], 10);
      const expected = bruteForce(problem, problem.items, funding);
      expect(plan, `trial ${trial}`).toBeDefined();
      if (!plan) continue;
      expect(plan.proven).toBe(true);
      expect(plan.value, `trial ${trial}`).toBeCloseTo(expected, 6);
      const check = evaluateSelection(problem, plan.items, funding);
      expect(check.feasible, `trial ${trial}`).toBe(true);
      expect(check.value).toBeCloseTo(plan.value, 9);
      if (expected > 0 && plan.items.length > 2) nonTrivial += 1;
    }
    expect(nonTrivial).toBeGreaterThan(150);
  });

  it('proves a plan at least as good as greedy on a 200-entry catalog, and never pays for an item that adds nothing', () => {
    const problem = compileProblem(generateCatalog(200, 77), randomInput(seededRandom(5)), bundledTaxonomy);
    const pool = candidatePool(problem);
    for (const budgetWan of [20, 60]) {
      const funding: FundingInput = { budgetWan, voucherWan: 10, subsidyRate: 0.3, subsidyCapWan: 15 };
      const greedy = greedyPlan(problem, pool, funding);
      const plan = solveExact(highs, problem, pool, funding, greedy?.items ?? [], 30);
      expect(plan?.proven).toBe(true);
      if (!plan) continue;
      expect(plan.value).toBeGreaterThanOrEqual((greedy?.value ?? 0) - 1e-6);
      for (const item of plan.items) {
        const without = evaluateSelection(
          problem,
          plan.items.filter((i) => i !== item),
          funding,
        );
        expect(without.feasible && without.value >= plan.value - 1e-9, item.entry.id).toBe(false);
      }
    }
  });
});

describe('planRoadmap with the exact solver', () => {
  it('proves the plan for the bundled reference list optimal, and it is worth at least what the built-in search finds', () => {
    const input = randomInput(seededRandom(9));
    const entries = loadReferenceCatalog().entries;
    for (const budgetWan of [30, 70]) {
      const funding: FundingInput = { budgetWan, voucherWan: 10, subsidyRate: 0.3, subsidyCapWan: 15 };
      const exact = planRoadmap(entries, input, bundledTaxonomy, funding, highs);
      const search = planRoadmap(entries, input, bundledTaxonomy, funding, null);
      expect(exact.method).toBe('exact');
      expect(search.method).toBe('search');
      expect(exact.proven).toBe(true);
      expect(exact.gapPercent).toBe(0);
      expect(exact.value).toBeGreaterThanOrEqual(search.value - 1e-6);
      expect(exact.netCostWan).toBeLessThanOrEqual(budgetWan + 1e-6);
      expect(exact.phases.flatMap((p) => p.steps).length).toBeGreaterThan(0);
    }
  });
});
