import { describe, expect, it } from 'vitest';
import { isCodedError } from '../core/errors';
import type { ModelEnvelope, ModelReply } from './model-protocol';
import { RemoteFeatureExtractor, type ModelPort } from './remote-feature-extractor';

const map = (channels: number, size: number) => ({ channels, height: size, width: size, data: new Float32Array(channels * size * size) });

/** A model worker stand-in that answers in the order it was asked, as the real one does. */
function fakeModelWorker(fail?: { code: string | undefined; message: string }) {
  const sent: { envelope: ModelEnvelope; transfer: Transferable[] }[] = [];
  const port: ModelPort = {
    onmessage: null,
    postMessage(envelope, transfer) {
      sent.push({ envelope, transfer });
      const { id, request } = envelope;
      let reply: ModelReply;
      if (fail && request.type !== 'init') reply = { id, kind: 'error', code: fail.code, params: { name: 'feat_s8' }, message: fail.message };
      else if (request.type === 'init') reply = { id, kind: 'result', result: { choice: { backend: 'wasm', reasons: [], threads: 1 }, modelId: 'm@1', modelSha256: 'abc', inputSize: 8 } };
      else if (request.type === 'extract') reply = { id, kind: 'result', result: { defectLogits: map(1, 4), featS4: map(2, 4), featS8: map(2, 2), featS16: map(2, 1), featTexture: map(1, 2) } };
      else reply = { id, kind: 'result', result: Array.from({ length: request.runs }, () => 1) };
      queueMicrotask(() => port.onmessage?.({ data: reply } as MessageEvent<ModelReply>));
    },
  };
  return { port, sent };
}

describe('the backbone in the model worker', () => {
  it('reports the model it runs and hands input tensors over instead of copying them', async () => {
    const { port, sent } = fakeModelWorker();
    const remote = new RemoteFeatureExtractor(port);
    await remote.init({ type: 'init', baseUrl: 'app://x/', preference: 'auto', acceptSoftwareAdapter: false });
    expect([remote.modelId, remote.modelSha256, remote.inputSize]).toEqual(['m@1', 'abc', 8]);
    const input = new Float32Array(3 * 64);
    const out = await remote.extract(input);
    expect(out.featS8.channels).toBe(2);
    expect(sent.at(-1)?.transfer).toEqual([input.buffer]);
    expect(await remote.timeRuns(new Float32Array(3 * 64), 3)).toHaveLength(3);
  });

  it('passes on the error code of a failed run so the user sees the same message as before', async () => {
    const { port } = fakeModelWorker({ code: 'vision.model-output-mismatch', message: 'The model output "feat_s8" has shape []' });
    const remote = new RemoteFeatureExtractor(port);
    await remote.init({ type: 'init', baseUrl: 'app://x/', preference: 'auto', acceptSoftwareAdapter: false });
    const error: unknown = await remote.extract(new Float32Array(3)).catch((e: unknown) => e);
    expect(isCodedError(error) && error.code).toBe('vision.model-output-mismatch');
    expect(isCodedError(error) && error.params).toEqual({ name: 'feat_s8' });
  });

  it('fails what is waiting when the model worker itself fails, instead of waiting for ever', async () => {
    const port: ModelPort = { onmessage: null, postMessage: () => undefined };
    const remote = new RemoteFeatureExtractor(port);
    const init = remote.init({ type: 'init', baseUrl: 'app://x/', preference: 'auto', acceptSoftwareAdapter: false });
    port.onerror?.({ message: 'script failed to load' } as ErrorEvent);
    await expect(init).rejects.toThrow(/model worker failed: script failed to load/);
  });

  it('says so when used before the model worker has started', () => {
    expect(() => new RemoteFeatureExtractor(fakeModelWorker().port).inputSize).toThrow(/not initialised/);
  });
});
