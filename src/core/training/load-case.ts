import { checkAnswersAgainst, checkEnvelope, zodProblems } from '../assessment/answers-file';
import type { Answers } from '../assessment/answers';
import type { FileProblem } from '../assessment/file-problems';
import type { Framework } from '../assessment/framework-schema';
import { CASE_FORMAT, CASE_FORMAT_VERSION, trainingCaseSchema, type TrainingCase } from './case-schema';

/** Why a case file was refused: the shared file problems plus the two that only cases have. */
export type CaseProblem =
  | FileProblem
  | { code: 'case.notLevelChoice' | 'case.missingReference'; path: string; params: Record<string, string | number>; message: string };

export type CaseCheck = { ok: true; trainingCase: TrainingCase; framework: Framework } | { ok: false; problems: CaseProblem[] };

/** The reference as plain answers, so the scoring engine can score it like any assessment. */
export function referenceAnswers(trainingCase: TrainingCase): Answers {
  return Object.fromEntries(Object.entries(trainingCase.reference).map(([id, ref]) => [id, { value: ref.value }]));
}

/**
 * Validates a case file (parsed JSON): envelope, shape, framework, that every question is a level choice,
 * and that the reference answers every question with a valid option. Every problem is named, with its path.
 */
export function checkTrainingCase(data: unknown, frameworks: readonly Framework[]): CaseCheck {
  const envelope = checkEnvelope(data, CASE_FORMAT, CASE_FORMAT_VERSION);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const parsed = trainingCaseSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const trainingCase = parsed.data;
  const checked = checkAnswersAgainst(
    frameworks,
    trainingCase.frameworkId,
    trainingCase.frameworkVersion,
    referenceAnswers(trainingCase),
    'reference',
  );
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const framework = checked.value;
  const problems: CaseProblem[] = [];
  for (const q of framework.questions) {
    if (q.type !== 'levelChoice') {
      problems.push({
        code: 'case.notLevelChoice',
        path: `frameworkId`,
        params: { questionId: q.id },
        message: `question ${q.id} is not a level choice`,
      });
    } else if (!trainingCase.reference[q.id]) {
      problems.push({
        code: 'case.missingReference',
        path: `reference.${q.id}`,
        params: { questionId: q.id },
        message: `no reference answer for ${q.id}`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, trainingCase, framework };
}
