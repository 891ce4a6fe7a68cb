import { useCallback, useEffect, useRef, useState } from 'react';
import {
  cancelInspectionBatch,
  queueInspectionBatch,
  runInspectionBatch,
  unfinishedBatch,
  type BackendChoice,
  type ImageSource,
  type InspectionSession,
} from '../../app/inspection';
import type { InspectionBatch, InspectionProject } from '../../core/inspection/records';

// progress is redrawn a few times a second, not after every image: re-rendering per result kept the UI
// thread busy through a long batch
const PROGRESS_INTERVAL_MS = 250;

export interface BatchState {
  batch: InspectionBatch | undefined;
  running: boolean;
  /** While the picked files are being read and stored: how many so far. */
  queueing: { queued: number; total: number } | undefined;
  /** A storage failure that stopped the batch (e.g. disk full); the queue is kept. */
  error: unknown;
}

/**
 * Folder batches: the queue and its images are stored first (in small chunks, each file read when its chunk
 * is due), then checked with two images in the worker at a time (decoding and thumbnails overlap the model run) and
 * stored in order; each finished image is
 * recorded atomically, so pause, cancel, a crash or a restart never loses or repeats an image.
 * An unreadable image is marked failed with its error code and the batch goes on.
 */
export function useBatch(
  client: InspectionSession | undefined,
  backend: BackendChoice['backend'] | undefined,
  project: InspectionProject | undefined,
) {
  const [state, setState] = useState<BatchState>({ batch: undefined, running: false, queueing: undefined, error: undefined });
  const stop = useRef<'pause' | 'cancel' | undefined>(undefined);
  const runningRef = useRef(false);

  useEffect(() => {
    if (!project) return;
    let live = true;
    void unfinishedBatch(project.id).then((last) => {
      if (live && last && !runningRef.current) setState({ batch: last, running: false, queueing: undefined, error: undefined });
    });
    return () => {
      live = false;
    };
  }, [project]);

  const run = useCallback(
    async (batch: InspectionBatch) => {
      if (!client || !backend || !project || runningRef.current) return;
      runningRef.current = true;
      stop.current = undefined;
      try {
        let shownAt = Number.NEGATIVE_INFINITY;
        const outcome = await runInspectionBatch(client, backend, project, batch, {
          stopRequested: () => stop.current,
          onProgress: (current) => {
            if (performance.now() - shownAt < PROGRESS_INTERVAL_MS) return;
            shownAt = performance.now();
            setState({ batch: current, running: true, queueing: undefined, error: undefined });
          },
        });
        setState({ batch: outcome.batch, running: false, queueing: undefined, error: outcome.storageError });
      } catch (error) {
        setState((s) => ({ ...s, running: false, queueing: undefined, error }));
      } finally {
        runningRef.current = false;
      }
    },
    [client, backend, project],
  );

  const start = useCallback(
    async (sources: ImageSource[]) => {
      if (!project || sources.length === 0 || runningRef.current) return;
      try {
        setState({ batch: undefined, running: true, queueing: { queued: 0, total: sources.length }, error: undefined });
        const batch = await queueInspectionBatch(project.id, sources, (queued, total) =>
          setState((s) => ({ ...s, queueing: { queued, total } })),
        );
        await run(batch);
      } catch (error) {
        setState((s) => ({ ...s, running: false, queueing: undefined, error }));
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
    const cancelled = await cancelInspectionBatch(batch.id);
    setState({ batch: cancelled, running: false, queueing: undefined, error: undefined });
  }, [state.batch]);

  const resume = useCallback(() => {
    if (state.batch) void run(state.batch);
  }, [state.batch, run]);

  return { state, start, pause, cancel, resume };
}
