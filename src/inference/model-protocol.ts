import type { BackboneOutput } from '../core/vision/features';
import type { CachedBenchmark } from './backend-benchmark';
import type { BackendChoice, BackendPreference } from './backend-choice';

/** How the app asks for a model session: where models/ and ort/ are served, and which backend it prefers. */
export interface ModelInitRequest {
  /** Where models/ and ort/ are served (the app's own origin). */
  baseUrl: string;
  preference: BackendPreference;
  acceptSoftwareAdapter: boolean;
  /** The last start-up benchmark, remembered by the app; reused while its key still matches. */
  cachedBenchmark?: CachedBenchmark | undefined;
}

export interface ModelStart {
  choice: BackendChoice;
  /** A benchmark measured during this start, for the app to remember. */
  benchmark?: CachedBenchmark | undefined;
  modelId: string;
}

export interface ModelInitResult extends ModelStart {
  readonly modelSha256: string;
  readonly inputSize: number;
}

/**
 * The model worker's API, called by the inspection worker. The model worker owns the onnxruntime-web session
 * and nothing else, so the inspection worker decodes, preprocesses and scores the neighbouring images of a batch
 * while the model runs (see remote-feature-extractor.ts). Tensors travel as transferred buffers.
 */
export interface ModelHandlers {
  [name: string]: (...args: never[]) => unknown;
  init(request: ModelInitRequest): Promise<ModelInitResult>;
  extract(input: Float32Array): Promise<BackboneOutput>;
  /** Times `runs` session runs on one input, inside the model worker (the benchmark's bare figure). */
  timeRuns(input: Float32Array, runs: number): Promise<number[]>;
}
