import { domainCodes } from '../../core/catalog/vocabulary';
import { defaultRoadmapPreferences, type RoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import type { RecommendInput } from '../../core/catalog/recommend/recommend-types';
import type { Company } from '../../core/clients/company';

/** What the user sets on the roadmap screen (saved per company). */
export type RoadmapSettings = RoadmapPreferences;

export const defaultRoadmapSettings: RoadmapSettings = defaultRoadmapPreferences;

/** The engine's input when no assessment exists: the levels the user assumes, aiming `ambition` higher. */
export function assumedInput(settings: RoadmapSettings, company: Pick<Company, 'cluster' | 'size'> | undefined): RecommendInput {
  const overall = Math.min(...Object.values(settings.assumedLevels));
  const targets = Object.fromEntries(
    domainCodes.map((code) => [code, Math.max(settings.assumedLevels[code], Math.min(5, overall + settings.ambition))]),
  );
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
