import { loadResult } from '../../app/assessment';
import { useAsync } from './use-async';

/** One assessment's result, as the results, report and tour screens show it. */
export function useResult(assessmentId: string) {
  return useAsync(() => loadResult(assessmentId), assessmentId);
}
