import { useCallback, useEffect, useMemo, useState } from 'react';
import { clearParkPool, importParkBundles, loadParkPool } from '../../app/park';
import { aggregatePark, mainFramework, type ParkView } from '../../core/park/aggregate';
import type { BundleFile, ImportOutcome } from '../../core/park/import-bundles';
import type { PoolRow } from '../../core/park/pool-row';

export type ImportState =
  | { status: 'idle' }
  /** reading: files read and checked so far; storing: accepted rows stored so far (of `total` accepted). */
  | { status: 'running'; stage: 'reading' | 'storing'; done: number; total: number }
  | { status: 'finished'; outcome: Pick<ImportOutcome, 'rejected'> & { acceptedCount: number } }
  | { status: 'failed' };

/** The pooled rows, the chosen framework's aggregate, and an import that reports progress. */
export function usePark() {
  const [rows, setRows] = useState<PoolRow[] | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    loadParkPool().then(
      (list) => live && setRows(list),
      (error: unknown) => {
        console.error('park pool', error);
        if (live) setLoadFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [generation]);

  const frameworkIds = useMemo(() => [...new Set((rows ?? []).map((r) => r.frameworkId))].sort(), [rows]);
  const frameworkId = chosen && frameworkIds.includes(chosen) ? chosen : mainFramework(rows ?? []);
  const view: ParkView | undefined = useMemo(
    () => (rows && frameworkId ? aggregatePark(rows, frameworkId) : undefined),
    [rows, frameworkId],
  );

  const runImport = useCallback(
    async (files: readonly BundleFile[]) => {
      setImportState({ status: 'running', stage: 'reading', done: 0, total: files.length });
      try {
        const outcome = await importParkBundles(files, (progress) => setImportState({ status: 'running', ...progress }));
        setImportState({ status: 'finished', outcome: { acceptedCount: outcome.accepted.length, rejected: outcome.rejected } });
        // the stored rows are the accepted ones: add them to the list in hand instead of reading all 5,000+ back
        // (IndexedDB's getAll of the whole pool was a 40-50 ms task right after the import)
        // (the list read before the import finished before it: IndexedDB runs the two transactions in order)
        if (outcome.accepted.length > 0) setRows((current) => (current ? [...current, ...outcome.accepted] : current));
        // a pool that failed to load is read again
        if (loadFailed) setGeneration((g) => g + 1);
      } catch (error) {
        console.error('park import', error);
        setImportState({ status: 'failed' });
      }
    },
    [loadFailed],
  );

  const clear = useCallback(async () => {
    await clearParkPool();
    setImportState({ status: 'idle' });
    setGeneration((g) => g + 1);
  }, []);

  return { rows, loadFailed, view, frameworkIds, frameworkId, setFrameworkId: setChosen, importState, runImport, clear };
}
