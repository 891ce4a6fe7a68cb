import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { loadExactSolver } from '../../core/catalog/recommend/exact-solver';
import { planRoadmap, type Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../../core/catalog/recommend/recommend-types';
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
    async plan(entries: CatalogEntry[], input: RecommendInput, funding: FundingInput): Promise<Roadmap> {
      const solver = await loadExactSolver(wasmUrl);
      if (!solver) throw new Error('exact solver did not load');
      return planRoadmap(entries, input, bundledTaxonomy, funding, solver);
    },
  };
}

export type RoadmapHandlers = ReturnType<typeof roadmapHandlers>;
