import { describe, expect, it } from 'vitest';
import { CodedError, isCodedError } from '../core/errors';
import {
  createWorkerClient,
  inProcessClient,
  isWorkerClosed,
  oneAtATime,
  serveWorker,
  transfer,
  type WorkerLike,
} from './worker-transport';

/** A worker stand-in: the handlers served on one end of a MessageChannel, the client on the other. */
function channelWorker(handlers: Parameters<typeof serveWorker>[0]) {
  const started: MessagePort[] = [];
  const start = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    serveWorker(handlers, port2 as unknown as Parameters<typeof serveWorker>[1]);
    started.push(port1);
    return Object.assign(port1 as unknown as WorkerLike, { terminate: () => port1.close() });
  };
  return { start, started };
}

const handlers = {
  async double(values: number[]) {
    return values.map((v) => v * 2);
  },
  async sum(bytes: Uint8Array, onProgress?: (done: number) => void) {
    let total = 0;
    for (const [i, b] of bytes.entries()) {
      total += b;
      onProgress?.(i + 1);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return total;
  },
  async refuse() {
    throw new CodedError('vision.empty-file', { name: 'a.png' });
  },
  async crash() {
    throw new TypeError('boom');
  },
  never() {
    return new Promise<never>(() => undefined);
  },
};

describe('the worker transport', () => {
  it('answers typed calls, moves transferred buffers and calls progress back', async () => {
    const { start } = channelWorker(handlers);
    const client = createWorkerClient<typeof handlers>(start, { name: 'test' });
    expect(await client.call('double', [[1, 2, 3]])).toEqual([2, 4, 6]);
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const progress: number[] = [];
    expect(await client.call('sum', [transfer(bytes, [bytes.buffer]), (done) => progress.push(done)])).toBe(10);
    expect(bytes.byteLength).toBe(0); // handed over, not copied
    expect(progress).toEqual([1, 2, 3, 4]);
    client.close();
  });

  it('keeps the code and params of a coded error, and the message of any other', async () => {
    const client = createWorkerClient<typeof handlers>(channelWorker(handlers).start, { name: 'test' });
    const coded: unknown = await client.call('refuse', []).catch((e: unknown) => e);
    expect(isCodedError(coded) && [coded.code, coded.params]).toEqual(['vision.empty-file', { name: 'a.png' }]);
    await expect(client.call('crash', [])).rejects.toThrow('boom');
    client.close();
  });

  it('ends pending calls with a closed error (not a failure) on close and on abort', async () => {
    const client = createWorkerClient<typeof handlers>(channelWorker(handlers).start, { name: 'test' });
    const pending = client.call('never', []);
    client.close();
    const closed: unknown = await pending.catch((e: unknown) => e);
    expect(isWorkerClosed(closed)).toBe(true);
    const stop = new AbortController();
    const aborted = client.call('never', [], { signal: stop.signal });
    stop.abort();
    expect(isWorkerClosed(await aborted.catch((e: unknown) => e))).toBe(true);
    expect(isWorkerClosed(new Error('boom'))).toBe(false);
    client.close();
  });

  it('starts a fresh worker per call when asked, and a kept one only once', async () => {
    const perCall = channelWorker(handlers);
    const fresh = createWorkerClient<typeof handlers>(perCall.start, { name: 'test', lifetime: 'per-call' });
    await fresh.call('double', [[1]]);
    await fresh.call('double', [[1]]);
    expect(perCall.started).toHaveLength(2);
    const keptWorker = channelWorker(handlers);
    const kept = createWorkerClient<typeof handlers>(keptWorker.start, { name: 'test' });
    await kept.call('double', [[1]]);
    await kept.call('double', [[1]]);
    expect(keptWorker.started).toHaveLength(1);
    kept.close();
  });

  it('rejects a call where no worker can start instead of throwing', async () => {
    const client = createWorkerClient<typeof handlers>(
      () => {
        throw new ReferenceError('Worker is not defined');
      },
      { name: 'test' },
    );
    await expect(client.call('double', [[1]])).rejects.toThrow('Worker is not defined');
  });

  it('calls the same handlers in process for tests, copying arguments as a worker would', async () => {
    const client = inProcessClient(handlers);
    const values = [1, 2];
    expect(await client.call('double', [values])).toEqual([2, 4]);
    client.close();
    expect(isWorkerClosed(await client.call('double', [values]).catch((e: unknown) => e))).toBe(true);
  });

  it('runs queued work one at a time in call order', async () => {
    const inTurn = oneAtATime();
    const order: string[] = [];
    const slow = inTurn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
    });
    const failing = inTurn(async () => {
      order.push('failing');
      throw new Error('no');
    });
    const fast = inTurn(async () => order.push('fast'));
    await Promise.allSettled([slow, failing, fast]);
    expect(order).toEqual(['slow', 'failing', 'fast']);
    await expect(failing).rejects.toThrow('no');
  });
});
