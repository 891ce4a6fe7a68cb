import type { Highs } from 'highs';
import { useEffect, useState } from 'react';
import { exactSolver, loadExactSolver } from '../../core/recommend/exact-solver';

/**
 * The exact roadmap solver, loaded on first use from the app's own files (Vite bundles highs.wasm and
 * gives its URL): null until then, so the screen shows the built-in search's plan and its bound
 * first and the proven plan a moment later. It stays loaded for the rest of the session.
 */
export function useExactSolver(): Highs | null {
  const [solver, setSolver] = useState(() => exactSolver() ?? null);
  useEffect(() => {
    if (solver) return;
    let live = true;
    import('highs/runtime?url')
      .then(({ default: url }) => loadExactSolver(url))
      .then((highs) => {
        if (live && highs) setSolver(highs);
      })
      .catch((error: unknown) => console.error('exact solver', error));
    return () => {
      live = false;
    };
  }, [solver]);
  return solver;
}
