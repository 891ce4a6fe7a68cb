import wasmUrl from 'highs/runtime?url';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { loadExactSolver } from '../../core/catalog/recommend/exact-solver';
import { planRoadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { RoadmapReply, RoadmapRequest } from './roadmap-protocol';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RoadmapRequest>) => void) | null;
  postMessage(message: RoadmapReply): void;
}

const scope = globalThis as unknown as WorkerScope;

/**
 * Plans with the exact solver off the screen's thread: proving the optimum on a catalog of a few hundred
 * entries usually takes tens of milliseconds (README.md in core/recommend), but a catalog whose search
 * falls back to HiGHS's MIP solver can take up to its time limit, too long to block typing in the budget field.
 * The solver loads once per worker, from the app's own copy of highs.wasm.
 */
scope.onmessage = (event) => {
  const { id, entries, input, funding, goal, rule } = event.data;
  loadExactSolver(wasmUrl)
    .then((solver) => {
      if (!solver) throw new Error('exact solver did not load');
      scope.postMessage({ id, ok: true, roadmap: planRoadmap(entries, input, bundledTaxonomy, funding, solver, { goal: goal === true, ...(rule ? { rule } : {}) }) });
    })
    .catch((error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }));
};
