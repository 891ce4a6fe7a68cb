import { runBatchPipelined, type BatchControl, type BatchRun, type QueuedImage } from '../../core/inspection/batch-runner';
import type { InspectionBatch, InspectionProject } from '../../core/inspection/records';
import type { BackendChoice } from '../../inference/backend-choice';
import { repositories } from '../root';
import { checkImage, storeOutcome } from './checking';
import type { ImageSource } from './image-source';
import type { InspectionSession } from './inspection-session';
import { queueBatch } from './queue-batch';

/** The project's most recent batch left unfinished (shown as paused, to resume or cancel), if any. */
export async function unfinishedBatch(projectId: string): Promise<InspectionBatch | undefined> {
  const open = await (await repositories()).inspection.unfinishedBatches(projectId);
  const last = open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return last ? { ...last, status: 'paused' } : undefined;
}

/**
 * Stores a batch's images first (in small chunks, each file read when its chunk is due), so a crash or a
 * restart never loses the queue.
 */
export async function queueInspectionBatch(
  projectId: string,
  sources: readonly ImageSource[],
  onProgress: (queued: number, total: number) => void,
): Promise<InspectionBatch> {
  return queueBatch((await repositories()).inspection, projectId, sources, onProgress);
}

/**
 * Checks a stored batch with two images in the worker at a time (decoding and thumbnails overlap the model run)
 * and stores the results in order; each finished image is recorded atomically, so pause, cancel, a crash or a
 * restart never loses or repeats an image. An unreadable image is marked failed with its error code and the
 * batch goes on. The worker reads each queued image from IndexedDB itself: image bytes never pass through here.
 */
export async function runInspectionBatch(
  session: InspectionSession,
  backend: BackendChoice['backend'],
  project: InspectionProject,
  batch: InspectionBatch,
  control: BatchControl,
): Promise<BatchRun> {
  const repo = (await repositories()).inspection;
  const checkThenStore = async (image: QueuedImage) => {
    const outcome = await checkImage(session, project, repo.batchImageRef(batch.id, image.index), true);
    return async () => (await storeOutcome(backend, project, image.name, outcome, 'batch')).id;
  };
  return runBatchPipelined(repo, batch.id, checkThenStore, control);
}

export async function cancelInspectionBatch(batchId: string): Promise<InspectionBatch> {
  return (await repositories()).inspection.setBatchStatus(batchId, 'cancelled');
}
