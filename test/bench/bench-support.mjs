// Helpers every benchmark module shares (not a benchmark itself: run-bench only runs *.bench.mjs).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Imports a TypeScript source module (path from the repository root) through Vite, as the app resolves it. */
export async function load(path) {
  const { module } = await runnerImport(`${root}${path}`, { root, logLevel: 'error', configFile: false });
  return module;
}

/** The median of the samples: the machine is shared, so single samples (and means) are noisy. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
