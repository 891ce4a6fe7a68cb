import type { BackboneOutput } from '../core/vision/features';
import type { InitRequest, InitResult } from '../app/inspection/inspection-protocol';

/**
 * Messages between the inspection worker and the model worker it starts. The model worker owns the
 * onnxruntime-web session and nothing else, so the inspection worker decodes, preprocesses and scores the
 * neighbouring images of a batch while the model runs (see remote-feature-extractor.ts). Tensors travel as
 * transferred buffers.
 */
export type ModelRequest =
  | { type: 'init'; init: InitRequest }
  | { type: 'extract'; input: Float32Array }
  /** Times `runs` session runs on one input, inside the model worker (the benchmark's bare figure). */
  | { type: 'timeRuns'; input: Float32Array; runs: number };

export interface ModelInitResult extends InitResult {
  readonly modelSha256: string;
  readonly inputSize: number;
}

export interface ModelResults {
  init: ModelInitResult;
  extract: BackboneOutput;
  timeRuns: number[];
}

export type ModelEnvelope = { id: number; request: ModelRequest };

export type ModelReply =
  | { id: number; kind: 'result'; result: ModelResults[ModelRequest['type']] }
  | { id: number; kind: 'error'; code: string | undefined; params: Record<string, string | number>; message: string };
