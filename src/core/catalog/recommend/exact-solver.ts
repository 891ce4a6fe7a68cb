import type { Highs } from 'highs';

/**
 * The HiGHS solver (WebAssembly), loaded once per process and kept: planning is synchronous, so the
 * planner uses it when it is loaded and its own search (not proven optimal on large catalogs) until
 * then or if loading fails. Loading is lazy: in the app only the roadmap worker (ui/solutions/roadmap.worker.ts)
 * loads it, so the module and its 3.5 MB .wasm never travel with the app's first JavaScript.
 */
let loaded: Highs | undefined;
let loading: Promise<Highs | undefined> | undefined;

export function exactSolver(): Highs | undefined {
  return loaded;
}

/**
 * Loads the solver. `wasmUrl` is where the renderer's build put highs.wasm (a Vite `?url` import);
 * Node finds the file next to the package's own module. Resolves to undefined when loading fails.
 */
export function loadExactSolver(wasmUrl?: string): Promise<Highs | undefined> {
  loading ??= import('highs')
    .then(({ default: loadHighs }) => loadHighs(wasmUrl === undefined ? undefined : { locateFile: () => wasmUrl }))
    .then((highs) => (loaded = highs))
    .catch((error: unknown) => {
      console.error('exact solver', error);
      // A later call may try again (for example after a transient fetch failure).
      loading = undefined;
      return undefined;
    });
  return loading;
}
