import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { loadExactSolver } from '../../core/catalog/recommend/exact-solver';
import { planRoadmap, type Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../../core/catalog/recommend/recommend-types';
import type { ScenarioRule } from '../../core/catalog/recommend/rule-plan';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';

/**
 * What the roadmap worker does: plan with the exact solver, whose WebAssembly loads once per worker (from the
 * app's own copy of highs.wasm in the browser, from node_modules in Node tests). Proving the optimum on a catalog
 * of a few hundred entries usually takes tens of milliseconds (core/catalog/recommend/README.md), but a catalog
 * whose search falls back to HiGHS's MIP solver can take up to its time limit: too long for the screen's thread.
 */
export function roadmapHandlers(wasmUrl?: string) {
  return {
    /** Loads the solver ahead of the first plan. */
    async warm(): Promise<boolean> {
      return (await loadExactSolver(wasmUrl)) !== undefined;
    },
    /**
     * `goals.goal`: also whether the target fits the budget and the smallest budget that does; `goals.rule`: the SME
     * check's next-level scenario rule. Both cost extra solves (bisections), so only the roadmap screen asks.
     */
    async plan(
      entries: CatalogEntry[],
      input: RecommendInput,
      funding: FundingInput,
      goals: { goal?: boolean; rule?: ScenarioRule } = {},
    ): Promise<Roadmap> {
      const solver = await loadExactSolver(wasmUrl);
      if (!solver) throw new Error('exact solver did not load');
      return planRoadmap(entries, input, bundledTaxonomy, funding, solver, {
        goal: goals.goal === true,
        ...(goals.rule ? { rule: goals.rule } : {}),
      });
    },
  };
}

export type RoadmapHandlers = ReturnType<typeof roadmapHandlers>;
