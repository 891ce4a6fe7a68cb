import { useEffect, useMemo, useState } from 'react';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { planRoadmap, type Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { FundingInput, RecommendInput } from '../../core/catalog/recommend/recommend-types';
import type { ScenarioRule } from '../../core/catalog/recommend/rule-plan';
import { planExactRoadmap, warmRoadmapPlanner } from '../../app/catalog';
import { isWorkerClosed } from '../../shared/worker-transport';

const settleMs = 150;

/**
 * The roadmap for these inputs: the built-in search's plan at once (tens of milliseconds, with its
 * honest "a better plan may exist" bound), replaced by the exact solver's proven plan when the worker
 * answers. If the worker fails, the search's plan stays, and says it is not proven.
 */
export function useRoadmap(entries: readonly CatalogEntry[], input: RecommendInput, funding: FundingInput, rule?: ScenarioRule): Roadmap {
  // The roadmap screen also says whether the target (and the SME level rule) fits the budget: extra solves in the worker.
  const roadmap = useOptionalRoadmap(entries, input, funding, true, rule);
  // Defined whenever the input is (useOptionalRoadmap plans at once); the fallback only satisfies the types.
  return roadmap ?? planRoadmap(entries, input, bundledTaxonomy, funding, null);
}

/** The same, for screens whose input may still be loading (undefined until it is). */
export function useOptionalRoadmap(
  entries: readonly CatalogEntry[],
  input: RecommendInput | undefined,
  funding: FundingInput,
  goal = false,
  rule?: ScenarioRule,
): Roadmap | undefined {
  const quick = useMemo(() => (input ? planRoadmap(entries, input, bundledTaxonomy, funding, null) : undefined), [entries, input, funding]);
  const [exact, setExact] = useState<{ for: Roadmap; roadmap: Roadmap }>();
  useEffect(() => {
    if (!input || !quick) return;
    warmRoadmapPlanner();
    const stop = new AbortController();
    // A short pause first: typing a budget changes the inputs per keystroke, and the worker solves
    // requests one after another, so only the inputs that stay are sent.
    const timer = setTimeout(() => {
      planExactRoadmap(entries, input, funding, { signal: stop.signal, goal, ...(rule ? { rule } : {}) }).then(
        (roadmap) => setExact({ for: quick, roadmap }),
        (error: unknown) => {
          if (!isWorkerClosed(error)) console.error('roadmap worker', error);
        },
      );
    }, settleMs);
    return () => {
      stop.abort();
      clearTimeout(timer);
    };
  }, [quick, entries, input, funding, goal, rule]);
  return exact && exact.for === quick ? exact.roadmap : quick;
}
