import { describe, expect, it } from 'vitest';
import { CodedError } from '../core/errors';
import { runBatch, runBatchPipelined } from '../core/inspection/batch-runner';
import type { InspectionResult } from '../core/inspection/records';
import { openDatabase } from './database';
import { InspectionRepository } from './inspection-repository';
import { freshIndexedDb } from './test-support';

const result = (projectId: string, fileName: string): Omit<InspectionResult, 'id'> => ({
  projectId,
  checkedAt: Date.now(),
  fileName,
  source: 'batch',
  verdict: 'ok',
  modelVerdict: 'ok',
  score: 1,
  threshold: 2,
  backend: 'wasm',
  timingMs: 5,
  thumbnail: new Uint8Array(2_000),
  map: { width: 4, height: 4, low: 0, high: 1, data: new Uint8Array(16) },
});

describe('a batch when the disk fills up', () => {
  it('pauses with a storage.quotaExceeded error, keeps every stored result and the queue, and resumes once space is freed', async () => {
    const db = await openDatabase(freshIndexedDb());
    const repo = new InspectionRepository(db);
    const project = await repo.createProject('阀体');
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, bytes: new Uint8Array([i + 1]) }));
    const batch = await repo.createBatch(project.id, files);

    // IndexedDB refuses writes with a QuotaExceededError once the origin's quota is used up
    let diskFull = false;
    db.inspectionResults.hook('creating', () => {
      if (diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const checked: string[] = [];
    const check = async (image: { name: string; bytes: Uint8Array }) => {
      checked.push(image.name);
      if (checked.length === 4) diskFull = true;
      return (await repo.addResult(result(project.id, image.name))).id;
    };
    const progress: number[] = [];
    const control = {
      stopRequested: () => undefined,
      onProgress: (b: { items: readonly { state: string }[] }) => progress.push(b.items.filter((i) => i.state !== 'pending').length),
    };

    const first = await runBatch(repo, batch.id, check, control);
    expect(first.storageError).toMatchObject({ code: 'storage.quotaExceeded' });
    expect(first.batch.status).toBe('paused');
    expect(first.batch.items.map((i) => i.state)).toEqual(['done', 'done', 'done', 'pending', 'pending', 'pending']);
    // the three stored results are all there, and the image that failed to store is still queued
    expect((await repo.allResults(project.id)).map((r) => r.fileName).sort()).toEqual(['p0.png', 'p1.png', 'p2.png']);
    expect(await repo.batchImage(batch.id, 3)).toEqual(new Uint8Array([4]));
    expect(await repo.unfinishedBatches(project.id)).toHaveLength(1);

    diskFull = false;
    const second = await runBatch(repo, batch.id, check, control);
    expect(second.storageError).toBeUndefined();
    expect(second.batch.status).toBe('done');
    expect((await repo.allResults(project.id)).map((r) => r.fileName).sort()).toEqual(files.map((f) => f.name));
    expect(await db.inspectionBatchImages.count()).toBe(0);
    expect(progress.at(-1)).toBe(6);
    db.close();
  });

  it("pauses the same way with two images in the worker at a time (the app's batch), storing each result once", async () => {
    const db = await openDatabase(freshIndexedDb());
    const repo = new InspectionRepository(db);
    const project = await repo.createProject('壳体');
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `q${i}.png`, bytes: new Uint8Array([i + 1]) }));
    const batch = await repo.createBatch(project.id, files);
    // room for three results, then IndexedDB refuses writes
    let room = 3;
    db.inspectionResults.hook('creating', () => {
      if (room <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      room--;
    });
    const checkThenStore = (image: { name: string }) =>
      Promise.resolve(async () => (await repo.addResult(result(project.id, image.name))).id);
    const control = { stopRequested: () => undefined, onProgress: () => {} };

    const first = await runBatchPipelined(repo, batch.id, checkThenStore, control);
    expect(first.storageError).toMatchObject({ code: 'storage.quotaExceeded' });
    expect(first.batch.status).toBe('paused');
    expect(first.batch.items.map((i) => i.state)).toEqual(['done', 'done', 'done', 'pending', 'pending', 'pending']);
    expect((await repo.allResults(project.id)).map((r) => r.fileName).sort()).toEqual(['q0.png', 'q1.png', 'q2.png']);
    // the image whose check was already sent ahead is still queued too
    expect(await repo.batchImage(batch.id, 4)).toEqual(new Uint8Array([5]));

    room = Number.POSITIVE_INFINITY;
    const second = await runBatchPipelined(repo, batch.id, checkThenStore, control);
    expect(second.batch.status).toBe('done');
    expect((await repo.allResults(project.id)).map((r) => r.fileName).sort()).toEqual(files.map((f) => f.name));
    db.close();
  });

  it('still marks an unreadable image failed and goes on (only storage failures pause)', async () => {
    const db = await openDatabase(freshIndexedDb());
    const repo = new InspectionRepository(db);
    const project = await repo.createProject('端盖');
    const batch = await repo.createBatch(project.id, [
      { name: 'a.png', bytes: new Uint8Array([1]) },
      { name: 'b.png', bytes: new Uint8Array([2]) },
    ]);
    const run = await runBatch(
      repo,
      batch.id,
      async (image) => {
        if (image.name === 'a.png') throw new CodedError('vision.corrupt-image');
        return (await repo.addResult(result(project.id, image.name))).id;
      },
      { stopRequested: () => undefined, onProgress: () => {} },
    );
    expect(run.batch.status).toBe('done');
    expect(run.batch.items.map((i) => [i.state, i.errorCode])).toEqual([
      ['failed', 'vision.corrupt-image'],
      ['done', undefined],
    ]);
    db.close();
  });
});
