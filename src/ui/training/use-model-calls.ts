import { useEffect, useState } from 'react';
import type { DrillSet } from '../../core/training/drill';
import type { ModelJudgement } from '../../core/training/drill-history';
import { readBackendPreference } from '../common/backend-preference';
import { useInspectionWorker } from '../inspection/use-inspection-worker';
import { drillImageBytes } from './drill-assets';

export type ModelCall = ModelJudgement;

export type ModelCallsState = { status: 'working'; done: number; total: number; calls: ModelCall[] } | { status: 'ready'; calls: ModelCall[] } | { status: 'failed'; error: unknown };

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
    (async () => {
      const teach = await Promise.all(set.teach.map(drillImageBytes));
      const fit = await client.request({ type: 'fit', images: teach, roi: undefined });
      await client.request({ type: 'load', key: 'drill', model: fit.model.slice().buffer });
      if (nameTypes && set.typeExamples && set.typeExamples.length > 0) {
        const examples = await Promise.all(set.typeExamples.map(async (e) => ({ label: e.defectType, image: await drillImageBytes(e.file) })));
        await client.request({ type: 'teachTypes', key: 'drill', examples, roi: undefined });
      }
      const calls: ModelCall[] = [];
      for (const item of set.items.slice(0, limit)) {
        const outcome = await client.request({ type: 'check', key: 'drill', image: await drillImageBytes(item.file), roi: undefined, threshold: fit.threshold });
        calls.push({ verdict: outcome.isDefect ? 'ng' : 'ok', score: outcome.score, threshold: outcome.threshold, ...(outcome.isDefect && outcome.defectType ? { defectType: outcome.defectType } : {}) });
        if (live) setState({ status: 'working', done: calls.length, total: limit, calls: [...calls] });
      }
      return calls;
    })().then(
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
