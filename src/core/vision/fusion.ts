import { auroc } from './metrics';
import type { Fusion } from './inspection-model';

/**
 * Image statistics a taught classifier sees: the two views' image scores, the shape of the anomaly
 * map (peak, upper quantile, median, mean, share of strongly unusual cells) and, per texture-bank
 * component, the mean and spread over the image's cells. On random surfaces (polycrystalline cells)
 * a defect changes these image-wide statistics where no single cell stands out.
 */
export function imageFeatures(
  map: Float32Array,
  full: number,
  texture: number,
  descriptors: Float32Array,
  dims: number,
  from: number,
): Float32Array {
  const sorted = Float32Array.from(map).sort();
  const n = sorted.length;
  let mean = 0;
  let strong = 0;
  for (const v of sorted) {
    mean += v / n;
    if (v > 3) strong++;
  }
  // texture-bank components only: with the learned ones too, poly cells seed 1 with 10 taught defects
  // scored 0.778 (the classifier got weight 0) against 0.841
  const td = dims - from;
  const start = from;
  const out = new Float32Array(7 + 2 * td);
  out[0] = full;
  out[1] = texture;
  out[2] = sorted[n - 1] ?? 0;
  out[3] = sorted[Math.floor(0.95 * (n - 1))] ?? 0;
  out[4] = sorted[n >> 1] ?? 0;
  out[5] = mean;
  out[6] = strong / Math.max(n, 1);
  const cells = descriptors.length / Math.max(dims, 1);
  for (let t = 0; t < td; t++) {
    let s = 0;
    let s2 = 0;
    for (let p = 0; p < cells; p++) {
      const v = descriptors[p * dims + start + t] ?? 0;
      s += v;
      s2 += v * v;
    }
    const m = s / Math.max(cells, 1);
    out[7 + t] = m;
    out[7 + td + t] = Math.sqrt(Math.max(s2 / Math.max(cells, 1) - m * m, 0));
  }
  return out;
}

/** Ridge strength on standardised features: strong, because a few defect photos must not be memorised. */
const L2 = 3;

function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  // Cholesky of a symmetric positive definite matrix, then two triangular solves
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / (l[j * n + j] ?? 1);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (l[i * n + k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (l[i * n + i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) s -= (l[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (l[i * n + i] ?? 1);
  }
  return x;
}

type Classifier = Omit<Fusion, 'scale'>;

/**
 * L2-regularised logistic regression (Newton's method), classes weighted equally however many photos
 * each has, on features standardised over the training photos. The bias is not penalised.
 */
export function fitLogistic(good: readonly Float32Array[], defect: readonly Float32Array[]): Classifier {
  const f = good[0]?.length ?? defect[0]?.length ?? 0;
  const rows = [...good, ...defect];
  const y = rows.map((_, i) => (i < good.length ? 0 : 1));
  const weight = rows.map((_, i) => (i < good.length ? 0.5 / Math.max(good.length, 1) : 0.5 / Math.max(defect.length, 1)) * rows.length);
  const mean = new Float32Array(f);
  const invStd = new Float32Array(f);
  for (let c = 0; c < f; c++) {
    let s = 0;
    let s2 = 0;
    for (const r of rows) {
      s += r[c] ?? 0;
      s2 += (r[c] ?? 0) ** 2;
    }
    const m = s / rows.length;
    mean[c] = m;
    invStd[c] = 1 / (Math.sqrt(Math.max(s2 / rows.length - m * m, 0)) + 1e-6);
  }
  const x = rows.map((r) =>
    Float64Array.from({ length: f + 1 }, (_, c) => (c < f ? ((r[c] ?? 0) - (mean[c] ?? 0)) * (invStd[c] ?? 0) : 1)),
  );
  const d = f + 1;
  const w = new Float64Array(d);
  for (let iter = 0; iter < 25; iter++) {
    const h = new Float64Array(d * d);
    const g = new Float64Array(d);
    for (let c = 0; c < f; c++) {
      h[c * d + c] = L2;
      g[c] = L2 * (w[c] ?? 0);
    }
    h[f * d + f] = 1e-6;
    x.forEach((xi, i) => {
      let z = 0;
      for (let c = 0; c < d; c++) z += (w[c] ?? 0) * (xi[c] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const wi = weight[i] ?? 1;
      const r = wi * (p - (y[i] ?? 0));
      const s = wi * Math.max(p * (1 - p), 1e-6);
      for (let a = 0; a < d; a++) {
        g[a] = (g[a] ?? 0) + r * (xi[a] ?? 0);
        for (let b = 0; b <= a; b++) h[a * d + b] = (h[a * d + b] ?? 0) + s * (xi[a] ?? 0) * (xi[b] ?? 0);
      }
    });
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) h[b * d + a] = h[a * d + b] ?? 0;
    const step = solve(h, g, d);
    let change = 0;
    for (let c = 0; c < d; c++) {
      w[c] = (w[c] ?? 0) - (step[c] ?? 0);
      change = Math.max(change, Math.abs(step[c] ?? 0));
    }
    if (change < 1e-6) break;
  }
  return { mean, invStd, weights: Float32Array.from(w.subarray(0, f)), bias: w[f] ?? 0 };
}

export function logit(c: Classifier, x: Float32Array): number {
  let z = c.bias;
  for (let k = 0; k < c.weights.length; k++) z += (c.weights[k] ?? 0) * ((x[k] ?? 0) - (c.mean[k] ?? 0)) * (c.invStd[k] ?? 0);
  return z;
}

export function fusedScore(fusion: Fusion | undefined, anomaly: number, x: Float32Array | undefined): number {
  return fusion && x ? anomaly + fusion.scale * logit(fusion, x) : anomaly;
}

/** Fewest taught defect photos a classifier is learnt from (cross-validation needs two to hold one out). */
export const MIN_FUSION_DEFECTS = 2;
/**
 * Weight of the classifier against the anomaly score, in units of their good spreads' ratio, when the
 * cross-validation gives no clear reason for a stronger one. Measured (models/EXPERIMENTS.md, round 12; six
 * seeds, 5 and 10 taught defects on the three dev sets): a fixed 0.5 never lost more than 0.002 AUROC to the
 * anomaly score alone, while the weight the cross-validation picked freely from 0-4 cost up to 0.09 on one
 * seed (tiles, 5 defects: 0.869 → 0.778) — with a few photos its estimate is mostly chance. Dropping the
 * classifier where the cross-validation preferred that cost 0.010 on average (tiles, 10 defects), so weight 0
 * is kept only where there is nothing to learn.
 */
export const DEFAULT_FUSION_WEIGHT = 0.5;
/** Stronger weights, for surfaces where the anomaly score is weak (polycrystalline cells gained most at 1-2). */
const STRONGER_WEIGHTS = [1, 2];
/** A stronger weight must beat the default's cross-validated merit by this over √(defect photos). */
const SWITCH_MARGIN = 0.2;

/**
 * The fused classifier's weight from the cross-validated merit (AUROC + catch rate at 5 % false alarms, so at
 * most 2) of each candidate weight: none when the anomaly score alone (weight 0) already separates every
 * taught defect perfectly — nothing to learn; else the default, unless a stronger weight beats it by
 * SWITCH_MARGIN / √m, a margin that shrinks as more defect photos make the estimate trustworthy.
 */
export function chooseFusionWeight(merits: ReadonlyMap<number, number>, defects: number): number {
  if ((merits.get(0) ?? -Infinity) >= 2 - 1e-9) return 0;
  const margin = SWITCH_MARGIN / Math.sqrt(Math.max(defects, 1));
  let best = { weight: DEFAULT_FUSION_WEIGHT, merit: (merits.get(DEFAULT_FUSION_WEIGHT) ?? -Infinity) + margin };
  for (const w of STRONGER_WEIGHTS) {
    const merit = merits.get(w) ?? -Infinity;
    if (merit > best.merit + 1e-9) best = { weight: w, merit };
  }
  return best.weight;
}

function iqr(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))] ?? 0;
  return q(0.75) - q(0.25);
}

/** Share of defect scores caught at the threshold that flags `rate` of the good ones (at least one good). */
function catchAtFalseAlarm(good: readonly number[], defect: readonly number[], rate: number): number {
  const sorted = [...good].sort((a, b) => b - a);
  const t = sorted[Math.max(0, Math.floor(rate * sorted.length) - 1)] ?? Infinity;
  return defect.filter((d) => d > t).length / Math.max(defect.length, 1);
}

export interface FusionFit {
  readonly fusion: Fusion | undefined;
  /** Cross-validated fused scores of the good photos and of the defect photos. */
  readonly good: number[];
  readonly defect: number[];
}

/**
 * Learns from taught defect photos: a classifier over image statistics, fused with the anomaly score
 * by a weight chosen by cross-validation (folds over the defect photos, good photos spread over the
 * same folds; see chooseFusionWeight); none where the anomaly score alone already separates every taught
 * defect. Scores are each photo's held-out score.
 */
export function fitFusion(
  goodX: readonly Float32Array[],
  goodScore: readonly number[],
  defectX: readonly Float32Array[],
  defectScore: readonly number[],
): FusionFit {
  const m = defectX.length;
  if (m < MIN_FUSION_DEFECTS || goodX.length < 2) return { fusion: undefined, good: [...goodScore], defect: [...defectScore] };
  const folds = Math.min(5, m);
  const goodLogit = new Array<number>(goodX.length).fill(0);
  const defectLogit = new Array<number>(m).fill(0);
  for (let f = 0; f < folds; f++) {
    const c = fitLogistic(
      goodX.filter((_, i) => i % folds !== f),
      defectX.filter((_, i) => i % folds !== f),
    );
    goodX.forEach((x, i) => i % folds === f && (goodLogit[i] = logit(c, x)));
    defectX.forEach((x, i) => i % folds === f && (defectLogit[i] = logit(c, x)));
  }
  const unit = iqr(goodScore) / Math.max(iqr(goodLogit), 1e-6);
  const merits = new Map<number, number>();
  for (const k of [0, DEFAULT_FUSION_WEIGHT, ...STRONGER_WEIGHTS]) {
    const g = goodScore.map((s, i) => s + k * unit * (goodLogit[i] ?? 0));
    const d = defectScore.map((s, i) => s + k * unit * (defectLogit[i] ?? 0));
    const labels = [...g.map(() => 0), ...d.map(() => 1)];
    // the whole ranking and the low false-alarm end a line runs at both count
    merits.set(k, auroc([...g, ...d], labels) + catchAtFalseAlarm(g, d, 0.05));
  }
  const best = { scale: chooseFusionWeight(merits, m) * unit };
  const good = goodScore.map((s, i) => s + best.scale * (goodLogit[i] ?? 0));
  const defect = defectScore.map((s, i) => s + best.scale * (defectLogit[i] ?? 0));
  if (best.scale === 0) return { fusion: undefined, good, defect };
  return { fusion: { ...fitLogistic(goodX, defectX), scale: best.scale }, good, defect };
}
