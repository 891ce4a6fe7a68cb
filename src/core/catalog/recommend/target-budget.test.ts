import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from '../reference-catalog';
import { bundledTaxonomy } from '../taxonomy';
import { evaluateSelection, levelValue, unitReach } from './evaluate-plan';
import { planRoadmap } from './plan-roadmap';
import { compileProblem } from './plan-problem';
import { generateCatalog, seededRandom } from './random-catalog';
import type { FundingInput, RecommendInput } from './recommend-types';
import { fullLevelPoints, goalReach } from './target-budget';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const lowPlant: RecommendInput = {
  domainLevels: { production: 1, equipment: 1, data: 0, network: 1 },
  domainTargets: { production: 2, equipment: 2, data: 2, network: 2 },
  scenarioLevels: {},
  scenarioTarget: 2,
  overallLevel: 1,
  company: { cluster: 'nev', size: 'small' },
  priorities: { quality: 3, delivery: 2 },
  capabilities: [],
  ownedEntryIds: [],
};

/** The least net cost (hundredths of 万元) of any set that is feasible with unlimited money and reaches every target. */
function bruteForceCheapest(problem: ReturnType<typeof compileProblem>, funding: FundingInput): number | null {
  const full = fullLevelPoints(problem);
  const rich = { ...funding, budgetWan: 1e9 };
  let best: number | null = null;
  for (let mask = 0; mask < 1 << problem.items.length; mask += 1) {
    const items = problem.items.filter((_, i) => (mask >> i) & 1);
    const check = evaluateSelection(problem, items, rich);
    if (!check.feasible || levelValue(problem, unitReach(problem, items)) < full - 1e-9) continue;
    if (best === null || check.netCost < best) best = check.netCost;
  }
  return best;
}

describe('goalReach: does the budget reach the target, and what is the smallest budget that does', () => {
  it('equals brute force on 150 small random catalogs (to the 0.1 万元 step)', () => {
    const rnd = seededRandom(41);
    let unreachable = 0;
    let needsMore = 0;
    for (let trial = 0; trial < 150; trial += 1) {
      const entries = generateCatalog(4 + Math.floor(rnd() * 7), 9000 + trial, ['production', 'data', 'equipment']);
      const input: RecommendInput = {
        ...lowPlant,
        domainLevels: { production: Math.floor(rnd() * 2), data: Math.floor(rnd() * 2), equipment: 1 },
        domainTargets: { production: 2, data: 2, equipment: 2 },
      };
      const problem = compileProblem(entries, input, bundledTaxonomy);
      const funding: FundingInput = {
        budgetWan: Math.round(rnd() * 30),
        voucherWan: rnd() < 0.5 ? 5 : 0,
        subsidyRate: rnd() < 0.5 ? 0.3 : 0,
        subsidyCapWan: 10,
      };
      const goal = goalReach(highs, problem, [], funding, 10);
      expect(goal, `trial ${trial}`).toBeDefined();
      const cheapest = bruteForceCheapest(problem, funding);
      if (cheapest === null) {
        expect(goal?.minBudgetWan, `trial ${trial}`).toBeNull();
        expect(goal?.reachable).toBe(false);
        unreachable += 1;
      } else if (cheapest <= funding.budgetWan * 100 + 1e-6) {
        expect(goal?.reachable, `trial ${trial}`).toBe(true);
      } else {
        needsMore += 1;
        expect(goal?.reachable, `trial ${trial}`).toBe(false);
        expect(goal?.minBudgetWan, `trial ${trial}`).toBeCloseTo(Math.ceil(cheapest / 10 - 1e-9) / 10, 9);
      }
    }
    expect(unreachable).toBeGreaterThan(5);
    expect(needsMore).toBeGreaterThan(20);
  });

  it('on the bundled list: a small budget says how much is needed, and at that budget the plan shown reaches every target', () => {
    const entries = loadReferenceCatalog().entries;
    const funding: FundingInput = { budgetWan: 3, voucherWan: 0, subsidyRate: 0, subsidyCapWan: 0 };
    const short = planRoadmap(entries, lowPlant, bundledTaxonomy, funding, highs, { goal: true });
    expect(short.goal?.reachable).toBe(false);
    const needed = short.goal?.minBudgetWan;
    if (needed == null) throw new Error('the bundled list should close these gaps');
    expect(needed).toBeGreaterThan(3);
    expect(short.goal?.unitsReached).toBeLessThan(short.goal?.units ?? 0);
    const enough = planRoadmap(entries, lowPlant, bundledTaxonomy, { ...funding, budgetWan: needed }, highs, { goal: true });
    expect(enough.goal).toMatchObject({ reachable: true, minBudgetWan: null });
    expect(enough.goal?.unitsReached).toBe(enough.goal?.units);
    expect(enough.netCostWan).toBeLessThanOrEqual(needed + 1e-9);
    const justBelow = planRoadmap(
      entries,
      lowPlant,
      bundledTaxonomy,
      { ...funding, budgetWan: Math.round((needed - 0.1) * 10) / 10 },
      highs,
      { goal: true },
    );
    expect(justBelow.goal?.reachable).toBe(false);
  });

  it('is not worked out unless asked for, so the interactive plan costs what it did', () => {
    const roadmap = planRoadmap(
      loadReferenceCatalog().entries,
      lowPlant,
      bundledTaxonomy,
      { budgetWan: 3, voucherWan: 0, subsidyRate: 0, subsidyCapWan: 0 },
      highs,
    );
    expect(roadmap.goal).toBeUndefined();
  });
});
