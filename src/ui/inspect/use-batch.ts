import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchItem, InspectionBatch, InspectionProject } from '../../core/inspect/records';
import { isCodedError } from '../../core/errors';
import type { InspectionClient } from '../../inference/inspection-client';
import type { BackendChoice } from '../../inference/backend-choice';
import type { CheckOutcome } from '../../inference/inspection-engine';
import { storeOutcome } from './check-image';
import { queueBatch } from './queue-batch';
import { transferable, type ImageSource } from './read-files';
import { inspectionRepository } from './use-projects';

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
 * Folder batches: the queue and its images are stored first (in chunks), then checked in order; each finished
 * image is recorded atomically, so pause, cancel, a crash or a restart never loses or repeats an image.
 * An unreadable image is marked failed with its error code and the batch goes on. Two checks are in flight
 * at a time so the worker decodes the next image while the model runs on the current one; on pause the
 * next image's check, already sent, is dropped and that image stays pending.
 */
export function useBatch(client: InspectionClient | undefined, backend: BackendChoice['backend'] | undefined, project: InspectionProject | undefined) {
  const [state, setState] = useState<BatchState>({ batch: undefined, running: false, queueing: undefined, error: undefined });
  const stop = useRef<'pause' | 'cancel' | undefined>(undefined);
  const runningRef = useRef(false);

  useEffect(() => {
    if (!project) return;
    let live = true;
    void inspectionRepository()
      .then((repo) => repo.unfinishedBatches(project.id))
      .then((open) => {
        const last = open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        if (live && last && !runningRef.current) setState({ batch: { ...last, status: 'paused' }, running: false, queueing: undefined, error: undefined });
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
      let current = await repo.setBatchStatus(batch.id, 'running');
      setState({ batch: current, running: true, queueing: undefined, error: undefined });
      const pending = current.items.flatMap((item, index) => (item.state === 'pending' ? [index] : []));
      const send = async (index: number): Promise<CheckOutcome> => {
        const bytes = await repo.batchImage(batch.id, index);
        if (!bytes) throw new Error('missing');
        // bytes fresh from IndexedDB own their buffer: hand it over without a copy
        const image = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : transferable(bytes);
        return client.request({ type: 'check', key: project.id, image, roi: project.roi, threshold: project.threshold ?? 0 });
      };
      // the progress shown is refreshed a few times a second, not after every image: re-rendering per result
      // is what made the UI thread busy during a long batch
      let shownAt = 0;
      const show = (batchNow: InspectionBatch) => {
        if (performance.now() - shownAt < PROGRESS_INTERVAL_MS) return;
        shownAt = performance.now();
        setState({ batch: batchNow, running: true, queueing: undefined, error: undefined });
      };
      const settle = (p: Promise<CheckOutcome>) => p.then((outcome) => ({ outcome }), (error: unknown) => ({ error }));
      try {
        let inFlight = pending[0] === undefined ? undefined : settle(send(pending[0]));
        for (let k = 0; k < pending.length && inFlight; k++) {
          const index = pending[k] as number;
          const item = current.items[index] as BatchItem;
          const following = pending[k + 1];
          const next = following !== undefined && !stop.current ? settle(send(following)) : undefined;
          const checked = await inFlight;
          inFlight = next;
          let finished: BatchItem;
          try {
            if ('error' in checked) throw checked.error;
            const stored = await storeOutcome(backend, project, item.name, checked.outcome, 'batch');
            finished = { name: item.name, state: 'done', resultId: stored.id };
          } catch (error) {
            if (isCodedError(error) && error.code.startsWith('storage.')) throw error;
            finished = isCodedError(error) ? { name: item.name, state: 'failed', errorCode: error.code, errorParams: { ...error.params } } : { name: item.name, state: 'failed', errorCode: 'inspect.unexpected' };
          }
          current = await repo.finishItem(batch.id, index, finished);
          show(current);
          if (stop.current) break;
        }
        if (stop.current === 'cancel') current = await repo.setBatchStatus(batch.id, 'cancelled');
        else if (stop.current === 'pause') current = await repo.setBatchStatus(batch.id, 'paused');
        // a batch whose every file was unreadable has nothing to check but is finished all the same
        else if (current.status !== 'done' && current.items.every((i) => i.state !== 'pending')) current = await repo.setBatchStatus(batch.id, 'done');
        setState({ batch: current, running: false, queueing: undefined, error: undefined });
      } catch (error) {
        const paused = await repo.setBatchStatus(batch.id, 'paused').catch(() => current);
        setState({ batch: paused, running: false, queueing: undefined, error });
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
        const batch = await queueBatch(await inspectionRepository(), project.id, sources, (queued, total) =>
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
    const cancelled = await (await inspectionRepository()).setBatchStatus(batch.id, 'cancelled');
    setState({ batch: cancelled, running: false, queueing: undefined, error: undefined });
  }, [state.batch]);

  const resume = useCallback(() => {
    if (state.batch) void run(state.batch);
  }, [state.batch, run]);

  return { state, start, pause, cancel, resume };
}
