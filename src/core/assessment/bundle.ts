import { z } from 'zod';
import type { Company } from '../clients/company';
import { isoDateTimeSchema } from '../iso-date';
import { answersSchema, type Answers } from './answers';
import { checkAnswersAgainst, checkEnvelope, zodProblems, type Checked } from './answers-file';
import { industryTypeSchema, type Framework } from './framework-schema';
import type { AssessmentResult } from './result-types';
import { scoreAssessment } from './score-assessment';

export const BUNDLE_FORMAT = 'gongzhi-assessment-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

/** The company profile travels without contact details: bundles are pooled across installations. */
export const companyProfileSchema = z.strictObject({
  name: z.string().trim().min(1),
  cluster: z.string().optional(),
  subSector: z.string().optional(),
  industryType: industryTypeSchema,
  size: z.enum(['micro', 'small', 'medium', 'large']).optional(),
  revenueBand: z.string().optional(),
});
export type CompanyProfile = z.infer<typeof companyProfileSchema>;

export const assessmentStatusSchema = z.enum(['inProgress', 'completed']);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: z.string(),
  company: companyProfileSchema,
  assessment: z.strictObject({
    id: z.string().min(1),
    frameworkId: z.string().min(1),
    frameworkVersion: z.string().min(1),
    status: assessmentStatusSchema,
    answers: answersSchema,
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    completedAt: isoDateTimeSchema.optional(),
  }),
  /** Informative copy for pooling tools; import recomputes it with this app's engine. */
  result: z.unknown(),
});
export type AssessmentBundle = z.infer<typeof bundleSchema>;

export interface BundleSource {
  company: Company;
  assessment: {
    id: string;
    frameworkId: string;
    frameworkVersion: string;
    status: AssessmentStatus;
    answers: Answers;
    createdAt: string;
    updatedAt: string;
    completedAt?: string;
  };
  result: AssessmentResult;
}

export function profileOf(company: Company): CompanyProfile {
  const { name, cluster, subSector, industryType, size, revenueBand } = company;
  return {
    name,
    industryType,
    ...(cluster ? { cluster } : {}),
    ...(subSector ? { subSector } : {}),
    ...(size ? { size } : {}),
    ...(revenueBand ? { revenueBand } : {}),
  };
}

export function createBundle(source: BundleSource, exportedAt: string): AssessmentBundle {
  const { id, frameworkId, frameworkVersion, status, answers, createdAt, updatedAt, completedAt } = source.assessment;
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt,
    company: profileOf(source.company),
    assessment: { id, frameworkId, frameworkVersion, status, answers, createdAt, updatedAt, ...(completedAt ? { completedAt } : {}) },
    result: source.result,
  };
}

export interface ImportedBundle {
  bundle: AssessmentBundle;
  framework: Framework;
  result: AssessmentResult;
}

/** Refuses, naming every reason, a bundle from a newer app, for an unknown framework version, or whose answers do not fit. */
export function parseBundle(data: unknown, frameworks: readonly Framework[]): Checked<ImportedBundle> {
  const envelope = checkEnvelope(data, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const parsed = bundleSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const bundle = parsed.data;
  const a = bundle.assessment;
  const checked = checkAnswersAgainst(frameworks, a.frameworkId, a.frameworkVersion, a.answers, 'assessment.answers');
  if (!checked.ok)
    return {
      ok: false,
      problems: checked.problems.map((p) => (p.code === 'file.unknownFramework' ? { ...p, path: 'assessment.frameworkVersion' } : p)),
    };
  return {
    ok: true,
    value: { bundle, framework: checked.value, result: scoreAssessment(checked.value, bundle.company.industryType, a.answers) },
  };
}
