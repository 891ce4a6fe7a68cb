import { useEffect, useState } from 'react';
import { pathFromHash } from '../common/hash-location';

export interface HashNavigation {
  /** The path in the address: the navigation highlights it at once. */
  path: string;
  /** The path the screen area shows: it follows `path` once that screen's code is loaded. */
  screenPath: string;
  /** True while the next screen's code loads; the current screen stays on show meanwhile. */
  pending: boolean;
}

/**
 * Hash navigation that loads the next screen's code before switching to it, so React never has to suspend
 * (and show a fallback, then hold the content back for its reveal throttle). A failed load still switches:
 * the screen then reports the error in its error boundary.
 */
/** `prepare` should be stable (a module-level function): a new one re-subscribes. */
export function useHashNavigation(prepare: (path: string) => Promise<unknown> | undefined): HashNavigation {
  const [shownAtMount] = useState(() => pathFromHash(window.location.hash));
  const [path, setPath] = useState(shownAtMount);
  const [screenPath, setScreenPath] = useState(shownAtMount);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let latest = 0;
    const follow = (): void => {
      const next = pathFromHash(window.location.hash);
      const request = ++latest;
      setPath(next);
      setPending(true);
      void Promise.resolve(prepare(next))
        .catch(() => undefined)
        .then(() => {
          if (request !== latest) return;
          setPending(false);
          setScreenPath(next);
        });
    };
    window.addEventListener('hashchange', follow);
    // The address may have changed between the first render and this subscription (a link, a test, Back).
    if (pathFromHash(window.location.hash) !== shownAtMount) follow();
    return () => {
      latest = -1;
      window.removeEventListener('hashchange', follow);
    };
  }, [prepare, shownAtMount]);

  return { path, screenPath, pending };
}
