import { correctedNowRight, refitThreshold, type RescoredCorrection } from './refit';
import type { Verdict } from './records';
import {
  addTaughtDefects,
  analyseImage,
  backboneOf,
  decodeImage,
  MIN_FIT_IMAGES,
  regionEmbedding,
  scoreEvidence,
  serializeInspectionModel,
  thresholdFromGoodScores,
  type FeatureExtractor,
  type ImageEvidence,
  type InspectionModel,
  syntheticDefects,
  teachInspectionModel,
  type DefectSample,
  type LabelledEmbedding,
  type ModelVariant,
  type RgbImage,
  type TeachOptions,
} from '../vision';
import { SELF_CHECK_DEFECTS, skippedFrom, type SkippedImage } from './inspection-engine';

/** Refit copies (already cropped to the region of interest and sized for the network). */
export interface RefitInput {
  /** The project's stored teaching images of good parts. */
  readonly teachGood: readonly Uint8Array[];
  /** Stored defect examples from teaching, by type. */
  readonly teachDefects: readonly { label: string; bytes: Uint8Array }[];
  /** Results the reviewer corrected: false alarms (expected ok) and misses (expected ng, maybe typed). */
  readonly corrections: readonly { expected: Verdict; label?: string; bytes: Uint8Array }[];
}

export interface RefitOutcome {
  readonly model: Uint8Array;
  readonly goodScores: Float32Array;
  /** The stored defect examples' scores under the refitted model (see TeachTypesOutcome.defectScores). */
  readonly defectScores: number[];
  /** The refitted model's own automatic threshold, moved by the corrections where they allow. */
  readonly threshold: number;
  readonly goodImages: number;
  /** Whether the refitted model has the texture view. */
  readonly textureView: boolean;
  /** The model variant (the current model's, or the self-check's where there was none to follow). */
  readonly variant: ModelVariant | undefined;
  /** Whether the taught defects train a classifier fused with the anomaly score. */
  readonly fused: boolean;
  readonly types: { name: string; examples: number }[];
  /** Each usable correction scored by the refitted model (false alarms by a model that never saw them). */
  readonly corrections: RescoredCorrection[];
  readonly nowRight: number;
  /** Indexes into teachGood, then corrections, of copies that could not be read. */
  readonly skipped: SkippedImage[];
}

async function evidenceOf(extractor: FeatureExtractor, bytes: Uint8Array): Promise<ImageEvidence> {
  return analyseImage(extractor, decodeImage(bytes));
}

/**
 * Fits the project's model again from its teaching images plus the results reviewers marked good,
 * re-proposes the threshold, and rebuilds the defect types with the corrected NG examples added.
 *
 * Corrected-good images join the fit, and their score comes from the fit's cross-validation (each
 * scored by Gaussians fitted without it), so "now comes out right" is not flattered by having trained
 * on the very image. Defect examples are embedded with the new model, since embeddings are whitened
 * by the model's per-position statistics; types taught before copies were kept stay as they were.
 */
export async function refitFromCopies(
  extractor: FeatureExtractor,
  current: InspectionModel | undefined,
  input: RefitInput,
  onProgress?: (done: number, total: number) => void,
): Promise<RefitOutcome> {
  const total = input.teachGood.length + input.corrections.length + input.teachDefects.length;
  let done = 0;
  const tick = (): void => onProgress?.(++done, total);
  const skipped: SkippedImage[] = [];
  const good: ImageEvidence[] = [];
  for (const [index, bytes] of input.teachGood.entries()) {
    try {
      good.push(await evidenceOf(extractor, bytes));
    } catch (error) {
      skipped.push(skippedFrom(index, error));
    }
    tick();
  }
  const teachCount = good.length;
  const falseAlarmAt: number[] = [];
  const misses: { label: string | undefined; evidence: ImageEvidence }[] = [];
  for (const [index, c] of input.corrections.entries()) {
    try {
      const evidence = await evidenceOf(extractor, c.bytes);
      if (c.expected === 'ok') {
        falseAlarmAt.push(good.length);
        good.push(evidence);
      } else misses.push({ label: c.label, evidence });
    } catch (error) {
      skipped.push(skippedFrom(input.teachGood.length + index, error));
    }
    tick();
  }
  // Every defect the project knows — the stored defect photos and the misses reviewers confirmed — is taught
  // with the good photos, so a project taught with defects keeps its fused classifier and catch-rate figures,
  // and a confirmed miss teaches it too. Misses without a type teach the classifier, not a type.
  const defects: DefectSample[] = [];
  const teachDefectAt: number[] = [];
  for (const example of input.teachDefects) {
    try {
      const evidence = await evidenceOf(extractor, example.bytes);
      teachDefectAt.push(defects.length);
      defects.push({ evidence, label: example.label });
    } catch {
      // a damaged defect example only weakens typing; the refit goes on without it
    }
    tick();
  }
  const missAt = misses.map((m) => {
    defects.push({ evidence: m.evidence, label: m.label ?? '' });
    return defects.length - 1;
  });
  const fitted = teachInspectionModel(good, backboneOf(extractor), await variantOptions(extractor, current, good, input.teachGood)).model;
  const model0 = defects.length > 0 ? addTaughtDefects(fitted, defects).model : fitted;
  // scores of the taught defects are held out (cross-validated where a classifier was learnt)
  const heldOutDefect = (k: number): number => model0.taught?.defectScores[k] ?? 0;
  const rescored: RescoredCorrection[] = falseAlarmAt.map((i) => ({ expected: 'ok', score: model0.goodScores[i] ?? 0 }));
  for (const k of missAt) rescored.push({ expected: 'ng', score: heldOutDefect(k) });
  const defectScores = teachDefectAt.map(heldOutDefect);
  const labelledMisses: LabelledEmbedding[] = misses.flatMap((m) =>
    m.label ? [{ label: m.label, embedding: regionEmbedding(fitted, scoreEvidence(fitted, m.evidence)) }] : [],
  );
  // types taught before copies were kept: the earlier examples stay as they were, the corrected ones join them
  const defectTypes = input.teachDefects.length > 0 || !current ? model0.defectTypes : mergeTypes(current, labelledMisses);
  // The automatic threshold counts only the teaching images: the corrected-good ones were chosen for
  // scoring high and would drag the 2 % false-alarm level up with them.
  const automatic = thresholdFromGoodScores(model0.goodScores.subarray(0, teachCount));
  const threshold = refitThreshold(automatic, rescored);
  // the variant followed is the current model's, and so is the self-check that chose it (the screen's "why" line)
  const model: InspectionModel = { ...model0, threshold, defectTypes, ...(current?.variant ? { variant: current.variant } : {}) };
  return {
    model: serializeInspectionModel(model),
    goodScores: model.goodScores,
    defectScores,
    threshold,
    goodImages: good.length,
    textureView: model.textureScore !== undefined,
    variant: model.variant,
    fused: model.taught?.fusion !== undefined,
    types: defectTypes.map((t) => ({ name: t.name, examples: t.examples.length })),
    corrections: rescored,
    nowRight: correctedNowRight(rescored, threshold),
    skipped,
  };
}

/**
 * The model variant of the refit: the one the project's model was chosen as (statistics and texture view),
 * so a refit does not undo the self-check; with no model to follow (taught for another backbone) the
 * self-check runs again on synthetic defects pasted onto the stored teaching copies.
 */
async function variantOptions(
  extractor: FeatureExtractor,
  current: InspectionModel | undefined,
  good: readonly ImageEvidence[],
  teachCopies: readonly Uint8Array[],
): Promise<TeachOptions> {
  if (current) {
    return {
      positionInvariant: current.variant?.statistics === 'position-invariant',
      // the texture view only where the self-check turned it down; otherwise the usual rule (by photo count)
      ...(droppedTextureView(current.variant) ? { textureView: false } : {}),
    };
  }
  if (good.length < MIN_FIT_IMAGES) return {};
  const images: RgbImage[] = [];
  for (const bytes of teachCopies) {
    if (images.length >= SELF_CHECK_DEFECTS) break;
    try {
      images.push(decodeImage(bytes));
    } catch {
      // an unreadable copy was already reported as skipped
    }
  }
  const synthetic: ImageEvidence[] = [];
  for (const image of syntheticDefects(images, SELF_CHECK_DEFECTS, 1)) synthetic.push(await analyseImage(extractor, image));
  return { chooseVariant: true, synthetic };
}

/** Whether the self-check had a texture-view candidate and chose a model without it. */
function droppedTextureView(variant: ModelVariant | undefined): boolean {
  return variant !== undefined && !variant.textureView && (variant.check?.candidates.some((c) => c.textureView) ?? false);
}

/** Types taught before copies were kept: the earlier examples are kept as they were and the corrected ones added. */
function mergeTypes(current: InspectionModel, labelled: readonly LabelledEmbedding[]): InspectionModel['defectTypes'] {
  const merged = new Map(current.defectTypes.map((t) => [t.name, [...t.examples]]));
  for (const l of labelled) merged.set(l.label, [...(merged.get(l.label) ?? []), l.embedding]);
  return [...merged].map(([name, examples]) => ({ name, examples }));
}
