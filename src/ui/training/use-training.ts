import { listTrainingAttempts } from '../../app/training';
import type { TrainingAttempt } from '../../core/training/progress';
import { useStoredRows } from './use-stored-rows';

export { submitAttempt } from '../../app/training';

/** Every stored attempt (undefined while loading). */
export function useAttempts(): { attempts: TrainingAttempt[] | undefined; failed: boolean } {
  const { rows, failed } = useStoredRows(listTrainingAttempts, 'training attempts');
  return { attempts: rows, failed };
}
