import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../taxonomy';
import { evaluateSelection } from './evaluate-plan';
import { optimiseOver, optimiseRoadmap } from './optimise-roadmap';
import { greedyPlan } from './plan-greedy';
import { candidatePool } from './plan-order';
import { compileProblem, type PlanItem } from './plan-problem';
import { generateCatalog, seededRandom } from './random-catalog';
import type { FundingInput, RecommendInput } from './recommend-types';

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

/** Every subset, checked with the same exact evaluation: the reference the search must match. */
function bruteForce(problem: ReturnType<typeof compileProblem>, pool: PlanItem[], funding: FundingInput): number {
  let best = 0;
  for (let mask = 0; mask < 1 << pool.length; mask += 1) {
    const set = pool.filter((_, i) => (mask >> i) & 1);
    const result = evaluateSelection(problem, set, funding);
    if (result.feasible && result.value > best) best = result.value;
  }
  return best;
}

describe('roadmap optimiser', () => {
  it('matches brute force on 300 small random catalogs', () => {
    const rnd = seededRandom(7);
    let nonTrivial = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const size = 4 + Math.floor(rnd() * 8);
      const entries = generateCatalog(size, 1000 + trial, ['production', 'data', 'equipment', 'network']);
      const problem = compileProblem(entries, randomInput(rnd), bundledTaxonomy);
      const funding: FundingInput = {
        budgetWan: Math.round(rnd() * 60),
        voucherWan: rnd() < 0.5 ? 10 : 0,
        subsidyRate: rnd() < 0.5 ? 0.3 : 0,
        subsidyCapWan: 20,
      };
      const plan = optimiseOver(problem, problem.items, funding);
      const expected = bruteForce(problem, problem.items, funding);
      expect(plan.proven).toBe(true);
      expect(plan.value, `trial ${trial}`).toBeCloseTo(expected, 6);
      const check = evaluateSelection(problem, plan.items, funding);
      expect(check.feasible, `trial ${trial}`).toBe(true);
      if (expected > 0 && plan.items.length > 1) nonTrivial += 1;
    }
    // The comparison must exercise real choices, not empty plans.
    expect(nonTrivial).toBeGreaterThan(150);
  });

  it('matches brute force with shared gap units, prerequisite chains and budgets across the range', () => {
    const rnd = seededRandom(11);
    let nonTrivial = 0;
    for (let trial = 0; trial < 200; trial += 1) {
      const size = 6 + Math.floor(rnd() * 7);
      // Two domains only, so most entries compete for the same units; chains of named prerequisites,
      // so many entries can only come after others.
      const entries = generateCatalog(size, 5000 + trial, ['production', 'data']).map((entry, i) => ({
        ...entry,
        prerequisites: i > 0 && rnd() < 0.5 ? [{ kind: 'entry' as const, id: `E${i - 1}` }, ...entry.prerequisites] : entry.prerequisites,
      }));
      const problem = compileProblem(entries, randomInput(rnd), bundledTaxonomy);
      const total = problem.items.reduce((sum, item) => sum + item.cost, 0) / 100;
      const funding: FundingInput = {
        budgetWan: Math.round(rnd() * total),
        voucherWan: rnd() < 0.5 ? Math.round(rnd() * 20) : 0,
        subsidyRate: rnd() < 0.5 ? 0.3 : 0,
        subsidyCapWan: Math.round(rnd() * 20),
      };
      const plan = optimiseOver(problem, problem.items, funding);
      const expected = bruteForce(problem, problem.items, funding);
      expect(plan.proven).toBe(true);
      expect(plan.value, `trial ${trial}`).toBeCloseTo(expected, 6);
      expect(evaluateSelection(problem, plan.items, funding).feasible, `trial ${trial}`).toBe(true);
      if (expected > 0 && plan.items.length > 2) nonTrivial += 1;
    }
    expect(nonTrivial).toBeGreaterThan(60);
  });

  it('states an honest bound when the search is cut short: no plan beats it', () => {
    const rnd = seededRandom(19);
    let cut = 0;
    for (let trial = 0; trial < 120; trial += 1) {
      const entries = generateCatalog(8 + Math.floor(rnd() * 5), 9000 + trial, ['production', 'data', 'equipment']);
      const problem = compileProblem(entries, randomInput(rnd), bundledTaxonomy);
      const funding: FundingInput = {
        budgetWan: 10 + Math.round(rnd() * 50),
        voucherWan: rnd() < 0.5 ? 10 : 0,
        subsidyRate: rnd() < 0.5 ? 0.3 : 0,
        subsidyCapWan: 15,
      };
      // Two nodes: the search stops almost at once, so the plan is the greedy one and the bound is the root's.
      const plan = optimiseOver(problem, problem.items, funding, 2);
      const expected = bruteForce(problem, problem.items, funding);
      expect(plan.upperBound, `trial ${trial}`).toBeGreaterThanOrEqual(expected - 1e-6);
      expect(plan.value).toBeLessThanOrEqual(expected + 1e-6);
      if (!plan.proven) cut += 1;
    }
    expect(cut).toBeGreaterThan(30);
  });

  it('on a 200-entry catalog, searching every candidate beats or matches a greedy plan over all of them', () => {
    const entries = generateCatalog(200, 77);
    const problem = compileProblem(entries, randomInput(seededRandom(5)), bundledTaxonomy);
    const pool = candidatePool(problem);
    expect(pool.length).toBeGreaterThan(100);
    let better = 0;
    for (const budgetWan of [20, 40, 60, 90]) {
      const funding: FundingInput = { budgetWan, voucherWan: 10, subsidyRate: 0.3, subsidyCapWan: 15 };
      const greedy = greedyPlan(problem, pool, funding)?.value ?? 0;
      const plan = optimiseOver(problem, pool, funding, 20_000);
      expect(evaluateSelection(problem, plan.items, funding).feasible).toBe(true);
      expect(plan.value, `budget ${budgetWan}`).toBeGreaterThanOrEqual(greedy - 1e-6);
      expect(plan.upperBound).toBeGreaterThanOrEqual(plan.value);
      if (plan.value > greedy + 1e-6) better += 1;
    }
    // Greedy by value per cost misses plans whose best items sit behind a provider.
    expect(better).toBeGreaterThan(0);
  });

  it('never exceeds the budget net of vouchers and subsidy, and orders providers first', () => {
    const entries = generateCatalog(120, 42);
    const problem = compileProblem(entries, randomInput(seededRandom(3)), bundledTaxonomy);
    const funding: FundingInput = { budgetWan: 50, voucherWan: 10, subsidyRate: 0.3, subsidyCapWan: 15 };
    const plan = optimiseRoadmap(problem, funding);
    expect(plan.netCost).toBeLessThanOrEqual(5000 + 1e-6);
    const seen = new Set<string>();
    for (const item of plan.items) {
      for (const id of item.needsEntries) expect(seen.has(id), `${item.entry.id} needs ${id}`).toBe(true);
      seen.add(item.entry.id);
    }
  });

  it('spends vouchers: a voucher-only solution fits a budget it would not fit alone', () => {
    const [entry] = generateCatalog(1, 5, ['production']);
    if (!entry) throw new Error('no entry');
    const pricey = {
      ...entry,
      prerequisites: [],
      lifts: [{ domain: 'production' as const, from: 0, to: 2 }],
      price: { oneOffWan: { min: 20, max: 20 }, yearlyWan: { min: 0, max: 0 } },
      eligibility: { aiVoucher: true, citySubsidy: false, lightweightList: false },
    };
    const input = randomInput(seededRandom(1));
    const problem = compileProblem(
      [pricey],
      { ...input, domainLevels: { production: 0 }, domainTargets: { production: 2 } },
      bundledTaxonomy,
    );
    expect(optimiseRoadmap(problem, { budgetWan: 5, voucherWan: 0, subsidyRate: 0, subsidyCapWan: 0 }).items).toHaveLength(0);
    expect(optimiseRoadmap(problem, { budgetWan: 5, voucherWan: 15, subsidyRate: 0, subsidyCapWan: 0 }).items).toHaveLength(1);
  });
});
