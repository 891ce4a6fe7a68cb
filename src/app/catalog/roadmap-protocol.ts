import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../../core/catalog/recommend/recommend-types';
import type { ScenarioRule } from '../../core/catalog/recommend/rule-plan';

export interface RoadmapRequest {
  id: number;
  entries: CatalogEntry[];
  input: RecommendInput;
  funding: FundingInput;
  /** Also say whether the target fits the budget and the smallest budget that does (planRoadmap's goal option). */
  goal?: boolean;
  /** SME digital level: the next level's scenario rule (planRoadmap's rule option). */
  rule?: ScenarioRule;
}

export type RoadmapReply = { id: number; ok: true; roadmap: Roadmap } | { id: number; ok: false; message: string };
