import { z } from 'zod';
import type { Framework, Question } from './framework-schema';

export const SATISFACTION_STEPS = [1, 0.8, 0.5, 0] as const;

export const attachmentRefSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  mimeType: z.string(),
  size: z.number().int().min(0),
});

/** Object keys that would reach Object.prototype if any reader copied answers by assignment. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const reservedKeyMessage = 'a reserved name (__proto__, constructor, prototype) cannot be an id';
/** A question or evidence-field id used as an object key. */
const dataKeySchema = z
  .string()
  .min(1)
  .max(200)
  .refine((id) => !RESERVED_KEYS.has(id), { message: reservedKeyMessage });

/** An id-keyed record; zod's record drops a "__proto__" key silently, so the raw keys are checked first. */
function idRecord<T extends z.ZodType>(values: T) {
  const noReservedKeys = z.custom<unknown>(
    (input) => typeof input !== 'object' || input === null || !Object.getOwnPropertyNames(input).some((key) => RESERVED_KEYS.has(key)),
    { message: reservedKeyMessage },
  );
  return noReservedKeys.pipe(z.record(dataKeySchema, values));
}

export const evidenceSchema = z.strictObject({
  /** Raw figures keyed by the question's evidence field id (e.g. device counts). */
  numbers: idRecord(z.number()).optional(),
  note: z.string().max(5000).optional(),
  /** Files are stored separately (as Blobs); the answer only refers to them. */
  attachments: z.array(attachmentRefSchema).optional(),
});

export const answerSchema = z
  .strictObject({
    value: z.union([z.number(), z.string(), z.array(z.string())]).optional(),
    notApplicable: z.literal(true).optional(),
    evidence: evidenceSchema.optional(),
  })
  // "Not applicable" is the answer; a value beside it would be scored by one reader and ignored by another.
  .refine((answer) => !(answer.notApplicable === true && answer.value !== undefined), {
    path: ['value'],
    message: 'an answer marked not applicable cannot also have a value',
  });

export type Evidence = z.infer<typeof evidenceSchema>;
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Answers = Record<string, Answer>;
export const answersSchema = idRecord(answerSchema);

/** Why an answer does not fit its framework; the UI and the CLI turn the code into words. */
export type AnswerProblemCode =
  | 'answers.unknownQuestion'
  | 'answers.wrongType'
  | 'answers.outOfRange'
  | 'answers.unknownOption'
  | 'answers.notApplicableNotAllowed'
  | 'answers.unknownEvidenceField';

export interface AnswerProblem {
  code: AnswerProblemCode;
  questionId: string;
  detail: string;
}

export function validateAnswers(framework: Framework, answers: Answers): AnswerProblem[] {
  const byId = new Map(framework.questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const q = byId.get(questionId);
    if (!q) {
      problems.push({
        code: 'answers.unknownQuestion',
        questionId,
        detail: `no question "${questionId}" in ${framework.id} ${framework.version}`,
      });
      continue;
    }
    const problem = checkAnswer(q, answer);
    if (problem) problems.push({ ...problem, questionId });
    for (const fieldId of Object.keys(answer.evidence?.numbers ?? {})) {
      if (!q.evidence?.some((f) => f.id === fieldId)) {
        problems.push({ code: 'answers.unknownEvidenceField', questionId, detail: `no evidence field "${fieldId}"` });
      }
    }
  }
  return problems;
}

function checkAnswer(q: Question, a: Answer): Omit<AnswerProblem, 'questionId'> | undefined {
  if (a.notApplicable) {
    return q.allowNotApplicable
      ? undefined
      : { code: 'answers.notApplicableNotAllowed', detail: 'this question cannot be marked not applicable' };
  }
  const v = a.value;
  if (v === undefined) return undefined;
  const wrongType = (expected: string) => ({
    code: 'answers.wrongType' as const,
    detail: `expected ${expected}, got ${JSON.stringify(v)}`,
  });
  switch (q.type) {
    case 'satisfaction':
      if (typeof v !== 'number') return wrongType('one of 1, 0.8, 0.5, 0');
      return (SATISFACTION_STEPS as readonly number[]).includes(v)
        ? undefined
        : { code: 'answers.outOfRange', detail: `${v} is not one of 1, 0.8, 0.5, 0` };
    case 'levelChoice':
    case 'singleChoice':
      if (typeof v !== 'string') return wrongType('an option id');
      return q.options.some((o) => o.id === v) ? undefined : { code: 'answers.unknownOption', detail: `no option "${v}"` };
    case 'multiSelect': {
      if (!Array.isArray(v)) return wrongType('a list of option ids');
      const unknown = v.find((id) => !q.options.some((o) => o.id === id));
      if (unknown !== undefined) return { code: 'answers.unknownOption', detail: `no option "${unknown}"` };
      return new Set(v).size === v.length ? undefined : { code: 'answers.outOfRange', detail: 'an option is listed twice' };
    }
    case 'numericBands':
      if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType('a number');
      return v >= q.min && v <= q.max ? undefined : { code: 'answers.outOfRange', detail: `${v} is outside ${q.min}–${q.max}` };
    case 'scenarioLevel':
      if (typeof v !== 'number' || !Number.isInteger(v)) return wrongType(`a whole number 0–${q.descriptors.length}`);
      return v >= 0 && v <= q.descriptors.length
        ? undefined
        : { code: 'answers.outOfRange', detail: `${v} is outside 0–${q.descriptors.length}` };
  }
}
