import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import type { Answer, Answers, AttachmentRef } from '../../core/assessment/answers';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import type { Framework } from '../../core/assessment/framework-schema';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import type { Company } from '../../core/clients/company';
import { repositories } from '../root';
import type { AnswerStore } from './answer-autosaver';

/** Starts a new assessment of the company on this framework. */
export async function startAssessment(
  company: Pick<Company, 'id' | 'industryType'>,
  framework: Pick<Framework, 'id' | 'version'>,
): Promise<AssessmentRecord> {
  return (await repositories()).assessments.create({
    companyId: company.id,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    industryType: company.industryType,
  });
}

export interface OpenQuestionnaire {
  record: AssessmentRecord;
  framework: Framework;
  company: Company | undefined;
}

/** An assessment with its framework, to answer; undefined when either is unknown. */
export async function openQuestionnaire(assessmentId: string): Promise<OpenQuestionnaire | undefined> {
  const ws = await repositories();
  const record = await ws.assessments.get(assessmentId);
  const framework = record ? findFramework(record.frameworkId, record.frameworkVersion) : undefined;
  if (!record || !framework) return undefined;
  return { record, framework, company: await ws.companies.get(record.companyId) };
}

/** Where the questionnaire's autosaver writes answers. */
export const answerStore: AnswerStore = {
  async saveAnswers(assessmentId: string, changes: ReadonlyMap<string, Answer | undefined>, lastQuestionId?: string) {
    return (await repositories()).assessments.saveAnswers(assessmentId, changes, lastQuestionId);
  },
};

/** Scores the answers against the framework and stores the result: the assessment is complete. */
export async function completeAssessment(
  record: Pick<AssessmentRecord, 'id' | 'industryType'>,
  framework: Framework,
  answers: Answers,
): Promise<AssessmentRecord> {
  return (await repositories()).assessments.complete(record.id, scoreAssessment(framework, record.industryType, answers));
}

/** Keeps a file as evidence for one answer. */
export async function attachEvidence(assessmentId: string, questionId: string, file: File): Promise<AttachmentRef> {
  return (await repositories()).assessments.addAttachment(assessmentId, questionId, { name: file.name, mimeType: file.type, data: file });
}
