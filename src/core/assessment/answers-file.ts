import { z } from 'zod';
import { answersSchema, validateAnswers, type Answers } from './answers';
import { formatPath } from './framework-checks';
import { industryTypeSchema, type Framework } from './framework-schema';
import type { FileProblem } from './file-problems';
import type { IndustryType } from '../clients/company';

export const ANSWERS_FORMAT = 'gongzhi-answers';
export const ANSWERS_FORMAT_VERSION = 1;

export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  formatVersion: z.literal(ANSWERS_FORMAT_VERSION),
  frameworkId: z.string().min(1),
  frameworkVersion: z.string().min(1),
  industryType: industryTypeSchema,
  answers: answersSchema,
});
export type AnswersFile = z.infer<typeof answersFileSchema>;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/** Checks the envelope of a versioned file before its body, so a newer file is named as such. */
export function checkEnvelope(data: unknown, format: string, supportedVersion: number): FileProblem[] {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== format) {
    return [
      {
        code: 'file.wrongFormat',
        path: 'format',
        params: { expected: format },
        message: `not a ${format} file (its "format" field must be "${format}")`,
      },
    ];
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > supportedVersion) {
    return [
      {
        code: 'file.newerFormat',
        path: 'formatVersion',
        params: { version, supported: supportedVersion },
        message: `format version ${version} is newer than this app understands (${supportedVersion}); update the app`,
      },
    ];
  }
  return [];
}

export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): FileProblem[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return { code: 'file.invalid', path, params: { path, detail: issue.message }, message: issue.message };
  });
}

/** Finds the framework and checks every answer against it. */
export function checkAnswersAgainst(
  frameworks: readonly Framework[],
  frameworkId: string,
  frameworkVersion: string,
  answers: Answers,
  answersPath: string,
): Checked<Framework> {
  const framework = frameworks.find((f) => f.id === frameworkId && f.version === frameworkVersion);
  if (!framework) {
    const known = frameworks.map((f) => `${f.id} ${f.version}`).join(', ');
    return {
      ok: false,
      problems: [
        {
          code: 'file.unknownFramework',
          path: 'frameworkVersion',
          params: { frameworkId, frameworkVersion, known },
          message: `unknown framework ${frameworkId} ${frameworkVersion} (known: ${known})`,
        },
      ],
    };
  }
  const problems = validateAnswers(framework, answers).map((p): FileProblem => ({
    code: p.code,
    path: `${answersPath}.${p.questionId}`,
    params: { questionId: p.questionId, detail: p.detail },
    message: p.detail,
  }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: framework };
}

export interface ParsedAnswersFile {
  framework: Framework;
  industryType: IndustryType;
  answers: Answers;
}

export function parseAnswersFile(data: unknown, frameworks: readonly Framework[]): Checked<ParsedAnswersFile> {
  const envelope = checkEnvelope(data, ANSWERS_FORMAT, ANSWERS_FORMAT_VERSION);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const parsed = answersFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const file = parsed.data;
  const checked = checkAnswersAgainst(frameworks, file.frameworkId, file.frameworkVersion, file.answers, 'answers');
  if (!checked.ok) return checked;
  return { ok: true, value: { framework: checked.value, industryType: file.industryType, answers: file.answers } };
}
