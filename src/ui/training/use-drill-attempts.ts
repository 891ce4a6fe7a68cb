import { useEffect, useRef, useState } from 'react';
import { completeDrillModelCalls, listDrillAttempts, recordDrill } from '../../app/training';
import type { DrillSet, Judgement } from '../../core/training/drill';
import type { DrillAttempt } from '../../core/training/drill-history';
import { useStoredRows } from './use-stored-rows';
import type { ModelCallsState } from '../common/use-model-calls';

/** Every stored drill, oldest first (undefined while loading). */
export function useDrillAttempts(): { attempts: DrillAttempt[] | undefined; failed: boolean } {
  const { rows, failed } = useStoredRows(listDrillAttempts, 'drill attempts');
  return { attempts: rows, failed };
}

export type DrillSaveState = 'saving' | 'saved' | 'failed';

/**
 * Stores the drill once the trainee has judged every item (with whatever the model has judged by then),
 * and completes the stored model calls when the model finishes later. `startedAt` changes when the
 * trainee starts again, so each round is its own attempt.
 */
export function useRecordDrill(
  set: DrillSet,
  calls: readonly Judgement[],
  model: ModelCallsState,
  startedAt: string,
): DrillSaveState | undefined {
  const [outcome, setOutcome] = useState<{ startedAt: string; status: 'saved' | 'failed' } | undefined>(undefined);
  const savedRound = useRef<string | undefined>(undefined);
  // Rounds stored before the model finished (a trainee may start again before it does).
  const awaitingModel = useRef<Promise<DrillAttempt>[]>([]);
  const finished = calls.length === set.items.length;

  useEffect(() => {
    const modelCalls = model.status === 'failed' ? [] : model.calls;
    const modelDone = model.status === 'ready';
    if (finished && savedRound.current !== startedAt) {
      savedRound.current = startedAt;
      const attempt = recordDrill(set, calls, modelCalls, startedAt);
      if (!modelDone) awaitingModel.current.push(attempt);
      attempt.then(
        () => setOutcome({ startedAt, status: 'saved' }),
        (error: unknown) => {
          console.error('drill attempt', error);
          setOutcome({ startedAt, status: 'failed' });
        },
      );
    }
    if (modelDone && awaitingModel.current.length > 0) {
      for (const attempt of awaitingModel.current.splice(0)) {
        attempt
          .then((stored) => completeDrillModelCalls(stored.id, modelCalls))
          .catch((error: unknown) => console.error('drill model calls', error));
      }
    }
  }, [finished, startedAt, model, set, calls]);
  if (!finished) return undefined;
  return outcome?.startedAt === startedAt ? outcome.status : 'saving';
}
