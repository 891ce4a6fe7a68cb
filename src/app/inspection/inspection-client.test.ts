import { describe, expect, it } from 'vitest';
import { InspectionClient, type WorkerPort } from './inspection-client';
import type { WorkerEnvelope, WorkerReply } from './inspection-protocol';

function fakePort() {
  const sent: { message: WorkerEnvelope; transfer: Transferable[] }[] = [];
  const port: WorkerPort = {
    onmessage: null,
    postMessage: (message, transfer) => sent.push({ message, transfer }),
    terminate: () => {},
  };
  const reply = (r: WorkerReply) => port.onmessage?.({ data: r } as MessageEvent<WorkerReply>);
  return { port, sent, reply };
}

describe('InspectionClient', () => {
  it('transfers image buffers instead of copying them, reports progress and resolves with the result', async () => {
    const { port, sent, reply } = fakePort();
    const client = new InspectionClient(port);
    const images = [new ArrayBuffer(8), new ArrayBuffer(16)];
    const progress: number[] = [];
    const done = client.request({ type: 'fit', images, roi: undefined }, (d) => progress.push(d));
    const first = sent[0];
    expect(first?.message.request.type).toBe('fit');
    expect(first?.transfer).toEqual(images);
    const id = first?.message.id ?? 0;
    reply({ id, kind: 'progress', done: 1, total: 2 });
    reply({ id, kind: 'progress', done: 2, total: 2 });
    reply({ id, kind: 'result', result: { model: new Uint8Array([1]), goodScores: new Float32Array([1]), threshold: 2, skipped: [], suspects: [], copies: [] } });
    await expect(done).resolves.toMatchObject({ threshold: 2 });
    expect(progress).toEqual([1, 2]);
  });

  it('rejects with the coded error the worker reported, and every pending request when stopped', async () => {
    const { port, sent, reply } = fakePort();
    const client = new InspectionClient(port);
    const check = client.request({ type: 'check', key: 'p', image: new ArrayBuffer(4), roi: undefined, threshold: 1 });
    reply({ id: sent[0]?.message.id ?? 0, kind: 'error', code: 'vision.empty-file', params: {}, message: 'empty' });
    await expect(check).rejects.toMatchObject({ code: 'vision.empty-file' });
    const pending = client.request({ type: 'load', key: 'p', model: new ArrayBuffer(4) });
    client.terminate();
    await expect(pending).rejects.toMatchObject({ code: 'inspect.workerStopped' });
  });
});
