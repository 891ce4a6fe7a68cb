/**
 * A fitted inspection model: everything needed to score new images of one product.
 *
 * Each stride-8 cell is described by `dims` numbers: the backbone's multi-scale features projected
 * onto their leading principal directions (measured on the good images), followed by the fixed
 * texture-bank responses, all standardised. Every cell position has its own Gaussian (mean and
 * covariance, shrunk towards the covariance shared by all positions), as in PaDiM.
 *
 * Those Gaussians come in one or more `references`, each fitted on the good images of one shape.
 * Every image is resized to a square before the backbone, so an image twice as wide as another has
 * its texture squeezed twice as much: when the good images differ in shape, each checked image is
 * compared with the good images of about its own shape (see `referenceFor`).
 */
export interface InspectionModel {
  readonly backbone: { readonly id: string; readonly sha256: string; readonly inputSize: number };
  readonly grid: { readonly height: number; readonly width: number; readonly dims: number };
  /** Length of the raw backbone descriptor per cell (before projection). */
  readonly backboneDims: number;
  /** Mean raw backbone descriptor over all good cells. */
  readonly backboneMean: Float32Array;
  /** Projection rows (projected × backboneDims). */
  readonly projection: Float32Array;
  /** Mean of the texture responses over all good cells. */
  readonly textureMean: Float32Array;
  /** 1/std for each of the `dims` standardised descriptor components. */
  readonly invScale: Float32Array;
  /** Good-part statistics per image shape (at least one), ordered by `logAspect`. */
  readonly references: readonly ShapeReference[];
  /** z-normalisation of the learned defect map, measured on the good images. */
  readonly calibration: {
    readonly defectMean: number;
    readonly defectStd: number;
    readonly defectWeight: number;
  };
  /** Number of top cells averaged into the image score. */
  readonly topK: number;
  /**
   * How the texture view's image score joins the full one (absent in models fitted before it existed):
   * score = full + weight × (texture − median), with the median and the ratio of spreads (IQR) measured
   * on the good images' held-out scores, so neither view dominates by its scale.
   */
  readonly textureScore?: { readonly median: number; readonly weight: number };
  /** Image scores at or above this are reported as defective. */
  readonly threshold: number;
  /** Cross-validated scores of the good images the model was fitted on (for a histogram UI). */
  readonly goodScores: Float32Array;
  readonly fittedImages: number;
  readonly defectTypes: readonly DefectTypePrototype[];
  /** The good photos' own per-cell map distribution, for heat maps that point (absent in models before format 5). */
  readonly cellNorm?: CellNorm;
  /** Which variant the self-check chose and why (absent: per-position statistics, as before format 5). */
  readonly variant?: ModelVariant;
  /** What the taught defect photos added (absent when none were taught: the anomaly score alone). */
  readonly taught?: TaughtDefects;
  /** Held-out image statistics of each good photo (fusion.ts), so defects can be taught later without the good photos. */
  readonly goodFeatures?: readonly Float32Array[];
  /** Median size of the good photos (a defect photo far from it is from another camera or crop). */
  readonly goodSize?: { readonly width: number; readonly height: number };
}

export interface CellNorm {
  /** Per position, the good photos' held-out map mean and spread. */
  readonly mean: Float32Array;
  readonly std: Float32Array;
  /** Normalised value where the heat map starts colouring (about 1 in 1000 good cells above) and where it is fully red. */
  readonly low: number;
  readonly high: number;
}

export type Statistics = 'per-position' | 'position-invariant';

export interface VariantCheck {
  readonly statistics: Statistics;
  readonly textureView: boolean;
  /** AUROC of held-out good photos against the check defects (taught and synthetic) under this variant. */
  readonly auroc: number;
}

export interface ModelVariant {
  readonly statistics: Statistics;
  readonly textureView: boolean;
  /** The self-check behind the choice (absent when the variant was set, not chosen). */
  readonly check?: {
    readonly good: number;
    readonly taught: number;
    readonly synthetic: number;
    readonly candidates: readonly VariantCheck[];
  };
}

/**
 * A regularised logistic classifier over image statistics, fused with the anomaly score:
 * score = anomaly + scale × (weights · (x − mean) × invStd + bias).
 */
export interface Fusion {
  readonly mean: Float32Array;
  readonly invStd: Float32Array;
  readonly weights: Float32Array;
  readonly bias: number;
  readonly scale: number;
}

export interface TaughtDefects {
  /** Cross-validated scores of the taught defect photos (each scored by a model that did not learn from it). */
  readonly defectScores: Float32Array;
  /** The taught photos' labels (defect types), in the order of defectScores. */
  readonly labels: readonly string[];
  /** The good photos' held-out anomaly scores before fusion (goodScores then holds the fused ones). */
  readonly anomalyGoodScores: Float32Array;
  /** Present when the defect photos taught a classifier (two or more, and it helped in cross-validation). */
  readonly fusion?: Fusion;
}

/** Per-position Gaussians fitted on the good images of one shape. */
export interface ShapeReference {
  /** ln(width / height) of the source images this reference serves (the centre of its teaching images' shapes). */
  readonly logAspect: number;
  /** Per-position mean descriptor, position-major (cells × dims). */
  readonly mean: Float32Array;
  /** Per-position lower Cholesky factor of the covariance, packed rows (cells × dims(dims+1)/2). */
  readonly cholesky: Float32Array;
  /** z-normalisation of this reference's distance map, measured on held-out good images. */
  readonly anomalyMean: number;
  readonly anomalyStd: number;
  /** The same statistics over the texture part of the descriptor alone (see InspectionModel.textureScore). */
  readonly texture?: TextureView;
}

/**
 * Per-position Gaussians over the fixed texture-bank components only (the last dims − projected
 * descriptor components). The learned features localise defects (pixel AUROC, thin cracks) but add
 * nothing to telling defective images from good ones, which this view does slightly better alone;
 * the image score sums both (models/EXPERIMENTS.md, tenth round).
 */
export interface TextureView {
  readonly mean: Float32Array;
  readonly cholesky: Float32Array;
  readonly anomalyMean: number;
  readonly anomalyStd: number;
}

export interface DefectTypePrototype {
  readonly name: string;
  /** Embeddings of the labelled examples (the classifier compares with each: 1-nearest neighbour). */
  readonly examples: readonly Float32Array[];
}
