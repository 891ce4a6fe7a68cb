import type { AssessmentRecord } from '../assessment/assessment-record';
import type { CatalogEntry } from '../catalog/catalog-schema';
import { bundledTaxonomy } from '../catalog/taxonomy';
import { recommendInputFromAssessment, type RecommendChoices } from '../catalog/recommend/from-assessment';
import { planRoadmap, type Roadmap } from '../catalog/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../catalog/recommend/recommend-types';
import type { Company } from './company';

/** One line of the provider's follow-up sheet, as ids and numbers; the UI puts names on them. */
export interface FollowUpRow {
  companyId: string;
  name: string;
  contactName: string;
  contactPhone: string;
  cluster: string;
  /** Undefined when the company has no completed assessment yet. */
  assessment?: { frameworkId: string; level: number; date: string };
  /** Weakest applicable domains first (at most three). */
  topGaps: string[];
  /** Solutions of the planned roadmap, in phase order (at most five). */
  solutions: string[];
  costWan: number;
  netCostWan: number;
}

/** The latest record that has a result, preferring the most recently completed. */
export function latestCompleted(records: readonly AssessmentRecord[]): AssessmentRecord | undefined {
  return records
    .filter((r) => r.result !== undefined)
    .sort((a, b) => (b.completedAt ?? b.updatedAt).localeCompare(a.completedAt ?? a.updatedAt))[0];
}

/** What the client's roadmap is planned from: its latest completed result; undefined before the first. */
export function followUpInput(
  company: Company,
  records: readonly AssessmentRecord[],
  choices: RecommendChoices,
): RecommendInput | undefined {
  const result = latestCompleted(records)?.result;
  return result ? recommendInputFromAssessment(result, company, choices) : undefined;
}

/** A client's line without its roadmap (no solutions, no costs): what the clients table shows. */
export function followUpSummary(company: Company, records: readonly AssessmentRecord[]): FollowUpRow {
  const base: FollowUpRow = {
    companyId: company.id,
    name: company.name,
    contactName: company.contactName ?? '',
    contactPhone: company.contactPhone ?? '',
    cluster: company.cluster ?? '',
    topGaps: [],
    solutions: [],
    costWan: 0,
    netCostWan: 0,
  };
  const latest = latestCompleted(records);
  const result = latest?.result;
  if (!latest || !result) return base;
  const topGaps = result.domains
    .filter((d) => d.applicable)
    .sort((a, b) => a.ratio - b.ratio || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((d) => d.id);
  return {
    ...base,
    assessment: { frameworkId: latest.frameworkId, level: result.level, date: (latest.completedAt ?? latest.updatedAt).slice(0, 10) },
    topGaps,
  };
}

/**
 * Builds a client's follow-up line with the real recommendation engine and roadmap optimiser. `roadmap`
 * is the plan for followUpInput when the caller has it already (the app asks the roadmap worker, whose
 * plan is proven optimal); without it the plan is made here.
 */
export function followUpRow(
  company: Company,
  records: readonly AssessmentRecord[],
  entries: readonly CatalogEntry[],
  funding: FundingInput,
  choices: RecommendChoices,
  roadmap?: Roadmap,
): FollowUpRow {
  const summary = followUpSummary(company, records);
  const input = followUpInput(company, records, choices);
  if (!input) return summary;
  const plan = roadmap ?? planRoadmap(entries, input, bundledTaxonomy, funding);
  const solutions = plan.phases.flatMap((p) => p.steps.map((s) => s.entryId)).slice(0, 5);
  return { ...summary, solutions, costWan: plan.totalCostWan, netCostWan: plan.netCostWan };
}
