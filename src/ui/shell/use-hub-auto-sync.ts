import { useEffect } from 'react';

const EVERY_MS = 5 * 60_000;

/**
 * Pushes the park hub outbox when the app starts and every five minutes while it runs, so results reach the
 * hub whenever it is reachable without the user thinking of it. Without a connection sendToHub makes no
 * request; a failed push leaves everything queued for the next round.
 */
export function useHubAutoSync(): void {
  useEffect(() => {
    let running = false;
    const round = () => {
      if (running) return;
      running = true;
      // Loaded on demand: the sync code (bundles, scoring, zod schemas) stays out of the start-up bundle.
      import('../../app/hub')
        .then(({ sendToHub }) => sendToHub())
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
