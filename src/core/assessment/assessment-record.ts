import type { IndustryType } from '../clients/company';
import type { Answers } from './answers';
import type { AssessmentStatus } from './bundle';
import type { AssessmentResult } from './result-types';

/** One assessment of one company against one framework version, as stored. */
export interface AssessmentRecord {
  id: string;
  companyId: string;
  frameworkId: string;
  frameworkVersion: string;
  /** Fixed when the assessment starts, so a later change to the company profile does not rescore history. */
  industryType: IndustryType;
  status: AssessmentStatus;
  answers: Answers;
  /** Where the user was, so "continue" opens the same question. */
  lastQuestionId?: string;
  /** Stored when completed, so history and comparisons open without rescoring. */
  result?: AssessmentResult;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

/** A file attached as evidence; the answer holds an AttachmentRef with the same id. */
export interface AttachmentRecord {
  id: string;
  assessmentId: string;
  questionId: string;
  name: string;
  mimeType: string;
  size: number;
  data: Blob;
  createdAt: string;
}
