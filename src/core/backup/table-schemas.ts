import { z } from 'zod';
import { answersSchema } from '../assessment/answers';
import { assessmentStatusSchema, companyProfileSchema } from '../assessment/bundle';
import { industryTypeSchema } from '../assessment/framework-schema';
import { provenanceSchema } from '../catalog/catalog-schema';
import { EARLIEST_DATE_MS, isoDateTimeSchema, LATEST_DATE_MS } from '../iso-date';

/**
 * What a restored row of each table must look like, checked before anything is written. Rows are loose
 * objects (fields a later version adds travel through), but every field the app reads is checked for
 * type, range and, through `references`, that the record it points at is in the same file.
 */

const epochMs = z.number().finite().min(EARLIEST_DATE_MS).max(LATEST_DATE_MS);
const id = z.string().min(1).max(512);
// Free text has no length limit here: whatever an import or a form accepted must restore.
const text = z.string();
const count = z.number().int().min(0).max(1e9);
const finite = z.number().finite();
const bytes = z.instanceof(Uint8Array);
const verdict = z.enum(['ok', 'ng']);
const plainList = z.array(z.looseObject({}));

const company = z.looseObject({
  id,
  name: z.string().trim().min(1),
  cluster: text.optional(),
  subSector: text.optional(),
  industryType: industryTypeSchema,
  size: z.enum(['micro', 'small', 'medium', 'large']).optional(),
  revenueBand: text.optional(),
  contactName: text.optional(),
  contactPhone: text.optional(),
  notes: text.optional(),
  isDemo: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

const settings = z.looseObject({
  id: z.literal('settings'),
  language: z.enum(['zh-CN', 'en', 'zh-TW']).optional(),
  largeText: z.boolean().optional(),
  activeCompanyId: id.optional(),
});

const assessment = z.looseObject({
  id,
  companyId: id,
  frameworkId: id,
  frameworkVersion: id,
  industryType: industryTypeSchema,
  status: assessmentStatusSchema,
  answers: answersSchema,
  lastQuestionId: id.optional(),
  result: z.looseObject({}).optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  completedAt: isoDateTimeSchema.optional(),
});

const attachment = z.looseObject({
  id,
  assessmentId: id,
  questionId: text,
  name: text,
  mimeType: text,
  size: count,
  data: z.instanceof(Blob),
  createdAt: isoDateTimeSchema,
});

const catalogVersion = z.looseObject({
  id,
  provenance: provenanceSchema,
  entryCount: count,
  importedAt: isoDateTimeSchema,
  fileName: text,
  format: z.string().min(1).max(16),
});

const catalogEntries = z.looseObject({ versionId: id, entries: z.array(z.looseObject({ id })) });
const catalogActive = z.looseObject({ id: z.literal('active'), versionId: id.nullable(), changedAt: isoDateTimeSchema });

const snapshotOfModel = z.looseObject({
  model: bytes,
  threshold: finite,
  proposedThreshold: finite,
  goodScores: z.array(finite),
  replacedAt: isoDateTimeSchema,
});
const inspectionProject = z.looseObject({
  id,
  name: z.string().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  model: bytes.optional(),
  proposedThreshold: finite.optional(),
  goodScores: z.array(finite).optional(),
  defectScores: z.array(finite).optional(),
  threshold: finite.optional(),
  roi: z.looseObject({ x: finite, y: finite, w: finite, h: finite }).optional(),
  goodImages: count,
  defectTypes: z.array(z.looseObject({ name: text, examples: count })),
  previous: snapshotOfModel.optional(),
});

const inspectionResult = z.looseObject({
  id,
  projectId: id,
  checkedAt: epochMs,
  fileName: text,
  source: z.enum(['file', 'batch', 'camera']),
  verdict,
  modelVerdict: verdict,
  score: z.number(),
  threshold: z.number(),
  defectType: text.optional(),
  modelDefectType: text.optional(),
  backend: z.string().min(1).max(32),
  timingMs: z.number().min(0),
  thumbnail: bytes,
  map: z.looseObject({ width: count, height: count, low: z.number(), high: z.number(), data: bytes }),
  reviewedAt: epochMs.optional(),
  refitCopy: z.enum(['kept', 'not-kept']).optional(),
});

const inspectionBatch = z.looseObject({
  id,
  projectId: id,
  createdAt: isoDateTimeSchema,
  status: z.enum(['running', 'paused', 'done', 'cancelled']),
  items: z.array(
    z.looseObject({ name: text, state: z.enum(['pending', 'done', 'failed']), errorCode: text.optional(), resultId: id.optional() }),
  ),
});
const inspectionBatchImage = z.looseObject({ id, batchId: id, bytes });
const inspectionTeachImage = z.looseObject({ id, projectId: id, kind: z.enum(['good', 'defect']), label: text.optional(), bytes });
const inspectionRefitCopy = z.looseObject({ id, projectId: id, bytes });

const trainingAttempt = z.looseObject({
  id,
  caseId: id,
  answers: answersSchema,
  points: finite,
  exact: count,
  total: count,
  completedAt: isoDateTimeSchema,
});
const trainingDraft = z.looseObject({ caseId: id, answers: answersSchema, updatedAt: isoDateTimeSchema });
const drillAttempt = z.looseObject({
  id,
  items: plainList,
  calls: plainList,
  modelCalls: plainList,
  score: z.looseObject({}),
  startedAt: isoDateTimeSchema,
  completedAt: isoDateTimeSchema,
});

const parkAssessment = z.looseObject({
  id,
  fingerprint: id,
  sourceName: text,
  importedAt: isoDateTimeSchema,
  company: companyProfileSchema,
  frameworkId: id,
  frameworkVersion: id,
  level: finite,
  totalScore: finite,
  maxScore: finite,
  domains: z.array(z.looseObject({ id, ratio: finite })),
  completedAt: isoDateTimeSchema.optional(),
});

const roadmapPreferences = z.looseObject({ companyId: id, preferences: z.looseObject({}), updatedAt: isoDateTimeSchema });

export const tableRowSchemas: Readonly<Record<string, z.ZodType>> = {
  companies: company,
  settings,
  assessments: assessment,
  assessmentAttachments: attachment,
  catalogVersions: catalogVersion,
  catalogVersionEntries: catalogEntries,
  catalogActive,
  inspectionProjects: inspectionProject,
  inspectionResults: inspectionResult,
  inspectionBatches: inspectionBatch,
  inspectionBatchImages: inspectionBatchImage,
  inspectionTeachImages: inspectionTeachImage,
  inspectionRefitCopies: inspectionRefitCopy,
  trainingAttempts: trainingAttempt,
  trainingDrafts: trainingDraft,
  drillAttempts: drillAttempt,
  parkAssessments: parkAssessment,
  roadmapPreferences,
};

/** A field that must hold the primary key of a row of `target` in the same file (null or absent: none). */
export interface TableReference {
  readonly table: string;
  readonly field: string;
  readonly target: string;
}

export const tableReferences: readonly TableReference[] = [
  { table: 'assessments', field: 'companyId', target: 'companies' },
  { table: 'assessmentAttachments', field: 'assessmentId', target: 'assessments' },
  { table: 'settings', field: 'activeCompanyId', target: 'companies' },
  { table: 'catalogVersionEntries', field: 'versionId', target: 'catalogVersions' },
  { table: 'catalogActive', field: 'versionId', target: 'catalogVersions' },
  { table: 'inspectionResults', field: 'projectId', target: 'inspectionProjects' },
  { table: 'inspectionBatches', field: 'projectId', target: 'inspectionProjects' },
  { table: 'inspectionBatchImages', field: 'batchId', target: 'inspectionBatches' },
  { table: 'inspectionTeachImages', field: 'projectId', target: 'inspectionProjects' },
  { table: 'inspectionRefitCopies', field: 'projectId', target: 'inspectionProjects' },
  { table: 'roadmapPreferences', field: 'companyId', target: 'companies' },
];
