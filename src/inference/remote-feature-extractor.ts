import { CodedError } from '../core/errors';
import type { BackboneOutput, FeatureExtractor } from '../core/vision/features';
import type { InitRequest } from '../app/inspection/inspection-protocol';
import type { ModelEnvelope, ModelInitResult, ModelReply, ModelRequest, ModelResults } from './model-protocol';

/** Anything that carries model-worker messages (a Worker, or a fake in tests). */
export interface ModelPort {
  postMessage(message: ModelEnvelope, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ModelReply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
}

/**
 * The backbone as the inspection engine sees it, running in the model worker: `extract` hands the input
 * tensor over and resolves with the output maps. Requests queue in the model worker in the order sent, so an
 * image whose input is ready can be sent while the previous one is still being scored here.
 */
export class RemoteFeatureExtractor implements FeatureExtractor {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  private info: ModelInitResult | undefined;

  constructor(private readonly port: ModelPort) {
    port.onmessage = ({ data }) => {
      const entry = this.pending.get(data.id);
      if (!entry) return;
      this.pending.delete(data.id);
      if (data.kind === 'result') entry.resolve(data.result);
      else entry.reject(data.code === undefined ? new Error(data.message) : Object.assign(new CodedError(data.code, data.params), { message: data.message }));
    };
    // a model worker that could not start (or died) fails what was asked of it instead of leaving it waiting
    port.onerror = (event) => {
      for (const entry of this.pending.values()) entry.reject(new Error(`the model worker failed: ${event.message}`));
      this.pending.clear();
    };
  }

  private request<R extends ModelRequest>(request: R, transfer: Transferable[] = []): Promise<ModelResults[R['type']]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.port.postMessage({ id, request }, transfer);
    });
  }

  async init(request: InitRequest): Promise<ModelInitResult> {
    this.info = await this.request({ type: 'init', init: request });
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
    return this.request({ type: 'extract', input }, [input.buffer]);
  }

  /** Session runs timed inside the model worker, message passing excluded (the benchmark's bare figure). */
  timeRuns(input: Float32Array, runs: number): Promise<number[]> {
    return this.request({ type: 'timeRuns', input, runs }, [input.buffer]);
  }
}
