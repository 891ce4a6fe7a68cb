import type { Answers } from '../assessment/answers';

/** One graded attempt at a case, as stored. */
export interface TrainingAttempt {
  id: string;
  caseId: string;
  answers: Answers;
  points: number;
  exact: number;
  total: number;
  completedAt: string;
}

/** The answers of a case not submitted yet (autosaved as the trainee goes), one per case. */
export interface TrainingDraft {
  caseId: string;
  answers: Answers;
  updatedAt: string;
}

export interface CaseProgress {
  caseId: string;
  attempts: number;
  best: number | undefined;
  latest: number | undefined;
  /** Latest minus first, so a trainee sees whether practice is paying off. */
  improvement: number | undefined;
}

/** Each case's attempts summarised: how often, best, latest, and the change since the first attempt. */
export function summariseProgress(caseIds: readonly string[], attempts: readonly TrainingAttempt[]): CaseProgress[] {
  return caseIds.map((caseId) => {
    const mine = attempts.filter((a) => a.caseId === caseId).sort((a, b) => a.completedAt.localeCompare(b.completedAt));
    const first = mine[0];
    const last = mine[mine.length - 1];
    return {
      caseId,
      attempts: mine.length,
      best: mine.length > 0 ? Math.max(...mine.map((a) => a.points)) : undefined,
      latest: last?.points,
      improvement: first && last && mine.length > 1 ? last.points - first.points : undefined,
    };
  });
}
