import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../../assessment/bundled-frameworks';
import { loadReferenceCatalog } from '../reference-catalog';
import { bundledTaxonomy } from '../taxonomy';
import { smeScenarioCode } from './from-assessment';
import { planRoadmap } from './plan-roadmap';
import { evaluateSelection } from './evaluate-plan';
import { candidatePool } from './plan-order';
import { compileProblem } from './plan-problem';
import { generateCatalog, seededRandom } from './random-catalog';
import type { FundingInput, RecommendInput } from './recommend-types';
import { meetsRule, planMeetingRule, smallestBudgetForRule, type ScenarioRule } from './rule-plan';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const codes = ['SME-01', 'SME-02', 'SME-03', 'SME-04', 'SME-05'];
const rule: ScenarioRule = { atLeastLevel: 2, need: 3, constraintNeed: 1, constraintCodes: ['SME-01', 'SME-02'] };

describe('plans that meet the SME scenario rule', () => {
  it('equal brute force on 60 small random catalogs: the best plan meeting the rule, and the smallest budget for it', () => {
    const rnd = seededRandom(77);
    let none = 0;
    let found = 0;
    for (let trial = 0; trial < 60; trial += 1) {
      const entries = generateCatalog(4 + Math.floor(rnd() * 7), 500 + trial, ['production', 'data']).map((e) => ({
        ...e,
        scenarios: [codes[Math.floor(rnd() * codes.length)] ?? 'SME-01'],
      }));
      const input: RecommendInput = {
        domainLevels: { production: 1 },
        domainTargets: { production: 2 },
        scenarioLevels: Object.fromEntries(codes.map((c) => [c, rnd() < 0.2 ? 2 : 1])),
        scenarioTarget: 2,
        overallLevel: 1,
        company: {},
        priorities: { quality: 2 },
        capabilities: [],
        ownedEntryIds: [],
      };
      const problem = compileProblem(entries, input, bundledTaxonomy);
      const funding: FundingInput = {
        budgetWan: Math.round(rnd() * 40),
        voucherWan: rnd() < 0.5 ? 5 : 0,
        subsidyRate: rnd() < 0.5 ? 0.3 : 0,
        subsidyCapWan: 10,
      };
      let best: number | null = null;
      let cheapest: number | null = null;
      // Over the same candidates the roadmap searches (entries that close a gap or enable one).
      const pool = candidatePool(problem);
      for (let mask = 0; mask < 1 << pool.length; mask += 1) {
        const items = pool.filter((_, i) => (mask >> i) & 1);
        const rich = evaluateSelection(problem, items, { ...funding, budgetWan: 1e9 });
        if (!rich.feasible || !meetsRule(problem, items, rule)) continue;
        if (cheapest === null || rich.netCost < cheapest) cheapest = rich.netCost;
        const within = evaluateSelection(problem, items, funding);
        if (within.feasible && (best === null || within.value > best)) best = within.value;
      }
      const plan = planMeetingRule(highs, problem, funding, rule, 10);
      expect(plan, `trial ${trial}`).not.toBeUndefined();
      if (best === null) {
        expect(plan, `trial ${trial}`).toBeNull();
        none += 1;
      } else {
        found += 1;
        if (!plan) throw new Error(`trial ${trial}: no plan`);
        expect(meetsRule(problem, plan, rule)).toBe(true);
        expect(evaluateSelection(problem, plan, funding).value, `trial ${trial}`).toBeCloseTo(best, 6);
      }
      const smallest = smallestBudgetForRule(highs, problem, funding, rule, 10);
      expect(smallest, `trial ${trial}`).toBe(cheapest === null ? null : Math.ceil(cheapest / 10 - 1e-9) / 10 + 0);
    }
    expect(none).toBeGreaterThan(5);
    expect(found).toBeGreaterThan(10);
  });
});

describe('planRoadmap with the SME rule', () => {
  it('on the bundled list: a short budget names the smallest budget for the rule, and at that budget the plan shown meets it', () => {
    const entries = loadReferenceCatalog().entries;
    const sme = bundledFrameworks().find((f) => f.id === 'sme-digital-2024');
    if (!sme) throw new Error('missing');
    const constraintCodes = sme.elements
      .flatMap((e) => e.domains.flatMap((d) => d.subDomains))
      .filter((sd) => sd.constraint)
      .flatMap((sd) => smeScenarioCode(sd.id) ?? []);
    expect(constraintCodes).toHaveLength(10);
    const smeRule: ScenarioRule = { atLeastLevel: 2, need: 6, constraintNeed: 3, constraintCodes };
    const input: RecommendInput = {
      domainLevels: {},
      domainTargets: {},
      scenarioLevels: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`SME-${String(i + 1).padStart(2, '0')}`, 1])),
      scenarioTarget: 2,
      overallLevel: 1,
      company: { cluster: 'nev', size: 'small' },
      priorities: { quality: 2, cost: 2 },
      capabilities: [],
      ownedEntryIds: [],
    };
    const funding: FundingInput = { budgetWan: 1, voucherWan: 0, subsidyRate: 0, subsidyCapWan: 0 };
    const short = planRoadmap(entries, input, bundledTaxonomy, funding, highs, { goal: true, rule: smeRule });
    expect(short.ruleReach?.met).toBe(false);
    const needed = short.ruleReach?.minBudgetWan;
    if (needed == null) throw new Error('the bundled list should meet the rule');
    const problem = compileProblem(entries, input, bundledTaxonomy);
    const chosen = (roadmap: typeof short) =>
      problem.items.filter((item) => roadmap.phases.some((p) => p.steps.some((s) => s.entryId === item.entry.id)));
    const enough = planRoadmap(entries, input, bundledTaxonomy, { ...funding, budgetWan: needed }, highs, { goal: true, rule: smeRule });
    expect(enough.ruleReach?.met).toBe(true);
    expect(meetsRule(problem, chosen(enough), smeRule)).toBe(true);
    expect(enough.netCostWan).toBeLessThanOrEqual(needed + 1e-9);
    // Meeting the rule costs less than closing every gap.
    expect(needed).toBeLessThan(enough.goal?.minBudgetWan ?? Infinity);
    const below = planRoadmap(entries, input, bundledTaxonomy, { ...funding, budgetWan: Math.round((needed - 0.1) * 10) / 10 }, highs, {
      rule: smeRule,
    });
    expect(below.ruleReach?.met).toBe(false);
  });
});
