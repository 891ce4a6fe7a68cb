import * as Comlink from 'comlink';
import { CodedError, isCodedError, type ErrorParams } from '../core/errors';

/**
 * The one way the app talks to its workers: a worker serves a map of async handlers (`serveWorker`), the app
 * calls them through a typed client (`createWorkerClient<Handlers>()`), on comlink. Every worker shares the
 * same behaviour:
 * - errors: a handler's error arrives as an Error with the same message, and a coded error keeps its code
 *   and params (so the screen can translate it); a worker that fails to load or crashes rejects every pending call;
 * - transferables: wrap an argument or a result in `transfer(value, [buffers])`;
 * - callbacks (progress): a function argument is called back across the boundary;
 * - cancellation: pass `{ signal }` as the last argument of `call()`; an aborted call rejects with a
 *   `WorkerClosedError` at once, and a per-call worker is terminated;
 * - shutdown: `close()` terminates the worker and rejects pending calls with `WorkerClosedError`, which
 *   `isWorkerClosed` recognises, so leaving a screen is never reported as a failure.
 */

/** A worker's API: named async functions (arguments and results must be structured-clonable). */
export type Handlers = { [name: string]: (...args: never[]) => unknown };

/** Raised for calls cut short by `close()` or an abort: the user left, nothing went wrong. */
export class WorkerClosedError extends CodedError {
  constructor(worker: string) {
    super('worker.closed', { worker });
    this.name = 'WorkerClosedError';
  }
}

export function isWorkerClosed(error: unknown): boolean {
  return error instanceof WorkerClosedError || (isCodedError(error) && error.code === 'worker.closed');
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** What a handler's call resolves to. */
export type Reply<H extends Handlers, K extends keyof H> = Awaited<ReturnType<H[K]>>;

export interface WorkerClient<H extends Handlers> {
  call<K extends keyof H & string>(name: K, args: Parameters<H[K]>, options?: CallOptions): Promise<Reply<H, K>>;
  /** Terminates the worker (a later call starts a new one) and ends pending calls with WorkerClosedError. */
  close(): void;
}

export interface WorkerClientOptions {
  /** Named in errors. */
  name: string;
  /** 'per-call': a fresh worker for each call, terminated after it (frees large libraries' memory at once). */
  lifetime?: 'kept' | 'per-call';
}

/** Marks transferable buffers in an argument or a result, so they move instead of being copied. */
export function transfer<T>(value: T, transferables: Transferable[]): T {
  return Comlink.transfer(value, transferables);
}

interface CodedWire {
  coded: { code: string; params: ErrorParams; message: string };
}

// Comlink sends only name/message/stack of a thrown Error; keep the code and params of coded errors too,
// so a worker's translated failure reaches the screen as the same code.
const comlinkThrow = Comlink.transferHandlers.get('throw');
if (comlinkThrow) {
  Comlink.transferHandlers.set('throw', {
    canHandle: (value: unknown): value is unknown => comlinkThrow.canHandle(value),
    serialize: (thrown: unknown) => {
      const { value } = thrown as { value: unknown };
      if (isCodedError(value))
        return [{ coded: { code: value.code, params: value.params, message: value.message } } satisfies CodedWire, []];
      return comlinkThrow.serialize(thrown);
    },
    deserialize: (wire: unknown) => {
      if (typeof wire === 'object' && wire !== null && 'coded' in wire) {
        const { code, params, message } = (wire as CodedWire).coded;
        const error = new CodedError(code, params);
        error.message = message;
        throw error;
      }
      return comlinkThrow.deserialize(wire);
    },
  });
}

/** Inside a worker: answers the app's calls with these handlers. */
export function serveWorker<H extends Handlers>(handlers: H, endpoint?: Comlink.Endpoint): void {
  Comlink.expose(handlers, endpoint);
}

/** What a client talks to: a Worker, or (in tests) one end of a MessageChannel. */
export type WorkerLike = Comlink.Endpoint & { terminate(): void };

interface Running<H extends Handlers> {
  worker: WorkerLike;
  remote: Comlink.Remote<H>;
  pending: Set<(error: Error) => void>;
}

/** In the app: a typed client for a worker started by `start` (on first call, so a screen that never calls it never pays). */
export function createWorkerClient<H extends Handlers>(start: () => WorkerLike, options: WorkerClientOptions): WorkerClient<H> {
  let kept: Running<H> | undefined;

  const launch = (): Running<H> => {
    const worker = start();
    const running: Running<H> = { worker, remote: Comlink.wrap<H>(worker), pending: new Set() };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const message = (event as ErrorEvent).message;
      stop(running, new Error(`the ${options.name} worker failed${message ? `: ${message}` : ''}`));
    });
    return running;
  };

  const stop = (running: Running<H>, reason: Error) => {
    running.worker.terminate();
    if (kept === running) kept = undefined;
    for (const reject of running.pending) reject(reason);
    running.pending.clear();
  };

  return {
    call(name, args, callOptions = {}) {
      const { signal } = callOptions;
      if (signal?.aborted) return Promise.reject(new WorkerClosedError(options.name));
      let running: Running<H>;
      try {
        running = options.lifetime === 'per-call' ? launch() : (kept ??= launch());
      } catch (error) {
        // No Worker here (Node), or the script was refused: the caller sees a rejected call, as for any failure.
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return new Promise((resolve, reject) => {
        const fail = (error: Error) => reject(error);
        running.pending.add(fail);
        const onAbort = () => {
          running.pending.delete(fail);
          if (options.lifetime === 'per-call') stop(running, new WorkerClosedError(options.name));
          reject(new WorkerClosedError(options.name));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const method = running.remote[name] as unknown as (...callArgs: unknown[]) => Promise<Reply<H, typeof name>>;
        // Callbacks come back on a port of their own, so one may arrive after the result: it is dropped then.
        let settled = false;
        const callback = (fn: (...callbackArgs: unknown[]) => unknown) =>
          Comlink.proxy((...callbackArgs: unknown[]) => (settled ? undefined : fn(...callbackArgs)));
        method(...args.map((arg: unknown) => (typeof arg === 'function' ? callback(arg as (...callbackArgs: unknown[]) => unknown) : arg)))
          .then(resolve, reject)
          .finally(() => {
            settled = true;
            running.pending.delete(fail);
            signal?.removeEventListener('abort', onAbort);
            if (options.lifetime === 'per-call') running.worker.terminate();
          });
      });
    },
    close() {
      if (kept) stop(kept, new WorkerClosedError(options.name));
    },
  };
}

/**
 * The same client over handlers called in this thread: for Node tests (the real handlers, no Worker) and for
 * environments without workers. Arguments are structured-cloned as a worker would receive them.
 */
export function inProcessClient<H extends Handlers>(handlers: H, name = 'in-process'): WorkerClient<H> {
  let closed = false;
  return {
    async call<K extends keyof H & string>(method: K, args: Parameters<H[K]>, callOptions: CallOptions = {}): Promise<Reply<H, K>> {
      if (closed || callOptions.signal?.aborted) throw new WorkerClosedError(name);
      const handler = handlers[method] as unknown as (...callArgs: unknown[]) => unknown;
      const cloned = (args as unknown[]).map((arg) => (typeof arg === 'function' ? arg : structuredClone(arg)));
      return (await handler(...cloned)) as Reply<H, K>;
    },
    close() {
      closed = true;
    },
  };
}

/**
 * Runs work one item after another in call order (a model session is not re-entrant and a batch keeps its
 * order), while each caller still gets its own result or error.
 */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
}
