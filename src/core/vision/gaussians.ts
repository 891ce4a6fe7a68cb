/**
 * Per-position Gaussians over standardised descriptors. The covariance of each position is shrunk
 * towards the covariance pooled over all positions: with ~100 images a 30-dimensional covariance
 * per position is noisy, and with few images it would be singular.
 */
export interface PositionGaussians {
  readonly mean: Float32Array;
  readonly cholesky: Float32Array;
}

export function shrinkage(dims: number, images: number): number {
  return Math.min(1, 0.05 + (dims / images) ** 2);
}

/** Lower Cholesky factor of a symmetric positive-definite matrix, written packed by rows into `out`. */
function choleskyPacked(a: Float64Array, n: number, out: Float32Array, offset: number): void {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-9)) : s / (l[j * n + j] ?? 1);
    }
  }
  let r = offset;
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) out[r++] = l[i * n + j] ?? 0;
}

/** Fits one Gaussian per cell from the descriptors of the images listed in `use`. */
export function fitPositionGaussians(descs: readonly Float32Array[], use: readonly number[], cells: number, dims: number): PositionGaussians {
  const n = use.length;
  const mean = new Float32Array(cells * dims);
  for (const i of use) {
    const d = descs[i] ?? new Float32Array(0);
    for (let k = 0; k < mean.length; k++) mean[k] = (mean[k] ?? 0) + (d[k] ?? 0) / n;
  }
  const covs = new Float64Array(cells * dims * dims);
  const shared = new Float64Array(dims * dims);
  const r = new Float64Array(dims);
  for (let p = 0; p < cells; p++) {
    const base = p * dims * dims;
    for (const i of use) {
      const d = descs[i] ?? new Float32Array(0);
      for (let c = 0; c < dims; c++) r[c] = (d[p * dims + c] ?? 0) - (mean[p * dims + c] ?? 0);
      for (let a = 0; a < dims; a++) {
        const ra = r[a] ?? 0;
        for (let b = 0; b <= a; b++) covs[base + a * dims + b] = (covs[base + a * dims + b] ?? 0) + ra * (r[b] ?? 0);
      }
    }
    for (let a = 0; a < dims; a++) {
      for (let b = 0; b <= a; b++) {
        const v = (covs[base + a * dims + b] ?? 0) / Math.max(n - 1, 1);
        covs[base + a * dims + b] = v;
        covs[base + b * dims + a] = v;
        shared[a * dims + b] = (shared[a * dims + b] ?? 0) + v / cells;
        if (a !== b) shared[b * dims + a] = (shared[b * dims + a] ?? 0) + v / cells;
      }
    }
  }
  const lambda = shrinkage(dims, n);
  const tri = (dims * (dims + 1)) / 2;
  const cholesky = new Float32Array(cells * tri);
  const m = new Float64Array(dims * dims);
  for (let p = 0; p < cells; p++) {
    const base = p * dims * dims;
    for (let k = 0; k < dims * dims; k++) m[k] = (1 - lambda) * (covs[base + k] ?? 0) + lambda * (shared[k] ?? 0);
    // descriptors are standardised, so a fixed ridge is a fixed fraction of the typical variance
    for (let a = 0; a < dims; a++) m[a * dims + a] = (m[a * dims + a] ?? 0) + 0.01;
    choleskyPacked(m, dims, cholesky, p * tri);
  }
  return { mean, cholesky };
}
