import { describe, expect, it } from 'vitest';
import { CodedError, isCodedError } from '../core/errors';
import { createWorkerClient, inProcessClient, serveWorker, type WorkerLike } from '../shared/worker-transport';
import type { ModelHandlers } from './model-protocol';
import { RemoteFeatureExtractor } from './remote-feature-extractor';

const map = (channels: number, size: number) => ({ channels, height: size, width: size, data: new Float32Array(channels * size * size) });
const initRequest = { baseUrl: 'app://x/', preference: 'auto', acceptSoftwareAdapter: false } as const;

/** A model worker stand-in behind a real MessageChannel, answering as the real one does. */
function fakeModelWorker(fail?: CodedError): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  const handlers: ModelHandlers = {
    init: async () => ({ choice: { backend: 'wasm', reasons: [], threads: 1 }, modelId: 'm@1', modelSha256: 'abc', inputSize: 8 }),
    extract: async () => {
      if (fail) throw fail;
      return { defectLogits: map(1, 4), featS4: map(2, 4), featS8: map(2, 2), featS16: map(2, 1), featTexture: map(1, 2) };
    },
    timeRuns: async (_input, runs) => Array.from({ length: runs }, () => 1),
  };
  serveWorker(handlers, port2 as unknown as Parameters<typeof serveWorker>[1]);
  return Object.assign(port1 as unknown as WorkerLike, { terminate: () => port1.close() });
}

describe('the backbone in the model worker', () => {
  it('reports the model it runs and hands input tensors over instead of copying them', async () => {
    const remote = new RemoteFeatureExtractor(createWorkerClient<ModelHandlers>(() => fakeModelWorker(), { name: 'model' }));
    await remote.init(initRequest);
    expect([remote.modelId, remote.modelSha256, remote.inputSize]).toEqual(['m@1', 'abc', 8]);
    const input = new Float32Array(3 * 64);
    const out = await remote.extract(input);
    expect(out.featS8.channels).toBe(2);
    expect(input.byteLength).toBe(0);
    expect(await remote.timeRuns(new Float32Array(3 * 64), 3)).toHaveLength(3);
  });

  it('passes on the error code of a failed run so the user sees the same message as before', async () => {
    const failure = new CodedError('vision.model-output-mismatch', { name: 'feat_s8' });
    const remote = new RemoteFeatureExtractor(createWorkerClient<ModelHandlers>(() => fakeModelWorker(failure), { name: 'model' }));
    await remote.init(initRequest);
    const error: unknown = await remote.extract(new Float32Array(3)).catch((e: unknown) => e);
    expect(isCodedError(error) && error.code).toBe('vision.model-output-mismatch');
    expect(isCodedError(error) && error.params).toEqual({ name: 'feat_s8' });
  });

  it('fails what is waiting when the model worker itself fails, instead of waiting for ever', async () => {
    let fail: (() => void) | undefined;
    const { port1 } = new MessageChannel();
    const worker = Object.assign(port1 as unknown as WorkerLike, {
      terminate: () => port1.close(),
      addEventListener: (type: string, listener: (event: Event) => void) => {
        if (type === 'error')
          fail = () => listener(Object.assign(new Event('error', { cancelable: true }), { message: 'script failed to load' }));
      },
    });
    const remote = new RemoteFeatureExtractor(createWorkerClient<ModelHandlers>(() => worker, { name: 'model' }));
    const init = remote.init(initRequest);
    fail?.();
    await expect(init).rejects.toThrow(/model worker failed: script failed to load/);
  });

  it('says so when used before the model worker has started', () => {
    const handlers = {} as ModelHandlers;
    expect(() => new RemoteFeatureExtractor(inProcessClient(handlers)).inputSize).toThrow(/not initialised/);
  });
});
