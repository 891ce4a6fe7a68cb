import { cropToRoi, type Roi } from '../core/inspect/roi';
import { quantizeMap, type QuantizedMap } from '../core/inspect/quantized-map';
import { encodeRefitCopy } from '../core/inspect/refit-copy';
import { encodeJpegJs, thumbnailRgba, type JpegEncoder } from '../core/inspect/thumbnail';
import { isCodedError } from '../core/errors';
import { refitFromCopies, type RefitInput, type RefitOutcome } from './refit-engine';
import {
  analyseImage,
  backboneOf,
  buildPrototypes,
  classifyDefect,
  decodeImage,
  deserializeInspectionModel,
  fitInspectionModel,
  regionEmbedding,
  scoreEvidence,
  serializeInspectionModel,
  type FeatureExtractor,
  type ImageEvidence,
  type InspectionModel,
} from '../core/vision';

/** Why one image of a set was skipped: an error code the UI translates, with its parameters. */
export interface SkippedImage {
  readonly index: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface FitOutcome {
  readonly model: Uint8Array;
  readonly goodScores: Float32Array;
  readonly threshold: number;
  readonly skipped: SkippedImage[];
  /** Refit copies of the images used, in order (skipped ones left out), kept as the teaching set. */
  readonly copies: Uint8Array[];
}

export interface CheckTiming {
  readonly decodeMs: number;
  readonly modelMs: number;
  readonly scoreMs: number;
  readonly totalMs: number;
}

export interface CheckOutcome {
  readonly score: number;
  readonly isDefect: boolean;
  readonly threshold: number;
  readonly defectType: string | undefined;
  readonly map: QuantizedMap;
  /** Size of the inspected area (the region of interest when there is one). */
  readonly width: number;
  readonly height: number;
  readonly thumbnail: Uint8Array;
  /** The image as the network saw it, for a later refit; only when the score reached `copyFrom`. */
  readonly refitCopy: Uint8Array | undefined;
  readonly timing: CheckTiming;
}

export interface TeachTypesOutcome {
  readonly model: Uint8Array;
  readonly types: { name: string; examples: number }[];
  readonly skipped: SkippedImage[];
  /** Refit copies of the usable examples, kept so a refit can rebuild the types. */
  readonly copies: { label: string; bytes: Uint8Array }[];
}

export function skippedFrom(index: number, error: unknown): SkippedImage {
  if (isCodedError(error)) return { index, code: error.code, params: error.params };
  return { index, code: 'vision.corrupt-image', params: {} };
}

const now = (): number => performance.now();

/**
 * Everything the inspection worker does, free of worker plumbing so Node tests and the benchmark run
 * the very same code. Fitted models are kept per project key so a batch does not re-parse its model.
 */
export class InspectionEngine {
  private readonly models = new Map<string, InspectionModel>();

  constructor(
    private readonly extractor: FeatureExtractor,
    private readonly encodeJpeg: JpegEncoder = encodeJpegJs,
  ) {}

  private async evidence(bytes: Uint8Array, roi: Roi | undefined): Promise<{ evidence: ImageEvidence; thumbnail: () => Promise<Uint8Array>; copy: () => Promise<Uint8Array | undefined>; decodeMs: number; modelMs: number }> {
    const t0 = now();
    const image = cropToRoi(decodeImage(bytes), roi);
    const t1 = now();
    const evidence = await analyseImage(this.extractor, image);
    return {
      evidence,
      thumbnail: () => this.encodeJpeg(thumbnailRgba(image), 70),
      copy: () => encodeRefitCopy(image, this.extractor.inputSize, this.encodeJpeg),
      decodeMs: t1 - t0,
      modelMs: now() - t1,
    };
  }

  async fit(images: readonly Uint8Array[], roi: Roi | undefined, onProgress?: (done: number, total: number) => void): Promise<FitOutcome> {
    const samples: ImageEvidence[] = [];
    const skipped: SkippedImage[] = [];
    const copies: Uint8Array[] = [];
    for (const [index, bytes] of images.entries()) {
      try {
        const { evidence, copy } = await this.evidence(bytes, roi);
        samples.push(evidence);
        const kept = await copy();
        if (kept) copies.push(kept);
      } catch (error) {
        skipped.push(skippedFrom(index, error));
      }
      onProgress?.(index + 1, images.length);
    }
    const model = fitInspectionModel(samples, backboneOf(this.extractor));
    return { model: serializeInspectionModel(model), goodScores: model.goodScores, threshold: model.threshold, skipped, copies };
  }

  load(key: string, bytes: Uint8Array): void {
    this.models.set(key, deserializeInspectionModel(bytes, { id: this.extractor.modelId, sha256: this.extractor.modelSha256 }));
  }

  private model(key: string): InspectionModel {
    const model = this.models.get(key);
    if (!model) throw new Error(`no inspection model loaded for ${key}`);
    return model;
  }

  async check(key: string, bytes: Uint8Array, roi: Roi | undefined, threshold: number, copyFrom?: number): Promise<CheckOutcome> {
    const start = now();
    const model = this.model(key);
    const { evidence, thumbnail, copy, decodeMs, modelMs } = await this.evidence(bytes, roi);
    const t2 = now();
    const scored = scoreEvidence(model, evidence);
    const isDefect = scored.score >= threshold;
    const type = isDefect ? classifyDefect(model.defectTypes, regionEmbedding(model, scored.descriptors, scored.map)) : undefined;
    const map = quantizeMap(scored.map, model.grid.height, model.grid.width);
    const thumb = await thumbnail();
    const refitCopy = copyFrom !== undefined && scored.score >= copyFrom ? await copy() : undefined;
    const end = now();
    return {
      score: scored.score,
      isDefect,
      threshold,
      defectType: type?.name,
      map,
      width: evidence.width,
      height: evidence.height,
      thumbnail: thumb,
      refitCopy,
      timing: { decodeMs, modelMs, scoreMs: end - t2, totalMs: end - start },
    };
  }

  /** Adds defect types (replacing all earlier ones) from a few labelled examples each. */
  async teachTypes(key: string, examples: readonly { label: string; bytes: Uint8Array }[], roi: Roi | undefined): Promise<TeachTypesOutcome> {
    const model = this.model(key);
    const embeddings: { label: string; embedding: Float32Array }[] = [];
    const skipped: SkippedImage[] = [];
    const copies: { label: string; bytes: Uint8Array }[] = [];
    for (const [index, example] of examples.entries()) {
      try {
        const { evidence, copy } = await this.evidence(example.bytes, roi);
        const scored = scoreEvidence(model, evidence);
        embeddings.push({ label: example.label, embedding: regionEmbedding(model, scored.descriptors, scored.map) });
        const kept = await copy();
        if (kept) copies.push({ label: example.label, bytes: kept });
      } catch (error) {
        skipped.push(skippedFrom(index, error));
      }
    }
    const defectTypes = buildPrototypes(embeddings);
    const updated: InspectionModel = { ...model, defectTypes };
    this.models.set(key, updated);
    return { model: serializeInspectionModel(updated), types: defectTypes.map((t) => ({ name: t.name, examples: t.examples.length })), skipped, copies };
  }

  /** Fits the project's model again from stored copies (see refit-engine.ts); the loaded model is unchanged until the user accepts. */
  refit(key: string, input: RefitInput, onProgress?: (done: number, total: number) => void): Promise<RefitOutcome> {
    return refitFromCopies(this.extractor, this.models.get(key), input, onProgress);
  }
}
