/// <reference lib="webworker" />
import { isCodedError } from '../../core/errors';
import type { JpegEncoder } from '../../core/inspection/thumbnail';
import { InspectionEngine, type PreparedImage } from '../../core/inspection/inspection-engine';
import { decodeImageNative } from '../../inference/native-decode';
import { readStoredImage } from '../../db/stored-image';
import type { InitRequest, InitResult, WorkerEnvelope, WorkerReply, WorkerRequest, WorkerResults } from './inspection-protocol';
import { RemoteFeatureExtractor, type ModelPort } from '../../inference/remote-feature-extractor';

declare const self: DedicatedWorkerGlobalScope;

let engine: InspectionEngine | undefined;

/** The browser's native JPEG encoder (jpeg-js needs Node's Buffer). */
const canvasJpeg: JpegEncoder = async (image, quality) => {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context for thumbnails');
  ctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: quality / 100 })).arrayBuffer());
};

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(reply, transfer);
}

/**
 * The model session runs in a worker of its own (model.worker.ts): while it runs one image, this thread
 * decodes, preprocesses and scores the images before and after it.
 */
async function init(request: InitRequest): Promise<InitResult> {
  const model = new Worker(new URL('../../inference/model.worker.ts', import.meta.url), { type: 'module', name: 'gz-model' });
  const extractor = new RemoteFeatureExtractor(model as ModelPort);
  const { choice, modelId, benchmark } = await extractor.init(request);
  engine = new InspectionEngine(extractor, canvasJpeg, decodeImageNative);
  return { choice, modelId, benchmark };
}

function ready(): InspectionEngine {
  if (!engine) throw new Error('the inspection worker was not initialised');
  return engine;
}

type Reply = { result: WorkerResults[WorkerRequest['type']]; transfer: Transferable[] };

/** Handles one request; `later` is work that may finish after the next request has started. */
async function handle(id: number, request: WorkerRequest, prepared: Promise<PreparedImage> | undefined): Promise<Reply | { later: Promise<Reply> }> {
  switch (request.type) {
    case 'init':
      return { result: await init(request), transfer: [] };
    case 'fit': {
      const out = await ready().fit(
        request.images.map((b) => new Uint8Array(b)),
        request.roi,
        (done, total) => post({ id, kind: 'progress', done, total }),
      );
      return { result: out, transfer: [out.model.buffer as ArrayBuffer, ...out.copies.map((c) => c.buffer as ArrayBuffer)] };
    }
    case 'load':
      ready().load(request.key, new Uint8Array(request.model));
      return { result: null, transfer: [] };
    case 'check': {
      const image = prepared ?? (request.image instanceof ArrayBuffer ? new Uint8Array(request.image) : await readStoredImage(request.image));
      const { finish } = await ready().checkUntilThumbnail(request.key, image, request.roi, request.threshold, request.copyFrom);
      const later = finish.then((out) => ({
        result: out,
        transfer: [out.thumbnail.buffer as ArrayBuffer, out.map.data.buffer as ArrayBuffer, ...(out.refitCopy ? [out.refitCopy.buffer as ArrayBuffer] : [])],
      }));
      return { later };
    }
    case 'teachTypes': {
      const out = await ready().teachTypes(
        request.key,
        request.examples.map((e) => ({ label: e.label, bytes: new Uint8Array(e.image) })),
        request.roi,
      );
      return { result: out, transfer: [out.model.buffer as ArrayBuffer, ...out.copies.map((c) => c.bytes.buffer as ArrayBuffer)] };
    }
    case 'refit': {
      const out = await ready().refit(
        request.key,
        {
          teachGood: request.teachGood.map((b) => new Uint8Array(b)),
          teachDefects: request.teachDefects.map((e) => ({ label: e.label, bytes: new Uint8Array(e.image) })),
          corrections: request.corrections.map((c) => ({ expected: c.expected, ...(c.label ? { label: c.label } : {}), bytes: new Uint8Array(c.image) })),
        },
        (done, total) => post({ id, kind: 'progress', done, total }),
      );
      return { result: out, transfer: [out.model.buffer as ArrayBuffer] };
    }
    case 'timeModel':
      return { result: await ready().timeModel(new Uint8Array(request.image), request.runs), transfer: [] };
  }
}

function postError(id: number, error: unknown): void {
  const coded = isCodedError(error);
  post({ id, kind: 'error', code: coded ? error.code : 'inspect.unexpected', params: coded ? { ...error.params } : {}, message: error instanceof Error ? error.message : String(error) });
}

// Requests run one after another: the session is not re-entrant and a batch keeps its order.
let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<WorkerEnvelope>) => {
  const { id, request } = event.data;
  // A check starts decoding at once (the browser decodes off this thread) while earlier requests still run,
  // so with two checks in flight decoding overlaps inference. Its failure is reported in its turn.
  const prepared =
    request.type === 'check' && engine
      ? (request.image instanceof ArrayBuffer ? Promise.resolve(new Uint8Array(request.image)) : readStoredImage(request.image)).then((bytes) => ready().prepare(bytes, request.roi))
      : undefined;
  prepared?.catch(() => undefined);
  queue = queue.then(async () => {
    try {
      const reply = await handle(id, request, prepared);
      if ('later' in reply) {
        reply.later.then(({ result, transfer }) => post({ id, kind: 'result', result }, transfer), (error: unknown) => postError(id, error));
      } else {
        post({ id, kind: 'result', result: reply.result }, reply.transfer);
      }
    } catch (error) {
      postError(id, error);
    }
  });
};
