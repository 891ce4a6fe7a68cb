import { z } from 'zod';

/**
 * Frameworks are data that parks and providers may add, so every user-facing text lives in the file
 * itself in all three languages instead of in the app's i18n namespaces.
 */
const text = z.string().trim().min(1);
export const localizedTextSchema = z.strictObject({ 'zh-CN': text, en: text, 'zh-TW': text });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const industryTypeSchema = z.enum(['discrete', 'process']);
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids use lower-case letters, digits, "." and "-"');

/** Relative weight of a node among its siblings; 0 means "does not apply to this industry type". */
export const industryWeightsSchema = z.strictObject({
  discrete: z.number().min(0),
  process: z.number().min(0),
});
export type IndustryWeights = z.infer<typeof industryWeightsSchema>;

/**
 * Plain-language advice for reaching one level of a sub-domain, scenario or quick-check question: what
 * that level looks like in a small plant, two or three concrete first steps and the typical effort.
 * Optional for third-party frameworks; the bundled ones carry it for every level (bundled-frameworks.test).
 */
export const levelGuidanceSchema = z.strictObject({
  /** The level this advice leads to. */
  level: z.number().int().min(1).max(9),
  looksLike: localizedTextSchema,
  firstSteps: z.array(localizedTextSchema).min(2).max(3),
  effort: localizedTextSchema,
});
export type LevelGuidance = z.infer<typeof levelGuidanceSchema>;
const guidanceListSchema = z.array(levelGuidanceSchema).min(1);

const nodeBase = {
  id: idSchema,
  name: localizedTextSchema,
  weights: industryWeightsSchema.optional(),
  appliesTo: z.array(industryTypeSchema).min(1).optional(),
};

export const subDomainSchema = z.strictObject({
  ...nodeBase,
  description: localizedTextSchema.optional(),
  /** SME framework: a "constraint" scenario counts separately in the level rule. */
  constraint: z.boolean().optional(),
  guidance: guidanceListSchema.optional(),
});
export const domainSchema = z.strictObject({ ...nodeBase, subDomains: z.array(subDomainSchema).min(1) });
export const elementSchema = z.strictObject({ ...nodeBase, domains: z.array(domainSchema).min(1) });

export const levelSchema = z.strictObject({
  level: z.number().int().min(1).max(9),
  code: z.string().min(1),
  name: localizedTextSchema,
  summary: localizedTextSchema,
});

export const evidenceFieldSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  unit: localizedTextSchema.optional(),
});

const pointsOptionSchema = z.strictObject({ id: idSchema, label: localizedTextSchema, points: z.number().min(0) });

const questionBase = {
  id: idSchema,
  subDomainId: idSchema,
  /** Ladder frameworks: the maturity level this requirement belongs to. */
  level: z.number().int().min(1).max(9).optional(),
  text: localizedTextSchema,
  help: localizedTextSchema,
  allowNotApplicable: z.boolean().optional(),
  evidence: z.array(evidenceFieldSchema).optional(),
  guidance: guidanceListSchema.optional(),
};

export const satisfactionQuestionSchema = z.strictObject({ ...questionBase, type: z.literal('satisfaction') });
export const levelChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('levelChoice'),
  options: z.array(z.strictObject({ id: idSchema, label: localizedTextSchema, level: z.number().int().min(0).max(9) })).min(2),
});
export const singleChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('singleChoice'),
  points: z.number().positive(),
  options: z.array(pointsOptionSchema).min(2),
});
export const multiSelectQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiSelect'),
  points: z.number().positive(),
  options: z.array(pointsOptionSchema).min(1),
});
export const numericBandsQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numericBands'),
  points: z.number().positive(),
  unit: localizedTextSchema,
  min: z.number(),
  max: z.number(),
  /** Bands cover [min, max] in order; v falls in the band with from < v <= to (the first band also takes v = min), matching "≤ 10 %", "10–20 %", "> 60 %". */
  bands: z.array(z.strictObject({ from: z.number(), to: z.number(), points: z.number().min(0) })).min(1),
});
export const scenarioLevelQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scenarioLevel'),
  descriptors: z.array(z.strictObject({ level: z.number().int().min(1).max(9), text: localizedTextSchema })).min(1),
});

export const questionSchema = z.discriminatedUnion('type', [
  satisfactionQuestionSchema,
  levelChoiceQuestionSchema,
  singleChoiceQuestionSchema,
  multiSelectQuestionSchema,
  numericBandsQuestionSchema,
  scenarioLevelQuestionSchema,
]);

/** CMMM-style: requirements per level, level scores in [0,1], levels reached bottom-up, total → level table. */
export const ladderScoringSchema = z.strictObject({
  model: z.literal('levelLadder'),
  threshold: z.number().gt(0).max(1),
  scoreToLevel: z.array(z.strictObject({ level: z.number().int().min(1).max(9), minScore: z.number().min(0) })).min(1),
});

/** SME-style: points summed to a total, levels need a minimum total plus counts of scenarios at a level. */
export const pointsScoringSchema = z.strictObject({
  model: z.literal('points'),
  maxScore: z.number().positive(),
  levelRules: z
    .array(
      z.strictObject({
        level: z.number().int().min(1).max(9),
        minScore: z.number().min(0),
        scenarios: z
          .strictObject({
            atLeastLevel: z.number().int().min(1).max(9),
            minCount: z.number().int().min(0),
            minConstraint: z.number().int().min(0),
          })
          .optional(),
      }),
    )
    .min(1),
});

export const frameworkSchema = z.strictObject({
  format: z.literal('gongzhi-framework'),
  formatVersion: z.literal(1),
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is "major.minor.patch"'),
  name: localizedTextSchema,
  /** What the framework is aligned with, said honestly (never a claim of certification). */
  alignment: localizedTextSchema,
  estimatedMinutes: z.number().int().positive(),
  levels: z.array(levelSchema).min(1),
  elements: z.array(elementSchema).min(1),
  questions: z.array(questionSchema).min(1),
  scoring: z.discriminatedUnion('model', [ladderScoringSchema, pointsScoringSchema]),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkElement = z.infer<typeof elementSchema>;
export type FrameworkDomain = z.infer<typeof domainSchema>;
export type FrameworkSubDomain = z.infer<typeof subDomainSchema>;
export type FrameworkLevel = z.infer<typeof levelSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type EvidenceField = z.infer<typeof evidenceFieldSchema>;
export type LadderScoring = z.infer<typeof ladderScoringSchema>;
export type PointsScoring = z.infer<typeof pointsScoringSchema>;
