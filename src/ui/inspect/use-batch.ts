import { useCallback, useEffect, useRef, useState } from 'react';
import { runBatch } from '../../core/inspect/batch-runner';
import type { InspectionBatch, InspectionProject } from '../../core/inspect/records';
import type { InspectionClient } from '../../inference/inspection-client';
import type { BackendChoice } from '../../inference/backend-choice';
import { checkAndStore } from './check-image';
import type { NamedBytes } from './read-files';
import { inspectionRepository } from './use-projects';

export interface BatchState {
  batch: InspectionBatch | undefined;
  running: boolean;
  /** A storage failure that stopped the batch (e.g. disk full); the queue is kept. */
  error: unknown;
}

/**
 * Folder batches: the queue and its images are stored first, then checked one at a time; each finished
 * image is recorded atomically, so pause, cancel, a crash or a restart never loses or repeats an image.
 * An unreadable image is marked failed with its error code and the batch goes on.
 */
export function useBatch(client: InspectionClient | undefined, backend: BackendChoice['backend'] | undefined, project: InspectionProject | undefined) {
  const [state, setState] = useState<BatchState>({ batch: undefined, running: false, error: undefined });
  const stop = useRef<'pause' | 'cancel' | undefined>(undefined);
  const runningRef = useRef(false);

  useEffect(() => {
    if (!project) return;
    let live = true;
    void inspectionRepository()
      .then((repo) => repo.unfinishedBatches(project.id))
      .then((open) => {
        const last = open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        if (live && last && !runningRef.current) setState({ batch: { ...last, status: 'paused' }, running: false, error: undefined });
      });
    return () => {
      live = false;
    };
  }, [project]);

  const run = useCallback(
    async (batch: InspectionBatch) => {
      if (!client || !backend || !project || runningRef.current) return;
      const repo = await inspectionRepository();
      runningRef.current = true;
      stop.current = undefined;
      try {
        const outcome = await runBatch(repo, batch.id, async (image) => (await checkAndStore(client, backend, project, image, 'batch')).stored?.id, {
          stopRequested: () => stop.current,
          onProgress: (current) => setState({ batch: current, running: true, error: undefined }),
        });
        setState({ batch: outcome.batch, running: false, error: outcome.storageError });
      } catch (error) {
        setState((s) => ({ ...s, running: false, error }));
      } finally {
        runningRef.current = false;
      }
    },
    [client, backend, project],
  );

  const start = useCallback(
    async (files: NamedBytes[]) => {
      if (!project || files.length === 0) return;
      try {
        const batch = await (await inspectionRepository()).createBatch(project.id, files);
        await run(batch);
      } catch (error) {
        setState((s) => ({ ...s, error }));
      }
    },
    [project, run],
  );

  const pause = useCallback(() => {
    stop.current = 'pause';
  }, []);

  const cancel = useCallback(async () => {
    if (runningRef.current) {
      stop.current = 'cancel';
      return;
    }
    const batch = state.batch;
    if (!batch) return;
    const cancelled = await (await inspectionRepository()).setBatchStatus(batch.id, 'cancelled');
    setState({ batch: cancelled, running: false, error: undefined });
  }, [state.batch]);

  const resume = useCallback(() => {
    if (state.batch) void run(state.batch);
  }, [state.batch, run]);

  return { state, start, pause, cancel, resume };
}
