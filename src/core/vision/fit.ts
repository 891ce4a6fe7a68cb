import { topKMean } from './anomaly-map';
import { VisionError } from './errors';
import type { PatchGrid } from './features';
import type { InspectionModel } from './inspection-model';
import { symmetricEigen } from './linalg';
import { combinedMap, distanceMap } from './scoring';

export interface FitSample {
  readonly grid: PatchGrid;
  /** Defect logits pooled onto the same grid. */
  readonly defect: Float32Array;
}

export interface FitOptions {
  /** Leading principal directions modelled exactly (the rest isotropically). */
  readonly rank?: number;
  /** Weight of the learned defect map against the fitted distance map. */
  readonly defectWeight?: number;
  readonly topK?: number;
  /** Covariance is estimated on every `covarianceStride`-th cell per axis (cost control). */
  readonly covarianceStride?: number;
}

export const MIN_FIT_IMAGES = 5;

function quantile(sorted: Float32Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

function meanStd(values: Iterable<number>): { mean: number; std: number } {
  let n = 0;
  let s = 0;
  let s2 = 0;
  for (const v of values) {
    n++;
    s += v;
    s2 += v * v;
  }
  const mean = s / Math.max(n, 1);
  return { mean, std: Math.sqrt(Math.max(s2 / Math.max(n, 1) - mean * mean, 0)) + 1e-6 };
}

/**
 * Automatic threshold from the good images' leave-one-out scores: above nearly all of them,
 * with a margin that grows with their spread, so a normal image is rarely flagged.
 */
export function thresholdFromGoodScores(scores: Float32Array): number {
  const sorted = Float32Array.from(scores).sort();
  const { mean, std } = meanStd(sorted);
  return Math.max(quantile(sorted, 0.995), mean + 3 * std);
}

export function fitInspectionModel(
  samples: readonly FitSample[],
  backbone: InspectionModel['backbone'],
  options: FitOptions = {},
): InspectionModel {
  const n = samples.length;
  const first = samples[0];
  if (!first || n < MIN_FIT_IMAGES) {
    throw new VisionError('not-enough-images', `At least ${MIN_FIT_IMAGES} good images are needed to fit; got ${n}.`, { needed: MIN_FIT_IMAGES, got: n });
  }
  const { dims, height, width } = first.grid;
  const cells = height * width;
  const mean64 = new Float64Array(cells * dims);
  for (const s of samples) for (let i = 0; i < mean64.length; i++) mean64[i] = (mean64[i] ?? 0) + (s.grid.data[i] ?? 0);
  const mean = new Float32Array(cells * dims);
  for (let i = 0; i < mean.length; i++) mean[i] = (mean64[i] ?? 0) / n;

  // pooled residual covariance (shared by all positions), upper triangle accumulated
  const stride = options.covarianceStride ?? 2;
  const cov = new Float64Array(dims * dims);
  const r = new Float64Array(dims);
  let count = 0;
  for (const s of samples) {
    for (let y = 0; y < height; y += stride) {
      for (let x = 0; x < width; x += stride) {
        const o = (y * width + x) * dims;
        for (let c = 0; c < dims; c++) r[c] = (s.grid.data[o + c] ?? 0) - (mean[o + c] ?? 0);
        for (let a = 0; a < dims; a++) {
          const ra = r[a] ?? 0;
          const row = a * dims;
          for (let b = a; b < dims; b++) cov[row + b] = (cov[row + b] ?? 0) + ra * (r[b] ?? 0);
        }
        count++;
      }
    }
  }
  // the per-position mean uses one degree of freedom per position
  const denom = Math.max(count * (1 - 1 / n), 1);
  let trace = 0;
  for (let a = 0; a < dims; a++) {
    for (let b = a; b < dims; b++) {
      const v = (cov[a * dims + b] ?? 0) / denom;
      cov[a * dims + b] = v;
      cov[b * dims + a] = v;
    }
    trace += cov[a * dims + a] ?? 0;
  }
  const { values, vectors } = symmetricEigen(cov, dims);
  const rank = Math.min(options.rank ?? 48, dims - 1);
  const floor = (1e-3 * trace) / dims;
  const basis = new Float32Array(rank * dims);
  const invEigen = new Float32Array(rank);
  let explained = 0;
  for (let k = 0; k < rank; k++) {
    invEigen[k] = 1 / Math.max(values[k] ?? 0, floor);
    explained += values[k] ?? 0;
    for (let c = 0; c < dims; c++) basis[k * dims + c] = vectors[k * dims + c] ?? 0;
  }
  const residualInvVar = 1 / Math.max((trace - explained) / (dims - rank), floor);
  const gaussian = { mean, basis, invEigen, residualInvVar, grid: { height, width, dims } };

  // leave-one-out: removing image i from a per-position mean scales its residual by n/(n-1)
  const loo = n / (n - 1);
  const distances = samples.map((s) => distanceMap(gaussian, s.grid, loo));
  const dist = meanStd(distances.flatMap((d) => Array.from(d)));
  const def = meanStd(samples.flatMap((s) => Array.from(s.defect)));
  const calibration = {
    anomalyMean: dist.mean,
    anomalyStd: dist.std,
    defectMean: def.mean,
    defectStd: def.std,
    defectWeight: options.defectWeight ?? 1,
  };
  const topK = options.topK ?? 8;
  const partial = { calibration, grid: gaussian.grid };
  const goodScores = Float32Array.from(samples.map((s, i) => topKMean(combinedMap(partial, { distance: distances[i] ?? new Float32Array(cells), defect: s.defect }), topK)));
  return {
    backbone,
    ...gaussian,
    calibration,
    topK,
    threshold: thresholdFromGoodScores(goodScores),
    goodScores,
    fittedImages: n,
    defectTypes: [],
  };
}
