import type { AssessmentRecord } from '../../../core/assessment/assessment-record';
import { findFramework } from '../../../core/assessment/bundled-frameworks';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../../core/assessment/result-types';
import { scoreAssessment } from '../../../core/assessment/score-assessment';
import type { Company } from '../../../core/clients/company';
import { getWorkspace } from '../../../db';
import { useAsync } from '../../common/use-async';

export interface LoadedResult {
  record: AssessmentRecord;
  framework: Framework;
  company: Company | undefined;
  result: AssessmentResult;
}

export async function loadResult(assessmentId: string): Promise<LoadedResult | undefined> {
  const ws = await getWorkspace();
  const record = await ws.assessments.get(assessmentId);
  const framework = record ? findFramework(record.frameworkId, record.frameworkVersion) : undefined;
  if (!record || !framework) return undefined;
  // An assessment still in progress is scored on the fly: unanswered questions count as not met.
  const result = record.result ?? scoreAssessment(framework, record.industryType, record.answers);
  return { record, framework, company: await ws.companies.get(record.companyId), result };
}

export function useResult(assessmentId: string) {
  return useAsync(() => loadResult(assessmentId), assessmentId);
}
