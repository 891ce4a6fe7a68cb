import type { DomainCode, PriorityCode } from '../../core/catalog/vocabulary';
import { domainCodes } from '../../core/catalog/vocabulary';
import type { FundingInput, RecommendInput } from '../../core/recommend/recommend-types';
import type { Company } from '../../core/workspace/company';

/** What the user sets on the roadmap screen. */
export interface RoadmapSettings {
  priorities: Record<PriorityCode, number>;
  funding: FundingInput;
  ambition: number;
  /** Used only when the company has no completed assessment yet. */
  assumedLevels: Record<DomainCode, number>;
}

export const defaultRoadmapSettings: RoadmapSettings = {
  priorities: { quality: 2, cost: 2, delivery: 1, energy: 1, safety: 1 },
  funding: { budgetWan: 30, voucherWan: 5, subsidyRate: 0.3, subsidyCapWan: 10 },
  ambition: 1,
  assumedLevels: Object.fromEntries(domainCodes.map((code) => [code, 1])) as Record<DomainCode, number>,
};

/** The engine's input when no assessment exists: the levels the user assumes, aiming `ambition` higher. */
export function assumedInput(settings: RoadmapSettings, company: Pick<Company, 'cluster' | 'size'> | undefined): RecommendInput {
  const overall = Math.min(...Object.values(settings.assumedLevels));
  const targets = Object.fromEntries(domainCodes.map((code) => [code, Math.max(settings.assumedLevels[code], Math.min(5, overall + settings.ambition))]));
  return {
    domainLevels: settings.assumedLevels,
    domainTargets: targets,
    scenarioLevels: {},
    scenarioTarget: 0,
    overallLevel: overall,
    company: { ...(company?.cluster ? { cluster: company.cluster } : {}), ...(company?.size ? { size: company.size } : {}) },
    priorities: settings.priorities,
    capabilities: [],
    ownedEntryIds: [],
  };
}
