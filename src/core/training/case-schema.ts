import { z } from 'zod';
import { industryTypeSchema, localizedTextSchema } from '../assessment/framework-schema';

export const CASE_FORMAT = 'gongzhi-training-case';
export const CASE_FORMAT_VERSION = 1;

/** The reference answer to one question and why an experienced assessor gives it. */
export const referenceAnswerSchema = z.strictObject({
  value: z.string().min(1),
  reasoning: localizedTextSchema,
});

/**
 * A training scenario: a fictional factory told in text and pictures, with the reference assessment.
 * Cases use level-choice frameworks (the quick check), so every answer is a level a trainee can be
 * "one level too high" or "two too low" on.
 */
export const trainingCaseSchema = z.strictObject({
  format: z.literal(CASE_FORMAT),
  formatVersion: z.literal(CASE_FORMAT_VERSION),
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes only'),
  title: localizedTextSchema,
  industryType: industryTypeSchema,
  cluster: z.string().min(1),
  frameworkId: z.string().min(1),
  frameworkVersion: z.string().min(1),
  story: z.array(localizedTextSchema).min(1),
  pictures: z.array(z.strictObject({ file: z.string().regex(/^[a-z0-9-]+\.svg$/), caption: localizedTextSchema })),
  reference: z.record(z.string(), referenceAnswerSchema),
});

export type TrainingCase = z.infer<typeof trainingCaseSchema>;
export type ReferenceAnswer = z.infer<typeof referenceAnswerSchema>;
