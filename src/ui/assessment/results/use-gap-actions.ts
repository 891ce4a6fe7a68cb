import { useEffect, useMemo, useState } from 'react';
import type { GapAction } from '../../../core/catalog/recommend/gap-actions';
import { gapActionsOf, loadGapActions, type LoadedResult } from '../../../app/assessment';
import { isWorkerClosed } from '../../../shared/worker-transport';

/**
 * The result's gaps as actions: at once with their guidance, then with the catalog entries that help them
 * and the roadmap's planned ones marked (app/assessment loadGapActions) once the catalog and the plan are in.
 */
export function useGapActions(loaded: LoadedResult): GapAction[] {
  const bare = useMemo(() => gapActionsOf(loaded), [loaded]);
  const [full, setFull] = useState<{ for: LoadedResult; actions: GapAction[] }>();
  useEffect(() => {
    const stop = new AbortController();
    loadGapActions(loaded, stop.signal).then(
      (actions) => setFull({ for: loaded, actions }),
      (error: unknown) => {
        if (!isWorkerClosed(error)) console.error('gap actions', error);
      },
    );
    return () => stop.abort();
  }, [loaded]);
  return full && full.for === loaded ? full.actions : bare;
}
