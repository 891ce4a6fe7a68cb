import type {
  CheckOutcome,
  EngineExtractor,
  FitOutcome,
  ImageDecoder,
  PreparedImage,
  TeachTypesOutcome,
} from '../../core/inspection/inspection-engine';
import { InspectionEngine } from '../../core/inspection/inspection-engine';
import type { Verdict } from '../../core/inspection/records';
import type { RefitOutcome } from '../../core/inspection/refit-engine';
import type { Roi } from '../../core/inspection/roi';
import type { JpegEncoder } from '../../core/inspection/thumbnail';
import type { StoredImageRef } from '../../db/stored-image';
import type { ModelInitRequest, ModelStart } from '../../inference/model-protocol';
import { oneAtATime, transfer } from '../../shared/worker-transport';

/** What the inspection worker is built from: the browser's pieces in the worker, Node's in tests and the bench. */
export interface InspectionWorkerParts {
  /** Starts the model (in the browser: in a model worker of its own). */
  startModel(request: ModelInitRequest): Promise<{ extractor: EngineExtractor; start: ModelStart }>;
  encodeJpeg?: JpegEncoder;
  decode?: ImageDecoder;
  /** Reads a queued batch image from IndexedDB, so its bytes never pass through the screen's thread. */
  readStoredImage(ref: StoredImageRef): Promise<Uint8Array>;
}

export type CheckImage = ArrayBuffer | StoredImageRef;

const isStoredImageRef = (image: CheckImage): image is StoredImageRef => typeof (image as Partial<StoredImageRef>).key === 'string';

export interface CheckRequest {
  key: string;
  /** The image's bytes, or where a queued batch image is stored (the worker reads it itself). */
  image: CheckImage;
  roi: Roi | undefined;
  threshold: number;
  /** Score from which the result keeps a refit copy of the image (see core/inspection/refit-copy.ts). */
  copyFrom?: number;
}

export interface RefitRequest {
  key: string;
  teachGood: ArrayBuffer[];
  teachDefects: { label: string; image: ArrayBuffer }[];
  corrections: { expected: Verdict; label?: string; image: ArrayBuffer }[];
}

type Progress = (done: number, total: number) => void;

/**
 * The inspection worker's API. Requests run one after another (the session is not re-entrant and a batch keeps
 * its order), except that a check starts decoding as soon as it arrives, and the next request may start while a
 * check's thumbnail is still being encoded: with two checks in flight, decoding overlaps inference.
 */
export function inspectionHandlers(parts: InspectionWorkerParts) {
  let engine: InspectionEngine | undefined;
  const inTurn = oneAtATime();
  const ready = (): InspectionEngine => {
    if (!engine) throw new Error('the inspection worker was not initialised');
    return engine;
  };
  // Told apart by the reference's shape, not `instanceof ArrayBuffer`: bytes cloned from another realm (a test's
  // jsdom page) are an ArrayBuffer of that realm.
  const bytesOf = (image: CheckImage): Promise<Uint8Array> =>
    isStoredImageRef(image) ? parts.readStoredImage(image) : Promise.resolve(new Uint8Array(image));

  return {
    init: (request: ModelInitRequest): Promise<ModelStart> =>
      inTurn(async () => {
        const { extractor, start } = await parts.startModel(request);
        engine = new InspectionEngine(extractor, parts.encodeJpeg, parts.decode);
        return { choice: start.choice, modelId: start.modelId, benchmark: start.benchmark };
      }),

    fit: (images: ArrayBuffer[], roi: Roi | undefined, onProgress?: Progress): Promise<FitOutcome> =>
      inTurn(async () => {
        const out = await ready().fit(
          images.map((b) => new Uint8Array(b)),
          roi,
          onProgress,
        );
        return transfer(out, [out.model.buffer as ArrayBuffer, ...out.copies.map((c) => c.buffer as ArrayBuffer)]);
      }),

    load: (key: string, model: ArrayBuffer): Promise<null> =>
      inTurn(async () => {
        ready().load(key, new Uint8Array(model));
        return null;
      }),

    check: async (request: CheckRequest): Promise<CheckOutcome> => {
      // Decoding starts at once (the browser decodes off this thread) while earlier requests still run;
      // its failure is reported in its turn.
      const prepared: Promise<PreparedImage> | undefined = engine
        ? bytesOf(request.image).then((bytes) => ready().prepare(bytes, request.roi))
        : undefined;
      prepared?.catch(() => undefined);
      const { finish } = await inTurn(async () => {
        const image = prepared ?? (await bytesOf(request.image));
        return ready().checkUntilThumbnail(request.key, image, request.roi, request.threshold, request.copyFrom);
      });
      const out = await finish;
      return transfer(out, [
        out.thumbnail.buffer as ArrayBuffer,
        out.map.data.buffer as ArrayBuffer,
        ...(out.refitCopy ? [out.refitCopy.buffer as ArrayBuffer] : []),
      ]);
    },

    /** `box`: where the user marked the defect, in fractions of the photo (optional). */
    teachTypes: (
      key: string,
      examples: { label: string; image: ArrayBuffer; box?: Roi }[],
      roi: Roi | undefined,
    ): Promise<TeachTypesOutcome> =>
      inTurn(async () => {
        const out = await ready().teachTypes(
          key,
          examples.map((e) => ({ label: e.label, bytes: new Uint8Array(e.image), ...(e.box ? { box: e.box } : {}) })),
          roi,
        );
        return transfer(out, [out.model.buffer as ArrayBuffer, ...out.copies.map((c) => c.bytes.buffer as ArrayBuffer)]);
      }),

    /** Fits the project's model again from stored copies; the current model stays in use until the new one is loaded. */
    refit: (request: RefitRequest, onProgress?: Progress): Promise<RefitOutcome> =>
      inTurn(async () => {
        const out = await ready().refit(
          request.key,
          {
            teachGood: request.teachGood.map((b) => new Uint8Array(b)),
            teachDefects: request.teachDefects.map((e) => ({ label: e.label, bytes: new Uint8Array(e.image) })),
            corrections: request.corrections.map((c) => ({
              expected: c.expected,
              ...(c.label ? { label: c.label } : {}),
              bytes: new Uint8Array(c.image),
            })),
          },
          onProgress,
        );
        return transfer(out, [out.model.buffer as ArrayBuffer]);
      }),

    /** Times the bare model run on this image's input (the benchmark's reference; same session, backend, threads). */
    timeModel: (image: ArrayBuffer, runs: number): Promise<number[]> => inTurn(() => ready().timeModel(new Uint8Array(image), runs)),
  };
}

export type InspectionHandlers = ReturnType<typeof inspectionHandlers>;
