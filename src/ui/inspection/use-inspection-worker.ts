import { useEffect, useState } from 'react';
import type { BackendPreference } from '../../inference/backend-choice';
import { startInspectionWorker, type InspectionClient } from '../../app/inspection/inspection-client';
import type { InitResult } from '../../app/inspection/inspection-protocol';
import { acceptSoftwareAdapterForTests, readBenchmarkCache, writeBenchmarkCache } from '../common/backend-preference';

export type WorkerState =
  | { status: 'starting' }
  | { status: 'ready'; client: InspectionClient; init: InitResult }
  | { status: 'failed'; error: unknown };

/**
 * One inspection worker per backend preference: onnxruntime-web fixes its thread count and backend per
 * worker, so changing the preference replaces the worker.
 */
export function useInspectionWorker(preference: BackendPreference): WorkerState {
  const [state, setState] = useState<{ preference: BackendPreference; worker: WorkerState }>();
  useEffect(() => {
    let live = true;
    const client = startInspectionWorker();
    client
      .request({ type: 'init', baseUrl: new URL('./', document.baseURI).href, preference, acceptSoftwareAdapter: acceptSoftwareAdapterForTests(), cachedBenchmark: readBenchmarkCache() })
      .then((init) => {
        // remembered so later starts skip the measurement (until the app, the model or the adapter changes)
        if (init.benchmark) writeBenchmarkCache(init.benchmark);
        if (live) setState({ preference, worker: { status: 'ready', client, init } });
      })
      .catch((error: unknown) => live && setState({ preference, worker: { status: 'failed', error } }));
    return () => {
      live = false;
      client.terminate();
    };
  }, [preference]);
  return state?.preference === preference ? state.worker : { status: 'starting' };
}
