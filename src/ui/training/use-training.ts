import { useCallback, useEffect, useState } from 'react';
import type { Answers } from '../../core/assessment/answers';
import type { Framework } from '../../core/assessment/framework-schema';
import type { TrainingCase } from '../../core/training/case-schema';
import { gradeAttempt } from '../../core/training/grade';
import type { TrainingAttempt } from '../../core/training/progress';
import { getWorkspace } from '../../db';
import { TrainingRepository } from '../../db/training-repository';

async function repository(): Promise<TrainingRepository> {
  return new TrainingRepository((await getWorkspace()).db);
}

/** Every stored attempt (undefined while loading); `reload` after a new one. */
export function useAttempts(): { attempts: TrainingAttempt[] | undefined; failed: boolean; reload: () => void } {
  const [attempts, setAttempts] = useState<TrainingAttempt[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    repository()
      .then((r) => r.list())
      .then(
        (rows) => live && setAttempts(rows),
        (error: unknown) => {
          console.error('training attempts', error);
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [generation]);
  return { attempts, failed, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}

/** Grades the answers and stores the attempt; returns the stored attempt. */
export async function submitAttempt(framework: Framework, trainingCase: TrainingCase, answers: Answers): Promise<TrainingAttempt> {
  const grade = gradeAttempt(framework, trainingCase, answers);
  return (await repository()).record({ caseId: trainingCase.id, answers, points: grade.points, exact: grade.exact, total: grade.total });
}
