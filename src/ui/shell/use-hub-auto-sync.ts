import { useEffect } from 'react';
import { getWorkspace } from '../../db';

const EVERY_MS = 5 * 60_000;

/**
 * Pushes the park hub outbox when the app starts and every five minutes while it runs, so results reach the
 * hub whenever it is reachable without the user thinking of it. Without a connection syncNow makes no
 * request; a failed push leaves everything queued for the next round.
 */
export function useHubAutoSync(): void {
  useEffect(() => {
    let running = false;
    const round = () => {
      if (running) return;
      running = true;
      // Loaded on demand: the sync code (bundles, scoring, zod schemas) stays out of the start-up bundle.
      Promise.all([getWorkspace(), import('../../app/hub/hub-sync')])
        .then(([{ db }, { syncNow }]) => syncNow({ db, fetch: globalThis.fetch.bind(globalThis), now: () => new Date() }))
        .catch((error: unknown) => console.error('hub sync', error))
        .finally(() => {
          running = false;
        });
    };
    round();
    const timer = setInterval(round, EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}
