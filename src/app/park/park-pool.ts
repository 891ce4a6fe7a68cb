import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { importBundles, type BundleFile, type ImportOutcome } from '../../core/park/import-bundles';
import type { PoolRow } from '../../core/park/pool-row';
import { repositories } from '../root';

/** Yields to the browser between chunks (a macrotask), so the progress bar paints and clicks get through. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every pooled row. */
export async function loadParkPool(): Promise<PoolRow[]> {
  return (await repositories()).park.list();
}

export interface ParkImportProgress {
  /** reading: files read and checked so far; storing: accepted rows stored so far (of `total` accepted). */
  stage: 'reading' | 'storing';
  done: number;
  total: number;
}

/**
 * Imports the companies' assessment bundles into the park pool: every file is read and checked (a bundle
 * already pooled is refused as a duplicate), then the accepted rows are stored. Returns what was accepted
 * (the stored rows) and what was refused and why.
 */
export async function importParkBundles(
  files: readonly BundleFile[],
  onProgress: (progress: ParkImportProgress) => void,
): Promise<ImportOutcome> {
  const park = (await repositories()).park;
  const outcome = await importBundles(files, {
    frameworks: bundledFrameworks(),
    known: await park.fingerprints(),
    importedAt: new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    onProgress: (done, total) => onProgress({ stage: 'reading', done, total }),
    pause: nextTask,
  });
  const total = outcome.accepted.length;
  onProgress({ stage: 'storing', done: 0, total });
  await park.addAll(outcome.accepted, { onProgress: (done) => onProgress({ stage: 'storing', done, total }) });
  return outcome;
}

export async function clearParkPool(): Promise<void> {
  await (await repositories()).park.clear();
}
