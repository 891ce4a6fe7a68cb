import { z } from 'zod';
import { answersSchema } from '../assessment/answers';
import { checkAnswersAgainst, checkEnvelope, zodProblems, type Checked } from '../assessment/answers-file';
import type { FileProblem } from '../assessment/file-problems';
import { assessmentStatusSchema } from '../assessment/bundle';
import { industryTypeSchema, type Framework } from '../assessment/framework-schema';
import type { AssessmentRecord, AttachmentRecord } from '../assessment/assessment-record';
import { isoDateTimeSchema } from '../iso-date';
import type { Company } from './company';

export const CLIENT_BACKUP_FORMAT = 'gongzhi-client-backup';

/**
 * One client company with all its assessments and evidence files, so a provider can hand a client's
 * file to a colleague or keep it apart from the whole-workspace backup. Results are not carried: they
 * are recomputed from the answers on open, like everywhere else.
 */
export const clientBackupSchema = z.strictObject({
  format: z.literal(CLIENT_BACKUP_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  company: z.strictObject({
    name: z.string().trim().min(1),
    cluster: z.string().optional(),
    subSector: z.string().optional(),
    industryType: industryTypeSchema,
    size: z.enum(['micro', 'small', 'medium', 'large']).optional(),
    revenueBand: z.string().optional(),
    contactName: z.string().optional(),
    contactPhone: z.string().optional(),
    notes: z.string().optional(),
  }),
  assessments: z.array(
    z.strictObject({
      id: z.string().min(1),
      frameworkId: z.string().min(1),
      frameworkVersion: z.string().min(1),
      industryType: industryTypeSchema,
      status: assessmentStatusSchema,
      answers: answersSchema,
      createdAt: isoDateTimeSchema,
      updatedAt: isoDateTimeSchema,
      completedAt: isoDateTimeSchema.optional(),
    }),
  ),
  attachments: z.array(
    z.strictObject({
      id: z.string().min(1),
      assessmentId: z.string().min(1),
      questionId: z.string(),
      name: z.string(),
      mimeType: z.string(),
      base64: z.base64(),
      createdAt: isoDateTimeSchema,
    }),
  ),
});
export type ClientBackup = z.infer<typeof clientBackupSchema>;

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function createClientBackup(
  company: Company,
  assessments: readonly AssessmentRecord[],
  attachments: readonly (Omit<AttachmentRecord, 'data' | 'size'> & { base64: string })[],
  exportedAt: string,
): ClientBackup {
  const { name, cluster, subSector, industryType, size, revenueBand, contactName, contactPhone, notes } = company;
  return {
    format: CLIENT_BACKUP_FORMAT,
    formatVersion: 1,
    exportedAt,
    company: defined({ name, cluster, subSector, industryType, size, revenueBand, contactName, contactPhone, notes }),
    assessments: assessments.map((a) =>
      defined({
        id: a.id,
        frameworkId: a.frameworkId,
        frameworkVersion: a.frameworkVersion,
        industryType: a.industryType,
        status: a.status,
        answers: a.answers,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        completedAt: a.completedAt,
      }),
    ),
    attachments: attachments.map((f) => ({
      id: f.id,
      assessmentId: f.assessmentId,
      questionId: f.questionId,
      name: f.name,
      mimeType: f.mimeType,
      base64: f.base64,
      createdAt: f.createdAt,
    })),
  };
}

/** Validates a client backup file: envelope, shape, every assessment's framework and answers, file links. */
export function parseClientBackup(data: unknown, frameworks: readonly Framework[]): Checked<ClientBackup> {
  const envelope = checkEnvelope(data, CLIENT_BACKUP_FORMAT, 1);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const parsed = clientBackupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems: FileProblem[] = [];
  parsed.data.assessments.forEach((a, i) => {
    const checked = checkAnswersAgainst(frameworks, a.frameworkId, a.frameworkVersion, a.answers, `assessments.${i}.answers`);
    if (!checked.ok)
      problems.push(
        ...checked.problems.map((p) => (p.code === 'file.unknownFramework' ? { ...p, path: `assessments.${i}.frameworkVersion` } : p)),
      );
  });
  const ids = new Set(parsed.data.assessments.map((a) => a.id));
  parsed.data.attachments.forEach((f, i) => {
    if (!ids.has(f.assessmentId)) {
      const path = `attachments.${i}.assessmentId`;
      problems.push({
        code: 'file.invalid',
        path,
        params: { path, detail: `no assessment ${f.assessmentId}` },
        message: `no assessment ${f.assessmentId}`,
      });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}
