import { boxToCells, cropToRoi, type Roi } from './roi';
import { quantizeMap, type QuantizedMap } from './quantized-map';
import { encodeRefitCopy, encodeTeachCopy } from './refit-copy';
import { encodeJpegJs, thumbnailRgba, type JpegEncoder } from './thumbnail';
import { isCodedError } from '../errors';
import { refitFromCopies, type RefitInput, type RefitOutcome } from './refit-engine';
import {
  analyseImage,
  backboneOf,
  classifyDefect,
  decodeImage,
  deserializeInspectionModel,
  toInputTensor,
  type RgbImage,
  heatOf,
  syntheticDefects,
  teachInspectionModel,
  addTaughtDefects,
  regionEmbedding,
  scoreEvidence,
  serializeInspectionModel,
  suspectGoodScores,
  type FeatureExtractor,
  type ImageEvidence,
  type InspectionModel,
  type AnalysisTiming,
  MIN_FIT_IMAGES,
  type DefectSample,
  type ModelVariant,
  type TeachNotes,
} from '../vision';

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
  /**
   * Indices (into the images given) of teaching images whose held-out score is far above the others':
   * probably not good parts. The automatic threshold already leaves them out; the user is asked to check them.
   */
  readonly suspects: number[];
  /** Lossless copies of the images used (network input), in order (skipped ones left out), kept as the teaching set. */
  readonly copies: Uint8Array[];
  /** The model variant the fitter's self-check kept, and why (the screen shows it in one line). */
  readonly variant?: ModelVariant;
}

/** Where one check's time went, in ms, stage by stage (see test/bench/inspect-pipeline.mjs). */
export interface CheckTiming {
  readonly decodeMs: number;
  /** Resizing to the model's input and converting to its layout. */
  readonly preprocessMs: number;
  /** The session run alone. */
  readonly modelMs: number;
  /** Pooling the backbone outputs onto the scoring grid. */
  readonly featuresMs: number;
  /** Scoring, defect typing and the quantised heat map. */
  readonly scoreMs: number;
  /** Waiting, after scoring, for the thumbnail (and refit copy) encoded meanwhile. */
  readonly thumbnailMs: number;
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
  /** The usable examples' scores under the model, so the threshold screen can say how many of them it catches. */
  readonly defectScores: number[];
  /** Refit copies of the usable examples, kept so a refit can rebuild the types. */
  readonly copies: { label: string; bytes: Uint8Array }[];
  /** The good photos' held-out scores on the taught model's scale (fused with the classifier when there is one). */
  readonly goodScores: Float32Array;
  /** The taught model's automatic threshold (its scores may be on a new scale: the classifier joins them). */
  readonly threshold: number;
  /** Whether the defect photos taught a classifier (two or more, and it helped in cross-validation). */
  readonly fused: boolean;
  /** What the user should check about the photos taught (indices into the usable examples). */
  readonly notes: TeachNotes;
}

export function skippedFrom(index: number, error: unknown): SkippedImage {
  if (isCodedError(error)) return { index, code: error.code, params: error.params };
  return { index, code: 'vision.corrupt-image', params: {} };
}

const now = (): number => performance.now();

/** Synthetic defects pasted onto the first good photos for the fitter's self-check (about a second of backbone time). */
export const SELF_CHECK_DEFECTS = 20;

/** Turns file bytes into RGB pixels: the pure decoders in Node, the browser's own in the worker. */
export type ImageDecoder = (bytes: Uint8Array) => Promise<RgbImage>;

const pureDecode: ImageDecoder = (bytes) => Promise.resolve(decodeImage(bytes));

/**
 * An image decoded and cropped ahead of its turn, its model run already requested: with the model in a worker
 * of its own, the next image's decoding, preprocessing and model run overlap this image's scoring.
 */
export interface PreparedImage {
  readonly image: RgbImage;
  readonly decodeMs: number;
  readonly evidence: Promise<ImageEvidence>;
  /** Filled in when `evidence` resolves. */
  readonly stages: AnalysisTiming;
}

/** A feature extractor that can also time its bare model runs where they happen (the model worker). */
export type EngineExtractor = FeatureExtractor & { timeRuns?(input: Float32Array, runs: number): Promise<number[]> };

/**
 * Everything the inspection worker does, free of worker plumbing so Node tests and the benchmark run
 * the very same code. Fitted models are kept per project key so a batch does not re-parse its model.
 */
export class InspectionEngine {
  private readonly models = new Map<string, InspectionModel>();

  constructor(
    private readonly extractor: EngineExtractor,
    private readonly encodeJpeg: JpegEncoder = encodeJpegJs,
    private readonly decode: ImageDecoder = pureDecode,
  ) {}

  /** Decodes, crops and starts the model run; safe to start before the engine's previous request has finished. */
  async prepare(bytes: Uint8Array, roi: Roi | undefined): Promise<PreparedImage> {
    const t0 = now();
    const image = cropToRoi(await this.decode(bytes), roi);
    const decodeMs = now() - t0;
    const stages: AnalysisTiming = { preprocessMs: 0, modelMs: 0, featuresMs: 0 };
    const evidence = analyseImage(this.extractor, image, stages);
    // a failure is reported when the evidence is awaited, in the image's turn
    evidence.catch(() => undefined);
    return { image, decodeMs, evidence, stages };
  }

  /** The bare model run on one image's input tensor, timed `runs` times (the benchmark's reference figure). */
  async timeModel(bytes: Uint8Array, runs: number): Promise<number[]> {
    const input = toInputTensor(await this.decode(bytes), this.extractor.inputSize).data;
    if (this.extractor.timeRuns) return this.extractor.timeRuns(input, runs);
    await this.extractor.extract(input);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = now();
      await this.extractor.extract(input);
      times.push(now() - t);
    }
    return times;
  }

  /** `thumbnailNow` starts encoding the thumbnail while the model runs (the browser encodes it meanwhile). */
  private async evidence(
    source: Uint8Array | Promise<PreparedImage>,
    roi: Roi | undefined,
    thumbnailNow = false,
  ): Promise<{
    evidence: ImageEvidence;
    thumbnail: () => Promise<Uint8Array>;
    copy: () => Promise<Uint8Array | undefined>;
    teachCopy: () => Uint8Array;
    image: RgbImage;
    decodeMs: number;
    stages: AnalysisTiming;
  }> {
    const prepared = await (source instanceof Uint8Array ? this.prepare(source, roi) : source);
    const { image, decodeMs, stages } = prepared;
    const early = thumbnailNow ? this.encodeJpeg(thumbnailRgba(image), 70) : undefined;
    early?.catch(() => undefined);
    const evidence = await prepared.evidence;
    return {
      evidence,
      thumbnail: () => early ?? this.encodeJpeg(thumbnailRgba(image), 70),
      copy: () => encodeRefitCopy(image, this.extractor.inputSize, this.encodeJpeg),
      teachCopy: () => encodeTeachCopy(image, this.extractor.inputSize),
      image,
      decodeMs,
      stages,
    };
  }

  async fit(images: readonly Uint8Array[], roi: Roi | undefined, onProgress?: (done: number, total: number) => void): Promise<FitOutcome> {
    const samples: ImageEvidence[] = [];
    const skipped: SkippedImage[] = [];
    const copies: Uint8Array[] = [];
    const imageOf: number[] = [];
    const forSelfCheck: RgbImage[] = [];
    for (const [index, bytes] of images.entries()) {
      try {
        const { evidence, teachCopy, image } = await this.evidence(bytes, roi);
        if (forSelfCheck.length < SELF_CHECK_DEFECTS) forSelfCheck.push(image);
        samples.push(evidence);
        imageOf.push(index);
        copies.push(teachCopy());
      } catch (error) {
        skipped.push(skippedFrom(index, error));
      }
      onProgress?.(index + 1, images.length);
    }
    // the self-check: synthetic defects on the user's own good photos tell which model variant suits this surface
    const synthetic: ImageEvidence[] = [];
    if (samples.length >= MIN_FIT_IMAGES)
      for (const image of syntheticDefects(forSelfCheck, SELF_CHECK_DEFECTS, 1)) synthetic.push(await analyseImage(this.extractor, image));
    const { model } = teachInspectionModel(samples, backboneOf(this.extractor), { chooseVariant: true, synthetic });
    const suspects = suspectGoodScores(model.goodScores).map((i) => imageOf[i] ?? i);
    return {
      model: serializeInspectionModel(model),
      goodScores: model.goodScores,
      threshold: model.threshold,
      skipped,
      suspects,
      copies,
      variant: model.variant,
    };
  }

  load(key: string, bytes: Uint8Array): void {
    this.models.set(key, deserializeInspectionModel(bytes, { id: this.extractor.modelId, sha256: this.extractor.modelSha256 }));
  }

  private model(key: string): InspectionModel {
    const model = this.models.get(key);
    if (!model) throw new Error(`no inspection model loaded for ${key}`);
    return model;
  }

  /** `image` is the file's bytes, or the result of `prepare` started earlier. */
  async check(
    key: string,
    image: Uint8Array | Promise<PreparedImage>,
    roi: Roi | undefined,
    threshold: number,
    copyFrom?: number,
  ): Promise<CheckOutcome> {
    const { finish } = await this.checkUntilThumbnail(key, image, roi, threshold, copyFrom);
    return finish;
  }

  /**
   * Checks an image; resolves once it is scored, with `finish` completing when its thumbnail (and refit copy)
   * are encoded. The worker starts the next image's inference meanwhile (the browser encodes JPEGs off its thread).
   */
  async checkUntilThumbnail(
    key: string,
    image: Uint8Array | Promise<PreparedImage>,
    roi: Roi | undefined,
    threshold: number,
    copyFrom?: number,
  ): Promise<{ finish: Promise<CheckOutcome> }> {
    const start = now();
    const model = this.model(key);
    const { evidence, thumbnail, copy, decodeMs, stages } = await this.evidence(image, roi, true);
    const t2 = now();
    const scored = scoreEvidence(model, evidence);
    const isDefect = scored.score >= threshold;
    const type = isDefect ? classifyDefect(model.defectTypes, regionEmbedding(model, scored)) : undefined;
    const heat = heatOf(model, scored.map);
    const map = quantizeMap(heat.map, model.grid.height, model.grid.width, { from: heat.low, to: heat.high });
    const scoreMs = now() - t2;
    const finish = (async (): Promise<CheckOutcome> => {
      const t3 = now();
      const thumb = await thumbnail();
      const refitCopy = copyFrom !== undefined && scored.score >= copyFrom ? await copy() : undefined;
      const thumbnailMs = now() - t3;
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
        timing: { decodeMs, ...stages, scoreMs, thumbnailMs, totalMs: now() - start },
      };
    })();
    return { finish };
  }

  /**
   * Teaches known-bad photos (replacing all taught earlier): they set the defect types, their held-out
   * scores feed the threshold screen, and two or more teach a classifier fused with the anomaly score
   * (see teach.ts addTaughtDefects). `box` is where the user marked the defect (fractions of the photo).
   */
  async teachTypes(
    key: string,
    examples: readonly { label: string; bytes: Uint8Array; box?: Roi }[],
    roi: Roi | undefined,
  ): Promise<TeachTypesOutcome> {
    const model = this.model(key);
    const defects: DefectSample[] = [];
    const skipped: SkippedImage[] = [];
    const copies: { label: string; bytes: Uint8Array }[] = [];
    for (const [index, example] of examples.entries()) {
      try {
        const { evidence, teachCopy } = await this.evidence(example.bytes, roi);
        const region = example.box ? boxToCells(example.box, roi, model.grid.height, model.grid.width) : undefined;
        defects.push({ evidence, label: example.label, ...(region ? { region } : {}) });
        copies.push({ label: example.label, bytes: teachCopy() });
      } catch (error) {
        skipped.push(skippedFrom(index, error));
      }
    }
    const { model: updated, notes } = addTaughtDefects(model, defects);
    this.models.set(key, updated);
    return {
      model: serializeInspectionModel(updated),
      types: updated.defectTypes.map((t) => ({ name: t.name, examples: t.examples.length })),
      skipped,
      defectScores: Array.from(updated.taught?.defectScores ?? []),
      copies,
      goodScores: updated.goodScores,
      threshold: updated.threshold,
      fused: updated.taught?.fusion !== undefined,
      notes,
    };
  }

  /** Fits the project's model again from stored copies (see refit-engine.ts); the loaded model is unchanged until the user accepts. */
  refit(key: string, input: RefitInput, onProgress?: (done: number, total: number) => void): Promise<RefitOutcome> {
    return refitFromCopies(this.extractor, this.models.get(key), input, onProgress);
  }
}
