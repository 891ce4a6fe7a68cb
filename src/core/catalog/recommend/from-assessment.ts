import type { AssessmentResult } from '../../assessment/result-types';
import { domainCodes, maxLevel, type DomainCode } from '../vocabulary';
import type { Company } from '../../clients/company';
import type { RecommendInput } from './recommend-types';

/** Domain ids of the bundled maturity frameworks (CMMM 2020, quick check) that differ from the catalog's codes. */
const domainIdAliases: Record<string, DomainCode> = { 'org-strategy': 'strategy', 'people-skills': 'skills', 'info-security': 'security' };

/** SME-2024 framework scenario sub-domains, in the order of the official list (SME-01 … SME-16). */
const smeScenarioSubDomains = [
  'sc-product-design',
  'sc-process-design',
  'sc-marketing',
  'sc-after-sales',
  'sc-planning',
  'sc-production-control',
  'sc-quality',
  'sc-equipment',
  'sc-safety',
  'sc-energy',
  'sc-procurement',
  'sc-warehousing',
  'sc-finance',
  'sc-hr',
  'sc-office',
  'sc-decision',
];

/** The catalog's scenario code (SME-01 … SME-16) for an SME framework scenario sub-domain. */
export function smeScenarioCode(subDomainId: string): string | undefined {
  const index = smeScenarioSubDomains.indexOf(subDomainId);
  return index >= 0 ? `SME-${String(index + 1).padStart(2, '0')}` : undefined;
}

export function catalogDomain(frameworkDomainId: string): DomainCode | undefined {
  const code = domainIdAliases[frameworkDomainId] ?? frameworkDomainId;
  return (domainCodes as readonly string[]).includes(code) ? (code as DomainCode) : undefined;
}

export interface RecommendChoices {
  priorities: RecommendInput['priorities'];
  /** How many levels above the current overall level the company aims (usually 1). */
  ambition: number;
  capabilities?: readonly string[];
  ownedEntryIds?: readonly string[];
}

/**
 * The engine's input from an assessment result (the `assess` feature's type). Every applicable domain
 * below the aimed level is a gap; for the SME framework, every scenario below the aimed level is one.
 */
export function recommendInputFromAssessment(
  result: AssessmentResult,
  company: Pick<Company, 'cluster' | 'size'>,
  choices: RecommendChoices,
): RecommendInput {
  const aim = Math.min(maxLevel, result.level + Math.max(1, choices.ambition));
  const domainLevels: RecommendInput['domainLevels'] = {};
  const domainTargets: RecommendInput['domainTargets'] = {};
  for (const node of result.domains) {
    const code = catalogDomain(node.id);
    if (!code || !node.applicable) continue;
    domainLevels[code] = node.level;
    domainTargets[code] = Math.max(node.level, aim);
  }
  const scenarioLevels: RecommendInput['scenarioLevels'] = {};
  for (const scenario of result.scenarios) {
    const code = smeScenarioCode(scenario.subDomainId);
    if (code) scenarioLevels[code] = scenario.level;
  }
  return {
    domainLevels,
    domainTargets,
    scenarioLevels,
    scenarioTarget: Math.min(4, result.level + Math.max(1, choices.ambition)),
    overallLevel: result.level,
    company: { ...(company.cluster ? { cluster: company.cluster } : {}), ...(company.size ? { size: company.size } : {}) },
    priorities: choices.priorities,
    capabilities: choices.capabilities ?? [],
    ownedEntryIds: choices.ownedEntryIds ?? [],
  };
}
