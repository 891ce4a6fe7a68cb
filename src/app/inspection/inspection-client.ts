import { CodedError } from '../../core/errors';
import type { WorkerEnvelope, WorkerReply, WorkerRequest, WorkerResults } from './inspection-protocol';

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ((done: number, total: number) => void) | undefined;
};

/** A failure reported by the worker, carrying the code the UI translates. */
export class InspectionWorkerError extends CodedError {
  constructor(code: string, params: Record<string, string | number>, message: string) {
    super(code, params);
    this.name = 'InspectionWorkerError';
    this.message = message;
  }
}

/** Anything that can carry worker messages (a Worker, or a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerEnvelope, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  terminate(): void;
}

/** Buffers each request hands over to the worker instead of copying. */
function transferables(request: WorkerRequest): ArrayBuffer[] {
  switch (request.type) {
    case 'fit':
      return request.images;
    case 'load':
      return [request.model];
    case 'check':
      return request.image instanceof ArrayBuffer ? [request.image] : [];
    case 'timeModel':
      return [request.image];
    case 'teachTypes':
      return request.examples.map((e) => e.image);
    case 'refit':
      return [...request.teachGood, ...request.teachDefects.map((e) => e.image), ...request.corrections.map((c) => c.image)];
    case 'init':
      return [];
  }
}

/** Typed promise-per-request wrapper around the inspection worker. */
export class InspectionClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => this.receive(event.data);
  }

  private receive(reply: WorkerReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if (reply.kind === 'progress') {
      entry.onProgress?.(reply.done, reply.total);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === 'result') entry.resolve(reply.result);
    else entry.reject(new InspectionWorkerError(reply.code, reply.params, reply.message));
  }

  request<R extends WorkerRequest>(request: R, onProgress?: (done: number, total: number) => void): Promise<WorkerResults[R['type']]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      this.port.postMessage({ id, request }, transferables(request));
    });
  }

  terminate(): void {
    this.port.terminate();
    for (const entry of this.pending.values()) entry.reject(new InspectionWorkerError('inspect.workerStopped', {}, 'the inspection worker was stopped'));
    this.pending.clear();
  }
}

export function startInspectionWorker(): InspectionClient {
  const worker = new Worker(new URL('./inspection.worker.ts', import.meta.url), { type: 'module', name: 'gz-inspection' });
  return new InspectionClient(worker as WorkerPort);
}
