import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import type { Framework } from '../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../core/assessment/result-types';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import type { Company } from '../../core/clients/company';
import { repositories } from '../root';

export interface LoadedResult {
  record: AssessmentRecord;
  framework: Framework;
  company: Company | undefined;
  result: AssessmentResult;
}

/** One assessment's result; one still in progress is scored on the fly (unanswered questions count as not met). */
export async function loadResult(assessmentId: string): Promise<LoadedResult | undefined> {
  const ws = await repositories();
  const record = await ws.assessments.get(assessmentId);
  const framework = record ? findFramework(record.frameworkId, record.frameworkVersion) : undefined;
  if (!record || !framework) return undefined;
  const result = record.result ?? scoreAssessment(framework, record.industryType, record.answers);
  return { record, framework, company: await ws.companies.get(record.companyId), result };
}

/** A company and its assessments, newest first; `company` is undefined when there is no such company. */
export async function loadCompanyAssessments(
  companyId: string,
): Promise<{ company: Company | undefined; assessments: AssessmentRecord[] }> {
  const ws = await repositories();
  const company = await ws.companies.get(companyId);
  return { company, assessments: company ? await ws.assessments.listForCompany(companyId) : [] };
}

/** The company's most recent assessment that has a stored result, if any. */
export async function latestAssessmentWithResult(companyId: string): Promise<AssessmentRecord | undefined> {
  const records = await (await repositories()).assessments.listForCompany(companyId);
  return records.find((r) => r.result !== undefined);
}
