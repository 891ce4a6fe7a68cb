import { useEffect, useMemo, useState } from 'react';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { planRoadmap, type Roadmap } from '../../core/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../../core/recommend/recommend-types';
import type { RoadmapReply, RoadmapRequest } from './roadmap-request';

let worker: Worker | undefined;
let nextId = 0;
const settleMs = 150;

function roadmapWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  worker ??= new Worker(new URL('./roadmap.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/**
 * The roadmap for these inputs: the built-in search's plan at once (tens of milliseconds, with its
 * honest "a better plan may exist" bound), replaced by the exact solver's proven plan when the worker
 * answers. If the worker fails, the search's plan stays, and says it is not proven.
 */
export function useRoadmap(entries: readonly CatalogEntry[], input: RecommendInput, funding: FundingInput): Roadmap {
  const quick = useMemo(() => planRoadmap(entries, input, bundledTaxonomy, funding, null), [entries, input, funding]);
  const [exact, setExact] = useState<{ for: Roadmap; roadmap: Roadmap }>();
  useEffect(() => {
    const target = roadmapWorker();
    if (!target) return;
    nextId += 1;
    const id = nextId;
    const onMessage = (event: MessageEvent<RoadmapReply>) => {
      if (event.data.id !== id) return;
      if (event.data.ok) setExact({ for: quick, roadmap: event.data.roadmap });
      else console.error('roadmap worker', event.data.message);
    };
    target.addEventListener('message', onMessage);
    // A short pause first: typing a budget changes the inputs per keystroke, and the worker solves
    // requests one after another, so only the inputs that stay are sent.
    const timer = setTimeout(() => target.postMessage({ id, entries: [...entries], input, funding } satisfies RoadmapRequest), settleMs);
    return () => {
      clearTimeout(timer);
      target.removeEventListener('message', onMessage);
    };
  }, [quick, entries, input, funding]);
  return exact?.for === quick ? exact.roadmap : quick;
}
