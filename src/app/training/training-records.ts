import type { Answer, Answers } from '../../core/assessment/answers';
import type { Framework } from '../../core/assessment/framework-schema';
import type { TrainingCase } from '../../core/training/case-schema';
import type { DrillSet, Judgement } from '../../core/training/drill';
import { scoreJudgements } from '../../core/training/drill';
import type { DrillAttempt, ModelJudgement } from '../../core/training/drill-history';
import { gradeAttempt } from '../../core/training/grade';
import type { TrainingAttempt, TrainingDraft } from '../../core/training/progress';
import { repositories } from '../root';
import type { AnswerStore } from '../assessment/answer-autosaver';

/** Every stored case attempt. */
export async function listTrainingAttempts(): Promise<TrainingAttempt[]> {
  return (await repositories()).training.list();
}

/** Grades the answers and stores the attempt (its draft goes); returns the stored attempt. */
export async function submitAttempt(framework: Framework, trainingCase: TrainingCase, answers: Answers): Promise<TrainingAttempt> {
  const grade = gradeAttempt(framework, trainingCase, answers);
  return (await repositories()).training.record({
    caseId: trainingCase.id,
    answers,
    points: grade.points,
    exact: grade.exact,
    total: grade.total,
  });
}

/** A case's saved draft, if any. */
export async function loadTrainingDraft(caseId: string): Promise<TrainingDraft | undefined> {
  return (await repositories()).trainingDrafts.get(caseId);
}

/** Where a case's autosaver writes its draft. */
export const trainingDraftStore: AnswerStore = {
  async saveAnswers(caseId: string, changes: ReadonlyMap<string, Answer | undefined>) {
    return (await repositories()).trainingDrafts.saveAnswers(caseId, changes);
  },
};

export async function discardTrainingDraft(caseId: string): Promise<void> {
  await (await repositories()).trainingDrafts.discard(caseId);
}

/** Every stored drill, oldest first. */
export async function listDrillAttempts(): Promise<DrillAttempt[]> {
  return (await repositories()).drills.list();
}

/** Stores a judged drill round, with whatever the model has judged by then. */
export async function recordDrill(
  set: DrillSet,
  calls: readonly Judgement[],
  modelCalls: readonly ModelJudgement[],
  startedAt: string,
): Promise<DrillAttempt> {
  return (await repositories()).drills.record({
    items: set.items,
    calls: [...calls],
    modelCalls: [...modelCalls],
    score: scoreJudgements(set.items, calls),
    startedAt,
  });
}

/** Completes a stored round's model calls when the model finished after the trainee. */
export async function completeDrillModelCalls(id: string, modelCalls: readonly ModelJudgement[]): Promise<void> {
  await (await repositories()).drills.completeModelCalls(id, modelCalls);
}
