import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../../core/catalog/recommend/recommend-types';
import type { ScenarioRule } from '../../core/catalog/recommend/rule-plan';
import type { RoadmapReply, RoadmapRequest } from './roadmap-protocol';

let worker: Worker | undefined;
let nextId = 0;

function roadmapWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  worker ??= new Worker(new URL('./roadmap.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Starts the worker ahead of the first request, so that its start overlaps the wait for settled inputs. */
export function startRoadmapWorker(): void {
  roadmapWorker();
}

/**
 * The proven-optimal roadmap from the roadmap worker (the exact solver runs only there, so its
 * WebAssembly never loads on the screen's thread). Rejects where there is no worker (unit tests) or
 * when it fails: callers keep the built-in search's plan then. The worker answers requests in turn.
 */
export function planInWorker(entries: readonly CatalogEntry[], input: RecommendInput, funding: FundingInput, options: { goal?: boolean; rule?: ScenarioRule } = {}): Promise<Roadmap> {
  const target = roadmapWorker();
  if (!target) return Promise.reject(new Error('roadmap worker unavailable'));
  nextId += 1;
  const id = nextId;
  return new Promise<Roadmap>((resolve, reject) => {
    const done = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<RoadmapReply>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.ok) resolve(event.data.roadmap);
      else reject(new Error(event.data.message));
    };
    const onError = (event: ErrorEvent) => {
      done();
      reject(new Error(event.message));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ id, entries: [...entries], input, funding, ...(options.goal ? { goal: true } : {}), ...(options.rule ? { rule: options.rule } : {}) } satisfies RoadmapRequest);
  });
}
