import { useEffect, useState } from 'react';
import { openInspectionSession, type BackendPreference, type InspectionSession, type ModelStart } from '../../app/inspection';

export type WorkerState =
  { status: 'starting' } | { status: 'ready'; client: InspectionSession; init: ModelStart } | { status: 'failed'; error: unknown };

/**
 * One inspection session per backend preference: onnxruntime-web fixes its thread count and backend per
 * worker, so changing the preference replaces the worker. Leaving the screen closes it.
 */
export function useInspectionWorker(preference: BackendPreference): WorkerState {
  const [state, setState] = useState<{ preference: BackendPreference; worker: WorkerState }>();
  useEffect(() => {
    let live = true;
    const { session, started } = openInspectionSession(preference);
    started.then(
      (init) => live && setState({ preference, worker: { status: 'ready', client: session, init } }),
      (error: unknown) => live && setState({ preference, worker: { status: 'failed', error } }),
    );
    return () => {
      live = false;
      session.close();
    };
  }, [preference]);
  return state?.preference === preference ? state.worker : { status: 'starting' };
}
