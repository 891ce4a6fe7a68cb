import { useEffect, useState } from 'react';
import type { DrillSet } from '../../core/training/drill';
import type { ModelJudgement } from '../../core/training/drill-history';
import { readBackendPreference } from '../../app/inspection';
import { modelCallsOnDrill } from '../../app/training';
import { useInspectionWorker } from './use-inspection-worker';
import { drillImageBytes } from './drill-assets';

export type ModelCall = ModelJudgement;

export type ModelCallsState =
  | { status: 'working'; done: number; total: number; calls: ModelCall[] }
  | { status: 'ready'; calls: ModelCall[] }
  | { status: 'failed'; error: unknown };

/**
 * The on-device model's calls on the drill: taught from the set's good images in the inspection worker
 * (the same engine as Inspect) and, when the set has labelled type examples, their defect types (the same
 * teaching as Inspect's defect types panel), then checking the first `limit` items one by one (each call is shown as it
 * arrives). Runs while the trainee judges. `nameTypes: false` skips the type teaching where only OK/NG is shown.
 */
export function useModelCalls(set: DrillSet, limit = set.items.length, { nameTypes = true } = {}): ModelCallsState {
  const worker = useInspectionWorker(readBackendPreference());
  const [state, setState] = useState<ModelCallsState>({ status: 'working', done: 0, total: limit, calls: [] });
  const client = worker.status === 'ready' ? worker.client : undefined;
  useEffect(() => {
    if (!client) return;
    let live = true;
    modelCallsOnDrill(client, set, {
      limit,
      nameTypes,
      imageBytes: drillImageBytes,
      onCall: (calls) => live && setState({ status: 'working', done: calls.length, total: limit, calls }),
    }).then(
      (calls) => live && setState({ status: 'ready', calls }),
      (error: unknown) => {
        // Leaving the screen stops the worker and rejects what was in flight: that is no failure to report.
        if (!live) return;
        console.error('drill model', error);
        setState({ status: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [client, set, limit, nameTypes]);
  if (worker.status === 'failed') return { status: 'failed', error: worker.error };
  return state;
}
