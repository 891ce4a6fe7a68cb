import type { CompanySize } from '../../clients/company';
import type { DomainCode, PriorityCode } from '../vocabulary';

/**
 * What the engine needs to know about a company. Built from an assessment result by
 * `recommendInputFromAssessment`, or by hand (tests, what-if screens).
 */
export interface RecommendInput {
  /** Assessed level per maturity domain (0–5). Domains left out were not assessed: no gain, no requirement. */
  domainLevels: Partial<Record<DomainCode, number>>;
  /** Level the company aims for per domain; no gain is counted beyond it. */
  domainTargets: Partial<Record<DomainCode, number>>;
  /** SME scenario levels (0–4), keyed by scenario code (SME-01…SME-16), when the SME framework was used. */
  scenarioLevels: Partial<Record<string, number>>;
  /** Scenario level aimed for; scenarios below it are gaps. */
  scenarioTarget: number;
  /** Overall level from the assessment (0 when not even level 1). */
  overallLevel: number;
  company: { cluster?: string; size?: CompanySize };
  /** 0 = not important … 3 = most important. */
  priorities: Partial<Record<PriorityCode, number>>;
  /** Capabilities the company says it already has (e.g. "erp"), beyond what its levels imply. */
  capabilities: readonly string[];
  /** Catalog entries already in use. */
  ownedEntryIds: readonly string[];
}

/** Budget and support, all in 万元. */
export interface FundingInput {
  budgetWan: number;
  /** Face value of vouchers (e.g. AI赋能券) that pay for voucher-eligible solutions. */
  voucherWan: number;
  /** Share of subsidy-eligible spend (after vouchers) that the subsidy refunds, 0–1. */
  subsidyRate: number;
  subsidyCapWan: number;
}

/** One step of an explanation: an i18n key in the `catalog` namespace and its parameters. */
export interface ExplanationPart {
  key: string;
  params: Record<string, string | number>;
}
