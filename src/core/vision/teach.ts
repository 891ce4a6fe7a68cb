import { buildPrototypes, regionEmbedding } from './defect-types';
import { fitWithHeldOut, thresholdFromGoodScores, type FitOptions, type FitSample, type HeldOutGood } from './fit';
import { fitFusion, MIN_FUSION_DEFECTS } from './fusion';
import type { InspectionModel, ModelVariant, Statistics, VariantCheck } from './inspection-model';
import { auroc } from './metrics';
import { featuresOf, logAspect, referenceFor, scoreEvidence, type Evidence } from './scoring';

/** A known-bad photo the user taught, with its defect type and, optionally, the marked defect region. */
export interface DefectSample {
  readonly evidence: Evidence;
  /** The defect type; empty for a defect of no named type (it teaches the classifier and the catch rate, not a type). */
  readonly label: string;
  /** Cells of the model grid inside the marked region (1) or not (0); absent when nothing was marked. */
  readonly region?: Uint8Array;
}

export interface TeachOptions extends FitOptions {
  readonly defects?: readonly DefectSample[];
  /** Good photos with a synthetic defect pasted on (see synthetic.ts): the self-check when few or no defects are taught. */
  readonly synthetic?: readonly Evidence[];
  /** Compare per-position and position-invariant statistics, each with and without the texture view, and keep the best. */
  readonly chooseVariant?: boolean;
}

/** What the user should hear about the photos they taught. */
export interface TeachNotes {
  /** Taught defect photos that score like the good ones (held out): probably good parts, or a defect this check cannot see. */
  readonly defectsLikeGood: number[];
  /** Taught defect photos of another shape or size than the good ones (another camera or crop). */
  readonly defectsOtherShape: number[];
  /** Taught defect photos whose marked region holds no cell of the part (outside the region checked): marked region ignored. */
  readonly regionsOutside: number[];
  /** Defect photos taught but too few to learn a classifier from (fewer than MIN_FUSION_DEFECTS). */
  readonly tooFewForClassifier: boolean;
}

/** Prefer the usual variant unless another separates the check defects better by at least this much AUROC. */
const SWITCH_MARGIN = 0.01;
/** A taught defect scoring at or below this quantile of the good photos' held-out scores "scores like a good part". */
const LIKE_GOOD_QUANTILE = 0.9;
/** Shape or size differences (ratio) beyond which a defect photo is "of another camera or crop". */
const OTHER_SHAPE_RATIO = 1.15;
const OTHER_SIZE_RATIO = 2;

function withoutTexture(model: InspectionModel, heldOut: HeldOutGood): InspectionModel {
  const rest: InspectionModel = { ...model };
  delete (rest as { textureScore?: unknown }).textureScore;
  const goodScores = Float32Array.from(heldOut.full);
  return {
    ...rest,
    references: model.references.map(({ logAspect, mean, cholesky, anomalyMean, anomalyStd }) => ({
      logAspect,
      mean,
      cholesky,
      anomalyMean,
      anomalyStd,
    })),
    goodScores,
    threshold: thresholdFromGoodScores(goodScores),
  };
}

function quantile(values: ArrayLike<number>, q: number): number {
  const s = Float64Array.from(values).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? 0;
}

interface Candidate {
  model: InspectionModel;
  heldOut: HeldOutGood;
  check: VariantCheck;
}

/**
 * Fits an inspection model from good photos and, where given, known-bad ones:
 * 1. variants (per-position / position-invariant statistics, with / without the texture view) are compared
 *    on the user's own photos — held-out good photos against the taught defects and synthetic defects —
 *    and the best kept (the usual per-position one unless another is clearly better);
 * 2. two or more taught defects teach a regularised classifier over image statistics, fused with the
 *    anomaly score by a cross-validated weight (0 when it does not help);
 * 3. the taught photos set the defect types, and their cross-validated scores go with the model for
 *    the threshold-by-catch-rate screen.
 * With no defect photos and no variant choice this is fitInspectionModel exactly.
 */
export function teachInspectionModel(
  goods: readonly FitSample[],
  backbone: InspectionModel['backbone'],
  options: TeachOptions = {},
): { model: InspectionModel; notes: TeachNotes } {
  const defects = options.defects ?? [];
  const synthetic = options.synthetic ?? [];
  const statistics: Statistics[] = options.chooseVariant
    ? ['per-position', 'position-invariant']
    : [options.positionInvariant ? 'position-invariant' : 'per-position'];
  const candidates: Candidate[] = [];
  for (const s of statistics) {
    const { model, heldOut } = fitWithHeldOut(goods, backbone, { ...options, positionInvariant: s === 'position-invariant' });
    const variants = model.textureScore && options.chooseVariant ? [model, withoutTexture(model, heldOut)] : [model];
    for (const m of variants)
      candidates.push({ model: m, heldOut, check: { statistics: s, textureView: m.textureScore !== undefined, auroc: Number.NaN } });
  }
  // the self-check: how well each variant separates held-out good photos from the check defects
  if (candidates.length > 1) {
    for (const c of candidates) {
      const good = Array.from(c.model.goodScores);
      const part = (evs: readonly Evidence[]): number | undefined => {
        if (evs.length === 0) return undefined;
        const bad = evs.map((e) => scoreEvidence(c.model, e).anomaly);
        return auroc([...good, ...bad], [...good.map(() => 0), ...bad.map(() => 1)]);
      };
      const parts = [part(defects.map((d) => d.evidence)), part(synthetic)].filter((v): v is number => v !== undefined);
      c.check = { ...c.check, auroc: parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : Number.NaN };
    }
  }
  const usual = candidates[0] as Candidate;
  const chosen = candidates.reduce(
    (best, c) => (c.check.auroc > best.check.auroc + (best === usual ? SWITCH_MARGIN : 0) ? c : best),
    usual,
  );
  const variant: ModelVariant = {
    statistics: chosen.check.statistics,
    textureView: chosen.check.textureView,
    ...(candidates.length > 1 && Number.isFinite(chosen.check.auroc)
      ? { check: { good: goods.length, taught: defects.length, synthetic: synthetic.length, candidates: candidates.map((c) => c.check) } }
      : {}),
  };
  const base: InspectionModel = {
    ...chosen.model,
    goodFeatures: goodFeaturesOf(chosen.model, chosen.heldOut),
    goodSize: medianSize(goods),
    ...(options.chooseVariant || chosen.check.statistics !== 'per-position' ? { variant } : {}),
  };
  if (defects.length === 0) return { model: base, notes: NO_NOTES };
  return addTaughtDefects(base, defects);
}

const NO_NOTES: TeachNotes = { defectsLikeGood: [], defectsOtherShape: [], regionsOutside: [], tooFewForClassifier: false };

function medianSize(goods: readonly { width: number; height: number }[]): { width: number; height: number } {
  return {
    width: quantile(
      goods.map((g) => g.width),
      0.5,
    ),
    height: quantile(
      goods.map((g) => g.height),
      0.5,
    ),
  };
}

/** Image statistics (fusion.ts) of every good photo, from its held-out map: what a fresh good photo would show. */
export function goodFeaturesOf(model: InspectionModel, heldOut: HeldOutGood): Float32Array[] {
  return heldOut.maps.map((map, i) =>
    featuresOf(
      model,
      map,
      { full: heldOut.full[i] ?? 0, texture: model.textureScore ? (heldOut.texture[i] ?? 0) : 0 },
      heldOut.descriptors[i] ?? new Float32Array(0),
    ),
  );
}

/**
 * Teaches known-bad photos to a fitted model, replacing any taught before: they are scored by the
 * good-part model (which never saw them, so their scores are held out), two or more train the fused
 * classifier (fusion.ts, against the good photos' stored held-out statistics, so no good photo is read
 * again), and they set the defect types. Models fitted before format 5 have no stored statistics:
 * their defects still set the types and the catch-rate threshold, without a classifier.
 */
export function addTaughtDefects(model: InspectionModel, defects: readonly DefectSample[]): { model: InspectionModel; notes: TeachNotes } {
  // the anomaly-only model underneath (a model taught before keeps its good photos' anomaly scores)
  const base: InspectionModel = stripTaught(model);
  if (defects.length === 0) return { model: base, notes: NO_NOTES };
  const scored = defects.map((d) => scoreEvidence(base, d.evidence));
  const goodAnomaly = Array.from(base.goodScores);
  const defectX = scored.map((s) => featuresOf(base, s.map, s.views, s.descriptors));
  const fused =
    base.goodFeatures && base.goodFeatures.length === goodAnomaly.length
      ? fitFusion(
          base.goodFeatures,
          goodAnomaly,
          defectX,
          scored.map((s) => s.anomaly),
        )
      : { fusion: undefined, good: goodAnomaly, defect: scored.map((s) => s.anomaly) };
  const goodScores = Float32Array.from(fused.good);
  const regionsOutside: number[] = [];
  const embeddings = defects.flatMap((d, k) => {
    const s = scored[k] as ReturnType<typeof scoreEvidence>;
    const inside = d.region && d.region.some((v) => v > 0) ? d.region : undefined;
    if (d.region && !inside) regionsOutside.push(k);
    return d.label ? [{ label: d.label, embedding: regionEmbedding(base, s, inside) }] : [];
  });
  const likeGood = quantile(goodScores, LIKE_GOOD_QUANTILE);
  const size = base.goodSize;
  const taughtModel: InspectionModel = {
    ...base,
    goodScores,
    threshold: thresholdFromGoodScores(goodScores),
    defectTypes: buildPrototypes(embeddings),
    taught: {
      defectScores: Float32Array.from(fused.defect),
      labels: defects.map((d) => d.label),
      anomalyGoodScores: base.goodScores,
      ...(fused.fusion ? { fusion: fused.fusion } : {}),
    },
  };
  return {
    model: taughtModel,
    notes: {
      defectsLikeGood: fused.defect.flatMap((v, k) => (v <= likeGood ? [k] : [])),
      defectsOtherShape: defects.flatMap((d, k) => {
        const ref = referenceFor(base, d.evidence.width, d.evidence.height);
        const shapeOff = Math.abs(logAspect(d.evidence.width, d.evidence.height) - ref.logAspect) > Math.log(OTHER_SHAPE_RATIO);
        const area = d.evidence.width * d.evidence.height;
        const goodArea = size ? size.width * size.height : area;
        const sizeOff = area > goodArea * OTHER_SIZE_RATIO ** 2 || area * OTHER_SIZE_RATIO ** 2 < goodArea;
        return shapeOff || sizeOff ? [k] : [];
      }),
      regionsOutside,
      tooFewForClassifier: defects.length < MIN_FUSION_DEFECTS,
    },
  };
}

/** The model as it was before defects were taught: anomaly score alone, its own threshold, no types. */
export function stripTaught(model: InspectionModel): InspectionModel {
  const { taught } = model;
  if (!taught) return model;
  const out: InspectionModel = {
    ...model,
    goodScores: taught.anomalyGoodScores,
    threshold: thresholdFromGoodScores(taught.anomalyGoodScores),
    defectTypes: [],
  };
  delete (out as { taught?: unknown }).taught;
  return out;
}
