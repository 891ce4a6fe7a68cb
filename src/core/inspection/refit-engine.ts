import { correctedNowRight, refitThreshold, type RescoredCorrection } from './refit';
import type { Verdict } from './records';
import {
  analyseImage,
  backboneOf,
  buildPrototypes,
  decodeImage,
  fitInspectionModel,
  regionEmbedding,
  scoreEvidence,
  serializeInspectionModel,
  thresholdFromGoodScores,
  type FeatureExtractor,
  type ImageEvidence,
  type InspectionModel,
  type LabelledEmbedding,
} from '../vision';
import { skippedFrom, type SkippedImage } from './inspection-engine';

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
  /** Whether the refitted model has the texture view (it is fitted per position, without the self-check). */
  readonly textureView: boolean;
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
  const fitted = fitInspectionModel(good, backboneOf(extractor));
  const rescored: RescoredCorrection[] = falseAlarmAt.map((i) => ({ expected: 'ok', score: fitted.goodScores[i] ?? 0 }));
  const labelled: LabelledEmbedding[] = [];
  for (const miss of misses) {
    const scored = scoreEvidence(fitted, miss.evidence);
    rescored.push({ expected: 'ng', score: scored.score });
    if (miss.label) labelled.push({ label: miss.label, embedding: regionEmbedding(fitted, scored) });
  }
  const defectScores: number[] = [];
  for (const example of input.teachDefects) {
    try {
      const scored = scoreEvidence(fitted, await evidenceOf(extractor, example.bytes));
      defectScores.push(scored.score);
      labelled.push({ label: example.label, embedding: regionEmbedding(fitted, scored) });
    } catch {
      // a damaged defect example only weakens typing; the refit goes on without it
    }
    tick();
  }
  const defectTypes = mergeTypes(current, input.teachDefects.length > 0, labelled);
  // The automatic threshold counts only the teaching images: the corrected-good ones were chosen for
  // scoring high and would drag the 2 % false-alarm level up with them.
  const automatic = thresholdFromGoodScores(fitted.goodScores.subarray(0, teachCount));
  const threshold = refitThreshold(automatic, rescored);
  const model: InspectionModel = { ...fitted, threshold, defectTypes };
  return {
    model: serializeInspectionModel(model),
    goodScores: fitted.goodScores,
    defectScores,
    threshold,
    goodImages: good.length,
    textureView: fitted.textureScore !== undefined,
    types: defectTypes.map((t) => ({ name: t.name, examples: t.examples.length })),
    corrections: rescored,
    nowRight: correctedNowRight(rescored, threshold),
    skipped,
  };
}

/**
 * With stored defect examples every type is rebuilt under the new model. Without them (types taught
 * before copies were kept) the earlier examples are kept as they were and the corrected ones added.
 */
function mergeTypes(
  current: InspectionModel | undefined,
  haveTeachCopies: boolean,
  labelled: readonly LabelledEmbedding[],
): InspectionModel['defectTypes'] {
  if (haveTeachCopies || !current) return buildPrototypes(labelled);
  const merged = new Map(current.defectTypes.map((t) => [t.name, [...t.examples]]));
  for (const l of labelled) merged.set(l.label, [...(merged.get(l.label) ?? []), l.embedding]);
  return [...merged].map(([name, examples]) => ({ name, examples }));
}
