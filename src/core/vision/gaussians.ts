import { whiten } from './descriptors';

/**
 * Per-position Gaussians over standardised descriptors (PaDiM-style). Each position's mean and
 * covariance are estimated from the good images' cells in its 3×3 neighbourhood — nine times the
 * samples of the position alone, and tolerant of parts sitting a cell off — and the covariance is
 * shrunk towards the covariance pooled over all positions by a data-driven amount.
 */
export interface PositionGaussians {
  readonly mean: Float32Array;
  readonly cholesky: Float32Array;
}

export interface FittedGaussians extends PositionGaussians {
  /** Shrinkage intensity λ in [0, 1] towards the pooled covariance, estimated from the data. */
  readonly shrinkage: number;
  /**
   * Per image, the per-cell Mahalanobis distance under Gaussians fitted without that image's fold
   * (same λ, same descriptor space, same estimator): what a fresh good image would score.
   */
  readonly heldOut: Float32Array[];
}

export interface CellGrid {
  readonly height: number;
  readonly width: number;
  readonly dims: number;
}

/** Descriptors are standardised, so a fixed ridge is a fixed fraction of the typical variance. */
const RIDGE = 0.01;
/** Neighbourhood radius in cells over which each position's statistics are pooled. */
const POOL_RADIUS = 1;
/** Folds for the held-out scores. */
const FOLDS = 5;
/** Every third position estimates λ (it is one number for the whole model; saves 2/3 of the work). */
const LAMBDA_POSITION_STEP = 3;

interface Sums {
  /** Number of samples per position. */
  readonly count: Float64Array;
  /** Σx per position (cells × dims). */
  readonly s1: Float64Array;
  /** Σxxᵀ per position, lower triangle packed (cells × tri). */
  readonly s2: Float64Array;
}

function emptySums(cells: number, dims: number): Sums {
  return { count: new Float64Array(cells), s1: new Float64Array(cells * dims), s2: new Float64Array((cells * dims * (dims + 1)) / 2) };
}

function addImage(sums: Sums, d: Float32Array, cells: number, dims: number): void {
  const tri = (dims * (dims + 1)) / 2;
  for (let p = 0; p < cells; p++) {
    sums.count[p] = (sums.count[p] ?? 0) + 1;
    let o = p * tri;
    for (let a = 0; a < dims; a++) {
      const xa = d[p * dims + a] ?? 0;
      sums.s1[p * dims + a] = (sums.s1[p * dims + a] ?? 0) + xa;
      for (let b = 0; b <= a; b++) {
        sums.s2[o] = (sums.s2[o] ?? 0) + xa * (d[p * dims + b] ?? 0);
        o++;
      }
    }
  }
}

function subtract(a: Sums, b: Sums): Sums {
  return {
    count: a.count.map((v, i) => v - (b.count[i] ?? 0)),
    s1: a.s1.map((v, i) => v - (b.s1[i] ?? 0)),
    s2: a.s2.map((v, i) => v - (b.s2[i] ?? 0)),
  };
}

/** Sums each per-position statistic over the (2r+1)² neighbourhood, truncated at the border. */
function poolNeighbourhood(values: Float64Array, grid: CellGrid, per: number): Float64Array {
  const { height, width } = grid;
  const out = new Float64Array(values.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * per;
      for (let yy = Math.max(0, y - POOL_RADIUS); yy <= Math.min(height - 1, y + POOL_RADIUS); yy++) {
        for (let xx = Math.max(0, x - POOL_RADIUS); xx <= Math.min(width - 1, x + POOL_RADIUS); xx++) {
          const s = (yy * width + xx) * per;
          for (let k = 0; k < per; k++) out[o + k] = (out[o + k] ?? 0) + (values[s + k] ?? 0);
        }
      }
    }
  }
  return out;
}

interface Moments {
  readonly mean: Float64Array;
  /** Full covariance per position (cells × dims × dims). */
  readonly covs: Float64Array;
  /** Average of the positions' covariances. */
  readonly shared: Float64Array;
  readonly count: Float64Array;
}

/** Every position gets the sums over all positions (the position-invariant statistics). */
function broadcastTotal(values: Float64Array, cells: number, per: number): Float64Array {
  const total = new Float64Array(per);
  for (let p = 0; p < cells; p++) for (let k = 0; k < per; k++) total[k] = (total[k] ?? 0) + (values[p * per + k] ?? 0);
  const out = new Float64Array(cells * per);
  for (let p = 0; p < cells; p++) out.set(total, p * per);
  return out;
}

function moments(sums: Sums, grid: CellGrid, positionInvariant = false): Moments {
  const { dims } = grid;
  const cells = grid.height * grid.width;
  const tri = (dims * (dims + 1)) / 2;
  const pool = (values: Float64Array, per: number): Float64Array =>
    positionInvariant ? broadcastTotal(values, cells, per) : poolNeighbourhood(values, grid, per);
  const count = pool(sums.count, 1);
  const s1 = pool(sums.s1, dims);
  const s2 = pool(sums.s2, tri);
  const mean = new Float64Array(cells * dims);
  const covs = new Float64Array(cells * dims * dims);
  const shared = new Float64Array(dims * dims);
  for (let p = 0; p < cells; p++) {
    const n = count[p] ?? 1;
    for (let a = 0; a < dims; a++) mean[p * dims + a] = (s1[p * dims + a] ?? 0) / n;
    let o = p * tri;
    for (let a = 0; a < dims; a++) {
      const ma = mean[p * dims + a] ?? 0;
      for (let b = 0; b <= a; b++) {
        const v = ((s2[o++] ?? 0) - n * ma * (mean[p * dims + b] ?? 0)) / Math.max(n - 1, 1);
        covs[p * dims * dims + a * dims + b] = v;
        covs[p * dims * dims + b * dims + a] = v;
        shared[a * dims + b] = (shared[a * dims + b] ?? 0) + v / cells;
        if (a !== b) shared[b * dims + a] = (shared[b * dims + a] ?? 0) + v / cells;
      }
    }
  }
  return { mean, covs, shared, count };
}

/**
 * Shrinkage intensity towards the pooled covariance (Schäfer & Strimmer 2005: the Ledoit–Wolf
 * estimator for an arbitrary target): the estimated variance of the covariance entries over their
 * squared distance from the target, summed over positions so one λ serves the model. It falls
 * roughly as 1/n, so few images get strongly pooled covariances and many get their own.
 */
function shrinkageIntensity(descs: readonly Float32Array[], m: Moments, grid: CellGrid): number {
  const { height, width, dims } = grid;
  const r = new Float64Array(dims);
  const sw = new Float64Array(dims * dims);
  const sw2 = new Float64Array(dims * dims);
  let variance = 0;
  let distance = 0;
  for (let p = 0; p < height * width; p += LAMBDA_POSITION_STEP) {
    const y = Math.floor(p / width);
    const x = p % width;
    sw.fill(0);
    sw2.fill(0);
    for (const d of descs) {
      for (let yy = Math.max(0, y - POOL_RADIUS); yy <= Math.min(height - 1, y + POOL_RADIUS); yy++) {
        for (let xx = Math.max(0, x - POOL_RADIUS); xx <= Math.min(width - 1, x + POOL_RADIUS); xx++) {
          const q = (yy * width + xx) * dims;
          for (let a = 0; a < dims; a++) r[a] = (d[q + a] ?? 0) - (m.mean[p * dims + a] ?? 0);
          for (let a = 0; a < dims; a++) {
            const ra = r[a] ?? 0;
            for (let b = 0; b <= a; b++) {
              const w = ra * (r[b] ?? 0);
              sw[a * dims + b] = (sw[a * dims + b] ?? 0) + w;
              sw2[a * dims + b] = (sw2[a * dims + b] ?? 0) + w * w;
            }
          }
        }
      }
    }
    const n = m.count[p] ?? 1;
    for (let a = 0; a < dims; a++) {
      for (let b = 0; b <= a; b++) {
        const s = sw[a * dims + b] ?? 0;
        // Var of the covariance entry: n/(n−1)³ · Σ_k (w_k − w̄)², for both (a,b) and (b,a)
        const v = (n / (n - 1) ** 3) * Math.max((sw2[a * dims + b] ?? 0) - (s * s) / n, 0);
        const dist = ((m.covs[p * dims * dims + a * dims + b] ?? 0) - (m.shared[a * dims + b] ?? 0)) ** 2;
        variance += a === b ? v : 2 * v;
        distance += a === b ? dist : 2 * dist;
      }
    }
  }
  if (!(distance > 0)) return 1;
  return Math.min(1, Math.max(0, variance / distance));
}

/** Packed lower Cholesky factors of (1−λ)·cov + λ·shared + ridge for every position. */
function factorise(m: Moments, lambda: number, cells: number, dims: number): Float32Array {
  const tri = (dims * (dims + 1)) / 2;
  const out = new Float32Array(cells * tri);
  const a = new Float64Array(dims * dims);
  const l = new Float64Array(dims * dims);
  for (let p = 0; p < cells; p++) {
    const base = p * dims * dims;
    for (let k = 0; k < dims * dims; k++) a[k] = (1 - lambda) * (m.covs[base + k] ?? 0) + lambda * (m.shared[k] ?? 0);
    for (let i = 0; i < dims; i++) a[i * dims + i] = (a[i * dims + i] ?? 0) + RIDGE;
    l.fill(0);
    for (let i = 0; i < dims; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i * dims + j] ?? 0;
        for (let k = 0; k < j; k++) s -= (l[i * dims + k] ?? 0) * (l[j * dims + k] ?? 0);
        l[i * dims + j] = i === j ? Math.sqrt(Math.max(s, 1e-9)) : s / (l[j * dims + j] ?? 1);
      }
    }
    let o = p * tri;
    for (let i = 0; i < dims; i++) for (let j = 0; j <= i; j++) out[o++] = l[i * dims + j] ?? 0;
  }
  return out;
}

export function distances(mean: Float32Array, chol: Float32Array, desc: Float32Array, cells: number, dims: number): Float32Array {
  const out = new Float32Array(cells);
  const w = new Float64Array(dims);
  for (let p = 0; p < cells; p++) {
    whiten(desc, p * dims, mean, chol, p, dims, w);
    let s = 0;
    for (let i = 0; i < dims; i++) s += (w[i] ?? 0) ** 2;
    out[p] = Math.sqrt(s);
  }
  return out;
}

/**
 * Fits the Gaussians from every image's descriptors, with held-out distances for calibration. With
 * `positionInvariant`, every position gets the one Gaussian of all good cells (random textures — grain,
 * castings, fabric — where a position says nothing about what belongs there); stored per position as
 * before, so such a model scores with the same code and file layout.
 */
export function fitPositionGaussians(descs: readonly Float32Array[], grid: CellGrid, positionInvariant = false): FittedGaussians {
  const { dims } = grid;
  const cells = grid.height * grid.width;
  const n = descs.length;
  const folds = Math.min(FOLDS, n);
  const foldSums = Array.from({ length: folds }, () => emptySums(cells, dims));
  descs.forEach((d, i) => {
    const s = foldSums[i % folds];
    if (s) addImage(s, d, cells, dims);
  });
  const total = emptySums(cells, dims);
  for (const s of foldSums) {
    for (let k = 0; k < cells; k++) total.count[k] = (total.count[k] ?? 0) + (s.count[k] ?? 0);
    for (let k = 0; k < total.s1.length; k++) total.s1[k] = (total.s1[k] ?? 0) + (s.s1[k] ?? 0);
    for (let k = 0; k < total.s2.length; k++) total.s2[k] = (total.s2[k] ?? 0) + (s.s2[k] ?? 0);
  }
  const all = moments(total, grid, positionInvariant);
  // position-invariant: each position's covariance is the shared one, so there is nothing to shrink
  const lambda = positionInvariant ? 0 : shrinkageIntensity(descs, all, grid);
  // held-out distances with the shipped model's λ and estimator, from the other folds' images
  const heldOut: Float32Array[] = descs.map(() => new Float32Array(cells));
  foldSums.forEach((fold, f) => {
    const m = moments(subtract(total, fold), grid, positionInvariant);
    const mean = Float32Array.from(m.mean);
    const chol = factorise(m, lambda, cells, dims);
    for (let i = f; i < n; i += folds) heldOut[i] = distances(mean, chol, descs[i] ?? new Float32Array(0), cells, dims);
  });
  return { mean: Float32Array.from(all.mean), cholesky: factorise(all, lambda, cells, dims), shrinkage: lambda, heldOut };
}
