import { describe, expect, it } from 'vitest';
import { CodedError } from '../errors';
import { runBatchPipelined, type BatchStore } from './batch-runner';
import type { BatchItem, InspectionBatch } from './records';

function memoryStore(names: string[]): BatchStore & { batch: InspectionBatch; images: Map<number, Uint8Array> } {
  const images = new Map(names.map((_, i) => [i, new Uint8Array([i])]));
  const self = {
    batch: {
      id: 'b',
      projectId: 'p',
      createdAt: '2026-11-25',
      status: 'paused',
      items: names.map((name) => ({ name, state: 'pending' })),
    } as InspectionBatch,
    images,
    setBatchStatus: (_: string, status: InspectionBatch['status']) => Promise.resolve((self.batch = { ...self.batch, status })),
    batchImage: (_: string, index: number) => Promise.resolve(images.get(index)),
    finishItem: (_: string, index: number, item: BatchItem) => {
      images.delete(index);
      const items = self.batch.items.map((it, i) => (i === index ? item : it));
      self.batch = { ...self.batch, items, status: items.every((i) => i.state !== 'pending') ? 'done' : self.batch.status };
      return Promise.resolve(self.batch);
    },
  };
  return self;
}

describe('a batch with two images in the worker at a time', () => {
  it('sends the next image before storing the current one, yet stores results in queue order', async () => {
    const store = memoryStore(['a', 'b', 'c', 'd']);
    const events: string[] = [];
    const run = await runBatchPipelined(
      store,
      'b',
      async (image) => {
        expect(await image.bytes()).toEqual(new Uint8Array([image.index]));
        events.push(`check ${image.name}`);
        await Promise.resolve();
        return async () => {
          events.push(`store ${image.name}`);
          return `r-${image.name}`;
        };
      },
      { stopRequested: () => undefined, onProgress: () => {} },
    );
    expect(run.batch.status).toBe('done');
    expect(run.batch.items.map((i) => i.resultId)).toEqual(['r-a', 'r-b', 'r-c', 'r-d']);
    expect(events.indexOf('check b')).toBeLessThan(events.indexOf('store a'));
    expect(events.filter((e) => e.startsWith('store'))).toEqual(['store a', 'store b', 'store c', 'store d']);
  });

  it('on pause drops the check already sent for the next image: it stays queued and is stored once after resuming', async () => {
    const store = memoryStore(['a', 'b', 'c']);
    const stored: string[] = [];
    let stop: 'pause' | undefined;
    const check = async (image: { name: string }) => async () => {
      stored.push(image.name);
      if (image.name === 'a') stop = 'pause';
      return `r-${image.name}`;
    };
    const first = await runBatchPipelined(store, 'b', check, { stopRequested: () => stop, onProgress: () => {} });
    expect(first.batch.status).toBe('paused');
    expect(first.batch.items.map((i) => i.state)).toEqual(['done', 'pending', 'pending']);
    expect(store.images.has(1)).toBe(true);
    stop = undefined;
    const second = await runBatchPipelined(store, 'b', check, { stopRequested: () => stop, onProgress: () => {} });
    expect(second.batch.status).toBe('done');
    expect(stored).toEqual(['a', 'b', 'c']);
  });

  it('marks an unreadable image failed and goes on, and finishes a batch whose files were all unreadable when queued', async () => {
    const store = memoryStore(['a', 'b']);
    const run = await runBatchPipelined(
      store,
      'b',
      async (image) => {
        if (image.name === 'a') throw new CodedError('vision.corrupt-image');
        return async () => 'r-b';
      },
      { stopRequested: () => undefined, onProgress: () => {} },
    );
    expect(run.batch.items.map((i) => i.state)).toEqual(['failed', 'done']);

    const unreadable = memoryStore(['x']);
    unreadable.batch = { ...unreadable.batch, items: [{ name: 'x', state: 'failed', errorCode: 'platform.readFailed' }] };
    expect(
      (
        await runBatchPipelined(unreadable, 'b', () => Promise.reject(new Error('never')), {
          stopRequested: () => undefined,
          onProgress: () => {},
        })
      ).batch.status,
    ).toBe('done');
  });
});
