import { useCallback, useEffect, useState } from 'react';
import type { InspectionResult, Verdict } from '../../core/inspection/records';
import { resultPage, reviewResult } from '../../app/inspection';

export interface HistoryFilter {
  verdict: Verdict | 'all';
  from: string;
  to: string;
}

function range(day: string, end: boolean): number | undefined {
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00`);
  return end ? d.getTime() + 86_400_000 - 1 : d.getTime();
}

/** Pages of 50 results newest first, filtered by verdict and date through the indexes. */
export function useHistory(projectId: string | undefined, refreshKey: number) {
  const [filter, setFilter] = useState<HistoryFilter>({ verdict: 'all', from: '', to: '' });
  const [results, setResults] = useState<InspectionResult[]>([]);
  const [next, setNext] = useState<number>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(
    (before: number | undefined, isLive: () => boolean) => {
      if (!projectId) return;
      const from = range(filter.from, false);
      const to = range(filter.to, true);
      resultPage(
        {
          projectId,
          ...(filter.verdict === 'all' ? {} : { verdict: filter.verdict }),
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        },
        50,
        before,
      )
        .then((page) => {
          if (!isLive()) return;
          setResults((list) => (before === undefined ? page.results : [...list, ...page.results]));
          setNext(page.next);
        })
        .catch(setError);
    },
    [projectId, filter],
  );

  useEffect(() => {
    let live = true;
    load(undefined, () => live);
    return () => {
      live = false;
    };
  }, [load, refreshKey]);

  const review = useCallback(async (id: string, verdict: Verdict, defectType: string | undefined) => {
    const updated = await reviewResult(id, verdict, defectType);
    setResults((list) => list.map((r) => (r.id === id ? updated : r)));
  }, []);

  return { filter, setFilter, results, more: next === undefined ? undefined : () => load(next, () => true), review, error };
}
