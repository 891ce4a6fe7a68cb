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
export async function runBatch(
  store: BatchStore,
  batchId: string,
  check: CheckAndStore,
  control: { stopRequested(): 'pause' | 'cancel' | undefined; onProgress(batch: InspectionBatch): void },
): Promise<BatchRun> {
  let current = await store.setBatchStatus(batchId, 'running');
  control.onProgress(current);
  try {
    for (let index = 0; index < current.items.length; index++) {
      const item = current.items[index];
      if (!item || item.state !== 'pending') continue;
      if (control.stopRequested()) break;
      const bytes = await store.batchImage(batchId, index);
      let finished: BatchItem;
      try {
        if (!bytes) throw new Error('the stored image of a pending item is missing');
        const resultId = await check({ name: item.name, bytes });
        finished = { name: item.name, state: 'done', ...(resultId ? { resultId } : {}) };
      } catch (error) {
        if (isStorageFailure(error)) throw error;
        finished = isCodedError(error) ? { name: item.name, state: 'failed', errorCode: error.code, errorParams: { ...error.params } } : { name: item.name, state: 'failed', errorCode: 'inspect.unexpected' };
      }
      current = await store.finishItem(batchId, index, finished);
      control.onProgress(current);
    }
    const stop = control.stopRequested();
    if (stop === 'cancel') current = await store.setBatchStatus(batchId, 'cancelled');
    else if (stop === 'pause') current = await store.setBatchStatus(batchId, 'paused');
    return { batch: current };
  } catch (error) {
    // Pausing needs a write too; when even that fails the stored status stays 'running', which a
    // restart also offers to resume, so the queue is never lost either way.
    const paused = await store.setBatchStatus(batchId, 'paused').catch(() => ({ ...current, status: 'paused' as const }));
    return { batch: paused, storageError: error };
  }
}
