import type { Answers } from '../../core/assessment/answers';
import type { Framework } from '../../core/assessment/framework-schema';
import type { TrainingCase } from '../../core/training/case-schema';
import { gradeAttempt } from '../../core/training/grade';
import type { TrainingAttempt } from '../../core/training/progress';
import { getWorkspace } from '../../db';
import type { GongzhiDatabase } from '../../db/database';
import { TrainingRepository } from '../../db/training-repository';
import { useStoredRows } from './use-stored-rows';

async function repository(): Promise<TrainingRepository> {
  return new TrainingRepository((await getWorkspace()).db);
}

const readAttempts = (db: GongzhiDatabase) => new TrainingRepository(db).list();

/** Every stored attempt (undefined while loading). */
export function useAttempts(): { attempts: TrainingAttempt[] | undefined; failed: boolean } {
  const { rows, failed } = useStoredRows(readAttempts, 'training attempts');
  return { attempts: rows, failed };
}

/** Grades the answers and stores the attempt; returns the stored attempt. */
export async function submitAttempt(framework: Framework, trainingCase: TrainingCase, answers: Answers): Promise<TrainingAttempt> {
  const grade = gradeAttempt(framework, trainingCase, answers);
  return (await repository()).record({ caseId: trainingCase.id, answers, points: grade.points, exact: grade.exact, total: grade.total });
}
