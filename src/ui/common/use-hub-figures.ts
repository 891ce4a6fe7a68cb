import { useEffect, useState } from 'react';
import { loadHubParkFigures } from '../../app/hub';
import type { HubFailure } from '../../core/hub/hub-client';
import type { PooledFigures } from '../../core/hub/sync-protocol';
import type { ParkView } from '../../core/park/aggregate';

export type HubFigures =
  { state: 'off' } | { state: 'ok'; figures: PooledFigures & { parkName: string } } | { state: 'failed'; problem: HubFailure['code'] };

/**
 * The connected park hub's pooled figures for a framework. 'off' (and no request) when no hub is connected,
 * and also until the answer is in, so an installation without a hub never sees a trace of it.
 */
export function useHubFigures(frameworkId: string | undefined): HubFigures {
  const [figures, setFigures] = useState<HubFigures>({ state: 'off' });
  useEffect(() => {
    if (!frameworkId) return;
    let live = true;
    loadHubParkFigures(frameworkId).then(
      (answer) => {
        if (!live) return;
        if (answer.ok) setFigures({ state: 'ok', figures: answer.figures });
        else setFigures(answer.problem === 'hub.notConnected' ? { state: 'off' } : { state: 'failed', problem: answer.problem });
      },
      (error: unknown) => {
        console.error('hub figures', error);
        if (live) setFigures({ state: 'failed', problem: 'hub.unreachable' });
      },
    );
    return () => {
      live = false;
    };
  }, [frameworkId]);
  return frameworkId ? figures : { state: 'off' };
}

/** The pooled figures as the park view's tables take them: only groups of five companies or more. */
export function shownView(figures: PooledFigures): ParkView | undefined {
  if (figures.withheld || !figures.overall) return undefined;
  const shown = <T extends { withheld: boolean }>(groups: readonly T[]) =>
    groups.filter((g): g is Extract<T, { withheld: false }> => !g.withheld);
  return {
    frameworkId: figures.frameworkId,
    count: figures.companies,
    overall: figures.overall,
    byCluster: shown(figures.byCluster),
    bySize: shown(figures.bySize),
    commonGaps: figures.commonGaps,
  };
}
