import type { Answers } from '../assessment/answers';
import type { Framework, LocalizedText } from '../assessment/framework-schema';
import type { NodeScore } from '../assessment/result-types';
import { scoreAssessment } from '../assessment/score-assessment';
import type { TrainingCase } from './case-schema';
import { referenceAnswers } from './load-case';

/** Which way the trainee was off: rated the factory too high, too low, or as the reference did. */
export type Direction = 'higher' | 'lower' | 'same';

/** Domain and sub-domain scores closer than this (on the 0–1 scale) count as the same. */
export const SAME_RATIO = 0.05;

export interface NodeGrade {
  id: string;
  kind: 'domain' | 'subDomain';
  trainee: number;
  reference: number;
  /** trainee − reference, on the 0–1 scale (×100 for percentage points). */
  delta: number;
  direction: Direction;
}

export interface QuestionGrade {
  questionId: string;
  subDomainId: string;
  /** Undefined when the trainee left it unanswered. */
  traineeLevel: number | undefined;
  referenceLevel: number;
  /** Levels off (trainee − reference); unanswered counts as level 0. */
  delta: number;
  direction: Direction;
  reasoning: LocalizedText;
}

export interface Grade {
  traineeLevel: number;
  referenceLevel: number;
  traineeScore: number;
  referenceScore: number;
  domains: NodeGrade[];
  subDomains: NodeGrade[];
  questions: QuestionGrade[];
  exact: number;
  withinOne: number;
  total: number;
  /** 0–100: full marks for an exact answer, half for one level off, none beyond. */
  points: number;
}

function direction(delta: number, tolerance: number): Direction {
  if (delta > tolerance) return 'higher';
  if (delta < -tolerance) return 'lower';
  return 'same';
}

function compareNodes(kind: NodeGrade['kind'], trainee: readonly NodeScore[], reference: readonly NodeScore[]): NodeGrade[] {
  const byId = new Map(trainee.map((n) => [n.id, n]));
  return reference
    .filter((r) => r.applicable)
    .map((r) => {
      const t = byId.get(r.id)?.ratio ?? 0;
      const delta = Math.round((t - r.ratio) * 10000) / 10000;
      return { id: r.id, kind, trainee: t, reference: r.ratio, delta, direction: direction(delta, SAME_RATIO - 1e-9) };
    });
}

/** Grades a trainee's answers against the case's reference assessment, both scored by the real engine. */
export function gradeAttempt(framework: Framework, trainingCase: TrainingCase, answers: Answers): Grade {
  const traineeResult = scoreAssessment(framework, trainingCase.industryType, answers);
  const referenceResult = scoreAssessment(framework, trainingCase.industryType, referenceAnswers(trainingCase));
  const questions: QuestionGrade[] = [];
  for (const q of framework.questions) {
    const ref = trainingCase.reference[q.id];
    if (q.type !== 'levelChoice' || !ref) continue;
    const levelOf = (value: unknown) => q.options.find((o) => o.id === value)?.level;
    const referenceLevel = levelOf(ref.value) ?? 0;
    const traineeLevel = levelOf(answers[q.id]?.value);
    const delta = (traineeLevel ?? 0) - referenceLevel;
    questions.push({
      questionId: q.id,
      subDomainId: q.subDomainId,
      traineeLevel,
      referenceLevel,
      delta,
      direction: direction(delta, 0),
      reasoning: ref.reasoning,
    });
  }
  const exact = questions.filter((q) => q.traineeLevel !== undefined && q.delta === 0).length;
  const withinOne = questions.filter((q) => q.traineeLevel !== undefined && Math.abs(q.delta) <= 1).length;
  const total = questions.length;
  return {
    traineeLevel: traineeResult.level,
    referenceLevel: referenceResult.level,
    traineeScore: traineeResult.totalScore,
    referenceScore: referenceResult.totalScore,
    domains: compareNodes('domain', traineeResult.domains, referenceResult.domains),
    subDomains: compareNodes('subDomain', traineeResult.subDomains, referenceResult.subDomains),
    questions,
    exact,
    withinOne,
    total,
    points: total === 0 ? 0 : Math.round((100 * (exact + 0.5 * (withinOne - exact))) / total),
  };
}
