import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { InspectionRepository } from '../../db/inspection-repository';
import { freshIndexedDb } from '../../db/test-support';
import { PlatformError } from '../../shared/platform-error';
import { queueBatch } from './queue-batch';
import type { ImageSource } from './image-source';

const source = (name: string, size: number, fill: number): ImageSource => ({
  name,
  bytes: () => Promise.resolve(new Uint8Array(size).fill(fill)),
});

describe('queueing a batch in chunks', () => {
  it('stores every picked image with its bytes, a few at a time, and marks an unreadable file failed without stopping', async () => {
    const db = await openDatabase(freshIndexedDb());
    const repo = new InspectionRepository(db);
    const project = await repo.createProject('壳体');
    const sources = Array.from({ length: 23 }, (_, i) => source(`p${i}.png`, 1000, i));
    sources.splice(7, 0, { name: 'moved.png', bytes: () => Promise.reject(new PlatformError('platform.readFailed')) });
    const chunkSizes: number[] = [];
    const counting = {
      openBatch: (id: string) => repo.openBatch(id),
      appendToBatch: (batchId: string, entries: Parameters<InspectionRepository['appendToBatch']>[1]) => {
        chunkSizes.push(entries.length);
        return repo.appendToBatch(batchId, entries);
      },
    };
    const progress: number[] = [];
    const batch = await queueBatch(counting, project.id, sources, (queued) => progress.push(queued), { chunkBytes: 4500, chunkFiles: 16 });

    expect(batch.items.map((i) => i.name)).toEqual(sources.map((s) => s.name));
    expect(batch.items[7]).toMatchObject({ state: 'failed', errorCode: 'platform.readFailed' });
    expect(batch.items.filter((i) => i.state === 'pending')).toHaveLength(23);
    // no transaction held more than the byte limit allows (4 images of 1000 bytes, plus the failed entry)
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(5);
    expect(progress.at(-1)).toBe(24);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await repo.batchImage(batch.id, 8)).toEqual(new Uint8Array(1000).fill(7));
    expect(await repo.batchImage(batch.id, 7)).toBeUndefined();
    // the stored record is the one returned, so a restart resumes exactly this queue
    expect((await repo.unfinishedBatches(project.id)).map((b) => b.items.length)).toEqual([24]);
    db.close();
  });
});
