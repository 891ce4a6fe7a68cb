import type { BackboneOutput, FeatureExtractor } from '../core/vision/features';
import { transfer, type WorkerClient } from '../shared/worker-transport';
import type { ModelHandlers, ModelInitRequest, ModelInitResult } from './model-protocol';

/**
 * The backbone as the inspection engine sees it, running in the model worker: `extract` hands the input
 * tensor over and resolves with the output maps. Requests queue in the model worker in the order sent, so an
 * image whose input is ready can be sent while the previous one is still being scored here. Errors (coded ones
 * with their code) and a model worker that fails to start come through the worker transport.
 */
export class RemoteFeatureExtractor implements FeatureExtractor {
  private info: ModelInitResult | undefined;

  constructor(private readonly worker: WorkerClient<ModelHandlers>) {}

  async init(request: ModelInitRequest): Promise<ModelInitResult> {
    this.info = await this.worker.call('init', [request]);
    return this.info;
  }

  private ready(): ModelInitResult {
    if (!this.info) throw new Error('the model worker was not initialised');
    return this.info;
  }

  get modelId(): string {
    return this.ready().modelId;
  }

  get modelSha256(): string {
    return this.ready().modelSha256;
  }

  get inputSize(): number {
    return this.ready().inputSize;
  }

  /** Hands `input` over: its buffer is detached afterwards. */
  extract(input: Float32Array): Promise<BackboneOutput> {
    return this.worker.call('extract', [transfer(input, [input.buffer as ArrayBuffer])]);
  }

  /** Session runs timed inside the model worker, message passing excluded (the benchmark's bare figure). */
  timeRuns(input: Float32Array, runs: number): Promise<number[]> {
    return this.worker.call('timeRuns', [transfer(input, [input.buffer as ArrayBuffer]), runs]);
  }
}
