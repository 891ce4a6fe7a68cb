import type { CatalogEntry } from '../catalog/catalog-schema';
import type { CatalogTaxonomy } from '../catalog/taxonomy';
import { optimiseOver } from './optimise-roadmap';
import { compileProblem } from './plan-problem';
import { recommend, type Recommendation } from './recommend';
import type { FundingInput, RecommendInput } from './recommend-types';
import { roadmapPool } from './roadmap-pool';
import { buildPhases, type RoadmapPhase } from './roadmap-phases';

export interface Roadmap {
  recommendations: Recommendation[];
  phases: RoadmapPhase[];
  /** Objective value of the chosen set (level points + priority benefit). */
  value: number;
  totalCostWan: number;
  totalSupportWan: number;
  netCostWan: number;
  /** True when the search proved the plan optimal over its pool. */
  proven: boolean;
  poolSize: number;
}

/** Recommendations and the best phased roadmap within the budget, in one call for the UI and the bench. */
export function planRoadmap(entries: readonly CatalogEntry[], input: RecommendInput, taxonomy: CatalogTaxonomy, funding: FundingInput, shortlist?: number): Roadmap {
  const problem = compileProblem(entries, input, taxonomy);
  const recommendations = recommend(entries, input, taxonomy, problem);
  const pool = roadmapPool(problem, recommendations, shortlist);
  const plan = optimiseOver(problem, pool, funding);
  const phases = buildPhases(problem, plan.items, funding, input.overallLevel);
  const totalCostWan = phases.reduce((sum, p) => sum + p.costWan, 0);
  const totalSupportWan = phases.reduce((sum, p) => sum + p.voucherWan + p.subsidyWan, 0);
  return {
    recommendations, phases, value: plan.value,
    totalCostWan: Math.round(totalCostWan * 100) / 100,
    totalSupportWan: Math.round(totalSupportWan * 100) / 100,
    netCostWan: Math.round((totalCostWan - totalSupportWan) * 100) / 100,
    proven: plan.proven, poolSize: pool.length,
  };
}
