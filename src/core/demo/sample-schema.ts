import { z } from 'zod';
import { answersSchema } from '../assessment/answers';
import { industryTypeSchema, localizedTextSchema } from '../assessment/framework-schema';

export const SAMPLE_FORMAT = 'gongzhi-sample-company';

/**
 * A bundled sample company: its profile in three languages and completed answers for each bundled
 * framework. Results and roadmaps are never stored here; the real engines compute them, so samples
 * cannot drift from the scoring rules.
 */
export const sampleCompanySchema = z.strictObject({
  format: z.literal(SAMPLE_FORMAT),
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  illustration: z.string().regex(/^[a-z0-9-]+\.svg$/),
  name: localizedTextSchema,
  summary: localizedTextSchema,
  subSector: localizedTextSchema,
  contactName: localizedTextSchema,
  cluster: z.string().min(1),
  industryType: industryTypeSchema,
  size: z.enum(['micro', 'small', 'medium', 'large']),
  revenueBand: z.string().min(1),
  /** What the owner would spend on the roadmap, in 万元. */
  budgetWan: z.number().min(0),
  assessments: z
    .array(
      z.strictObject({
        frameworkId: z.string().min(1),
        frameworkVersion: z.string().min(1),
        completedAt: z.string(),
        answers: answersSchema,
      }),
    )
    .min(1),
});

export type SampleCompany = z.infer<typeof sampleCompanySchema>;
