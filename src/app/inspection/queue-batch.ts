import type { InspectionBatch } from '../../core/inspection/records';
import { isCodedError } from '../../core/errors';
import type { InspectionRepository } from '../../db/inspection-repository';
import type { ImageSource } from './image-source';

export interface QueueLimits {
  /** Bytes per transaction: one structured clone of this size stays well under 50 ms on the UI thread. */
  readonly chunkBytes: number;
  readonly chunkFiles: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = { chunkBytes: 4 * 1024 * 1024, chunkFiles: 16 };

type Entry = Parameters<InspectionRepository['appendToBatch']>[1][number];

/**
 * Stores a batch's images chunk by chunk, reading each file only when its chunk is due, so picking a folder
 * of hundreds of images neither holds them all in memory nor blocks the UI with one huge transaction. A file
 * that cannot be read becomes a failed item with its error code; the rest are queued.
 */
export async function queueBatch(
  repo: Pick<InspectionRepository, 'openBatch' | 'appendToBatch'>,
  projectId: string,
  sources: readonly ImageSource[],
  onProgress: (queued: number, total: number) => void,
  limits: QueueLimits = DEFAULT_QUEUE_LIMITS,
): Promise<InspectionBatch> {
  let batch = await repo.openBatch(projectId);
  let chunk: Entry[] = [];
  let bytes = 0;
  const flush = async (queued: number) => {
    if (chunk.length > 0) batch = await repo.appendToBatch(batch.id, chunk);
    chunk = [];
    bytes = 0;
    onProgress(queued, sources.length);
  };
  for (const [index, source] of sources.entries()) {
    try {
      const data = await source.bytes();
      if (chunk.length > 0 && bytes + data.byteLength > limits.chunkBytes) await flush(index);
      chunk.push({ name: source.name, bytes: data });
      bytes += data.byteLength;
    } catch (error) {
      chunk.push({
        name: source.name,
        failed: isCodedError(error) ? { code: error.code, params: { ...error.params } } : { code: 'platform.readFailed', params: {} },
      });
    }
    if (chunk.length >= limits.chunkFiles) await flush(index + 1);
  }
  await flush(sources.length);
  return batch;
}
