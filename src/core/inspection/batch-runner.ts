import { isCodedError } from '../errors';
import type { BatchItem, InspectionBatch } from './records';

/** The storage a batch needs: the database's inspection repository, or a fake in tests. */
export interface BatchStore {
  setBatchStatus(batchId: string, status: InspectionBatch['status']): Promise<InspectionBatch>;
  batchImage(batchId: string, index: number): Promise<Uint8Array | undefined>;
  finishItem(batchId: string, index: number, item: BatchItem): Promise<InspectionBatch>;
}

/** Checks one image and stores its result; returns the stored result's id (none when nothing was stored). */
export type CheckAndStore = (image: { name: string; bytes: Uint8Array }) => Promise<string | undefined>;

/** A queued image: its name, its position in the batch, and its stored bytes, read only if asked for. */
export interface QueuedImage {
  readonly name: string;
  readonly index: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * Checks one image and resolves, once it is checked, with the step that stores its result (returning the
 * result's id). Storing is separate so the next image can be checked while results are still stored in order.
 */
export type CheckThenStore = (image: QueuedImage) => Promise<() => Promise<string | undefined>>;

export interface BatchControl {
  stopRequested(): 'pause' | 'cancel' | undefined;
  onProgress(batch: InspectionBatch): void;
}

export interface BatchRun {
  readonly batch: InspectionBatch;
  /** Set when storage failed (disk full, database closed): the batch is paused with its queue intact. */
  readonly storageError?: unknown;
}

const isStorageFailure = (error: unknown): boolean => isCodedError(error) && error.code.startsWith('storage.');

/**
 * Runs a stored batch from its first pending image. Each image's result and the item's new state are
 * stored before the next image starts, so a stop at any point loses nothing and repeats nothing.
 * An unreadable image is marked failed and the batch goes on; a storage failure (e.g. the disk is full)
 * pauses the batch instead: the item stays pending with its image kept, ready to resume once space is freed.
 */
export function runBatch(store: BatchStore, batchId: string, check: CheckAndStore, control: BatchControl): Promise<BatchRun> {
  return runBatchPipelined(
    store,
    batchId,
    async (image) => {
      const id = await check({ name: image.name, bytes: await image.bytes() });
      return () => Promise.resolve(id);
    },
    control,
    1,
  );
}

/**
 * `runBatch` with up to `depth` images being checked at once (the worker decodes the next image while the model
 * runs on the current one). Results are still stored one by one in queue order, each with its item's new state,
 * so the guarantees are the same; on a stop, checks already sent for later images are dropped (their images
 * stay pending and are checked again on resume, never stored twice).
 */
export async function runBatchPipelined(
  store: BatchStore,
  batchId: string,
  check: CheckThenStore,
  control: BatchControl,
  depth = 2,
): Promise<BatchRun> {
  let current = await store.setBatchStatus(batchId, 'running');
  control.onProgress(current);
  const pending = current.items.flatMap((item, index) => (item.state === 'pending' ? [index] : []));
  let next = 0;
  const start = (index: number) => {
    const name = current.items[index]?.name ?? '';
    const bytes = async () => {
      const stored = await store.batchImage(batchId, index);
      if (!stored) throw new Error('the stored image of a pending item is missing');
      return stored;
    };
    const checked = check({ name, index, bytes }).then(
      (storeStep) => ({ storeStep }),
      (error: unknown) => ({ error }),
    );
    return { index, name, checked };
  };
  const ahead: ReturnType<typeof start>[] = [];
  const take = () => (next < pending.length && !control.stopRequested() ? start(pending[next++] as number) : undefined);
  try {
    let head = take();
    while (head) {
      while (ahead.length < depth - 1 && next < pending.length && !control.stopRequested()) ahead.push(start(pending[next++] as number));
      const checked = await head.checked;
      let finished: BatchItem;
      try {
        if ('error' in checked) throw checked.error;
        const resultId = await checked.storeStep();
        finished = { name: head.name, state: 'done', ...(resultId ? { resultId } : {}) };
      } catch (error) {
        if (isStorageFailure(error)) throw error;
        finished = isCodedError(error)
          ? { name: head.name, state: 'failed', errorCode: error.code, errorParams: { ...error.params } }
          : { name: head.name, state: 'failed', errorCode: 'inspect.unexpected' };
      }
      current = await store.finishItem(batchId, head.index, finished);
      control.onProgress(current);
      head = control.stopRequested() ? undefined : (ahead.shift() ?? take());
    }
    const stop = control.stopRequested();
    if (stop === 'cancel') current = await store.setBatchStatus(batchId, 'cancelled');
    else if (stop === 'pause') current = await store.setBatchStatus(batchId, 'paused');
    // a batch whose files were all unreadable when queued has nothing to check but is finished all the same
    else if (current.status !== 'done' && current.items.every((i) => i.state !== 'pending'))
      current = await store.setBatchStatus(batchId, 'done');
    return { batch: current };
  } catch (error) {
    // Pausing needs a write too; when even that fails the stored status stays 'running', which a
    // restart also offers to resume, so the queue is never lost either way.
    const paused = await store.setBatchStatus(batchId, 'paused').catch(() => ({ ...current, status: 'paused' as const }));
    return { batch: paused, storageError: error };
  }
}
