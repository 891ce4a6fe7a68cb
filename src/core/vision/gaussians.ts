/**
 * Per-position Gaussians over standardised descriptors. The covariance of each position is shrunk
 * towards the covariance pooled over all positions: with ~100 images a 30-dimensional covariance
 * per position is noisy, and with few images it would be singular.
 */
export interface PositionGaussians {
  readonly mean: Float32Array;
  readonly cholesky: Float32Array;
}

export interface FittedGaussians extends PositionGaussians {
  /** Shrinkage intensity λ in [0, 1] towards the pooled covariance, estimated from the data. */
  readonly shrinkage: number;
  /**
   * Per image, the per-cell Mahalanobis distance under the Gaussians refitted without that image
   * (same λ, same descriptor space): what a fresh good image of the product would score.
   */
  readonly leaveOneOut: Float32Array[];
}

/** Descriptors are standardised, so a fixed ridge is a fixed fraction of the typical variance. */
const RIDGE = 0.01;

/** Lower Cholesky factor of a symmetric positive-definite matrix (full n×n, row-major) into `l`. */
function cholesky(a: Float64Array, n: number, l: Float64Array): void {
  l.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-9)) : s / (l[j * n + j] ?? 1);
    }
  }
}

/** |L⁻¹ r|² for a full lower-triangular L (forward substitution). */
function solvedNorm2(l: Float64Array, n: number, r: Float64Array, w: Float64Array): number {
  let norm = 0;
  for (let i = 0; i < n; i++) {
    let s = r[i] ?? 0;
    for (let j = 0; j < i; j++) s -= (l[i * n + j] ?? 0) * (w[j] ?? 0);
    const v = s / (l[i * n + i] ?? 1);
    w[i] = v;
    norm += v * v;
  }
  return norm;
}

/**
 * Shrinkage intensity towards a target covariance (Schäfer & Strimmer 2005, the Ledoit–Wolf
 * estimator for an arbitrary target): the estimated variance of the sample covariance entries over
 * their squared distance from the target, summed over all positions so one λ serves the model.
 * It falls roughly as 1/n, so few images get strongly pooled covariances and many get their own.
 */
function shrinkageIntensity(varianceSum: number, covs: Float64Array, shared: Float64Array, cells: number, dims: number): number {
  let distance = 0;
  for (let p = 0; p < cells; p++) {
    const base = p * dims * dims;
    for (let k = 0; k < dims * dims; k++) distance += ((covs[base + k] ?? 0) - (shared[k] ?? 0)) ** 2;
  }
  if (!(distance > 0)) return 1;
  return Math.min(1, Math.max(0, varianceSum / distance));
}

/** Fits one Gaussian per cell from every image's descriptors, with leave-one-out distances. */
export function fitPositionGaussians(descs: readonly Float32Array[], cells: number, dims: number): FittedGaussians {
  const n = descs.length;
  const mean = new Float32Array(cells * dims);
  const meanAcc = new Float64Array(cells * dims);
  for (const d of descs) for (let k = 0; k < meanAcc.length; k++) meanAcc[k] = (meanAcc[k] ?? 0) + (d[k] ?? 0) / n;
  mean.set(meanAcc);
  const covs = new Float64Array(cells * dims * dims);
  const shared = new Float64Array(dims * dims);
  const s2 = new Float64Array(dims * dims);
  const r = new Float64Array(dims);
  let varianceSum = 0;
  for (let p = 0; p < cells; p++) {
    const base = p * dims * dims;
    s2.fill(0);
    for (const d of descs) {
      for (let c = 0; c < dims; c++) r[c] = (d[p * dims + c] ?? 0) - (meanAcc[p * dims + c] ?? 0);
      for (let a = 0; a < dims; a++) {
        const ra = r[a] ?? 0;
        for (let b = 0; b <= a; b++) {
          const w = ra * (r[b] ?? 0);
          covs[base + a * dims + b] = (covs[base + a * dims + b] ?? 0) + w;
          s2[a * dims + b] = (s2[a * dims + b] ?? 0) + w * w;
        }
      }
    }
    for (let a = 0; a < dims; a++) {
      for (let b = 0; b <= a; b++) {
        const sum = covs[base + a * dims + b] ?? 0;
        // Var of this covariance entry: n/(n−1)³ · Σ_k (w_k − w̄)², counted for both (a,b) and (b,a)
        const spread = (n / (n - 1) ** 3) * Math.max((s2[a * dims + b] ?? 0) - (sum * sum) / n, 0);
        varianceSum += a === b ? spread : 2 * spread;
        const v = sum / (n - 1);
        covs[base + a * dims + b] = v;
        covs[base + b * dims + a] = v;
        shared[a * dims + b] = (shared[a * dims + b] ?? 0) + v / cells;
        if (a !== b) shared[b * dims + a] = (shared[b * dims + a] ?? 0) + v / cells;
      }
    }
  }
  const lambda = shrinkageIntensity(varianceSum, covs, shared, cells, dims);

  // Without image i the position's sample covariance is ((n−1)S − n/(n−1)·r rᵀ)/(n−2) and its
  // residual is r·n/(n−1), so Σ₋ᵢ = A − c·r rᵀ with A and c below; Sherman–Morrison then gives
  // the held-out Mahalanobis distance from one factorisation of A per position.
  const c = ((1 - lambda) * n) / ((n - 1) * (n - 2));
  const aScale = ((1 - lambda) * (n - 1)) / (n - 2);
  const tri = (dims * (dims + 1)) / 2;
  const chol = new Float32Array(cells * tri);
  const leaveOneOut = descs.map(() => new Float32Array(cells));
  const m = new Float64Array(dims * dims);
  const l = new Float64Array(dims * dims);
  const w = new Float64Array(dims);
  const inflate = n / (n - 1);
  for (let p = 0; p < cells; p++) {
    const base = p * dims * dims;
    for (let k = 0; k < dims * dims; k++) m[k] = (1 - lambda) * (covs[base + k] ?? 0) + lambda * (shared[k] ?? 0);
    for (let a = 0; a < dims; a++) m[a * dims + a] = (m[a * dims + a] ?? 0) + RIDGE;
    cholesky(m, dims, l);
    let o = p * tri;
    for (let i = 0; i < dims; i++) for (let j = 0; j <= i; j++) chol[o++] = l[i * dims + j] ?? 0;

    for (let k = 0; k < dims * dims; k++) m[k] = aScale * (covs[base + k] ?? 0) + lambda * (shared[k] ?? 0);
    for (let a = 0; a < dims; a++) m[a * dims + a] = (m[a * dims + a] ?? 0) + RIDGE;
    cholesky(m, dims, l);
    descs.forEach((d, i) => {
      for (let k = 0; k < dims; k++) r[k] = (d[p * dims + k] ?? 0) - (meanAcc[p * dims + k] ?? 0);
      const q = solvedNorm2(l, dims, r, w);
      const out = leaveOneOut[i];
      if (out) out[p] = inflate * Math.sqrt(q / Math.max(1 - c * q, 1e-6));
    });
  }
  return { mean, cholesky: chol, shrinkage: lambda, leaveOneOut };
}
