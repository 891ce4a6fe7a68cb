/// <reference lib="webworker" />
import * as ort from 'onnxruntime-web';
import { isCodedError } from '../core/errors';
import type { BackboneOutput } from '../core/vision/features';
import { version as appVersion } from '../../package.json';
import { benchmarkKey, choiceFromBenchmark, planBenchmark, runBenchmark, type CachedBenchmark } from './backend-benchmark';
import { chooseBackend, fallbackAfterGpuFailure, type BackendChoice } from './backend-choice';
import { decideCapabilities, probeWasm, probeWebGpu } from './capabilities';
import { oneAtATime, serveWorker, transfer } from '../shared/worker-transport';
import type { ModelHandlers, ModelInitRequest, ModelInitResult } from './model-protocol';
import { DEFECT_BACKBONE, findModel, parseModelManifest, type ModelEntry } from './model-manifest';
import { createOnnxFeatureExtractor, type OnnxFeatureExtractor } from './onnx-feature-extractor';

/**
 * The model worker: the onnxruntime-web session alone, started by the inspection worker. Keeping the session
 * here leaves the inspection worker's thread free to decode, preprocess and score other images while a model
 * run is in progress (onnxruntime-web's run blocks the thread it runs on).
 */

declare const self: DedicatedWorkerGlobalScope;

let extractor: OnnxFeatureExtractor | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function init(request: ModelInitRequest): Promise<ModelInitResult> {
  const caps = decideCapabilities(await probeWebGpu(self.navigator as NonNullable<Parameters<typeof probeWebGpu>[0]>), probeWasm(self));
  let choice: BackendChoice = chooseBackend(caps, request.preference, request.acceptSoftwareAdapter);
  // Paths and threads must be set before the first session; the thread count is fixed for this worker's life.
  ort.env.wasm.wasmPaths = {
    wasm: new URL('ort/ort-wasm-simd-threaded.jsep.wasm', request.baseUrl).href,
    mjs: new URL('ort/ort-wasm-simd-threaded.jsep.mjs', request.baseUrl).href,
  };
  // every WASM session of this worker (the choice, the benchmark's, a fallback after a GPU failure) gets the
  // thread count the WASM choice reports
  ort.env.wasm.numThreads = caps.wasmThreads.available ? caps.wasmThreads.threadCount : 1;
  const manifest = parseModelManifest((await (await fetch(new URL('models/manifest.json', request.baseUrl))).json()) as unknown);
  const entry = findModel(manifest, DEFECT_BACKBONE);
  const bytes = await fetchBytes(new URL(`models/${entry.file}`, request.baseUrl).href);
  const adapter = caps.webgpu.adapter;
  const key = adapter ? benchmarkKey(appVersion, `${entry.name}@${entry.version}`, entry.sha256, adapter) : undefined;
  const plan = planBenchmark(caps, request.preference, key, request.cachedBenchmark);
  let session: OnnxFeatureExtractor;
  let benchmark: CachedBenchmark | undefined;
  if (plan.kind === 'measure') {
    const input = benchmarkInput(entry);
    const run = await runBenchmark(caps, plan.key, async (backend) => {
      const created = await createOnnxFeatureExtractor(bytes, entry, { executionProviders: [backend] });
      return { session: created, run: async () => void (await created.extract(input)), release: () => created.release() };
    });
    ({ choice, session, result: benchmark } = run);
  } else {
    if (plan.kind === 'cached') choice = choiceFromBenchmark(caps, plan.cached, true);
    try {
      session = await createOnnxFeatureExtractor(bytes, entry, { executionProviders: choice.backend === 'webgpu' ? ['webgpu'] : ['wasm'] });
    } catch (error) {
      if (choice.backend !== 'webgpu' || isCodedError(error)) throw error;
      choice = fallbackAfterGpuFailure(caps);
      session = await createOnnxFeatureExtractor(bytes, entry, { executionProviders: ['wasm'] });
    }
  }
  extractor = session;
  return { choice, modelId: session.modelId, modelSha256: session.modelSha256, inputSize: session.inputSize, benchmark };
}

/** A fixed, part-like input (a smooth pattern) so every benchmark measures the same work. */
function benchmarkInput(entry: ModelEntry): Float32Array {
  const [, , h = 0, w = 0] = entry.input.shape;
  const plane = h * w;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = 0.5 + 0.25 * Math.sin(x / 6) * Math.cos(y / 9);
      for (let c = 0; c < 3; c++) data[c * plane + y * w + x] = v;
    }
  }
  return data;
}

function ready(): OnnxFeatureExtractor {
  if (!extractor) throw new Error('the model worker was not initialised');
  return extractor;
}

/** The output maps' buffers, handed over instead of copied (a copy first where the runtime shares its memory). */
function detachable(out: BackboneOutput): { out: BackboneOutput; transfer: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>();
  const own = (data: Float32Array): Float32Array => {
    const copy = data.buffer instanceof ArrayBuffer && !transfer.has(data.buffer) ? data : data.slice();
    transfer.add(copy.buffer as ArrayBuffer);
    return copy;
  };
  const map = (m: BackboneOutput['featS4']) => ({ ...m, data: own(m.data) });
  const features = { featS4: map(out.featS4), featS8: map(out.featS8), featS16: map(out.featS16), featTexture: map(out.featTexture) };
  // backbones from 1.1.0 have no defect map
  const moved: BackboneOutput = out.defectLogits ? { ...features, defectLogits: map(out.defectLogits) } : features;
  return { out: moved, transfer: [...transfer] };
}

// one request at a time: the session is not re-entrant
const inTurn = oneAtATime();

serveWorker<ModelHandlers>({
  init: (request) => inTurn(() => init(request)),
  extract: (input) =>
    inTurn(async () => {
      const { out, transfer: buffers } = detachable(await ready().extract(input));
      return transfer(out, buffers);
    }),
  timeRuns: (input, runs) =>
    inTurn(async () => {
      const session = ready();
      await session.extract(input);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await session.extract(input);
        times.push(performance.now() - t);
      }
      return times;
    }),
});
