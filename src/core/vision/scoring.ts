import { argMax, smooth3, topKMean } from './anomaly-map';
import type { PatchGrid } from './features';
import type { InspectionModel } from './inspection-model';

type GaussianPart = Pick<InspectionModel, 'mean' | 'basis' | 'invEigen' | 'residualInvVar' | 'grid'>;

/**
 * Per-cell Mahalanobis-like distance to the good images: exact in the leading principal
 * directions, isotropic in the rest (a probabilistic-PCA approximation that keeps scoring cheap).
 * `residualScale` > 1 turns a fitted image's own residual into its leave-one-out residual.
 */
export function distanceMap(model: GaussianPart, grid: PatchGrid, residualScale = 1): Float32Array {
  const { dims } = model.grid;
  const cells = model.grid.height * model.grid.width;
  const rank = model.invEigen.length;
  const out = new Float32Array(cells);
  const r = new Float32Array(dims);
  for (let p = 0; p < cells; p++) {
    const o = p * dims;
    let norm = 0;
    for (let c = 0; c < dims; c++) {
      const d = ((grid.data[o + c] ?? 0) - (model.mean[o + c] ?? 0)) * residualScale;
      r[c] = d;
      norm += d * d;
    }
    let m = 0;
    let explained = 0;
    for (let k = 0; k < rank; k++) {
      const b = k * dims;
      let proj = 0;
      for (let c = 0; c < dims; c++) proj += (model.basis[b + c] ?? 0) * (r[c] ?? 0);
      explained += proj * proj;
      m += proj * proj * (model.invEigen[k] ?? 0);
    }
    out[p] = Math.sqrt(m + Math.max(norm - explained, 0) * model.residualInvVar);
  }
  return out;
}

export interface Evidence {
  readonly distance: Float32Array;
  readonly defect: Float32Array;
}

/** Both evidence maps z-normalised with the good images' statistics, summed and smoothed. */
export function combinedMap(model: Pick<InspectionModel, 'calibration' | 'grid'>, ev: Evidence): Float32Array {
  const { anomalyMean, anomalyStd, defectMean, defectStd, defectWeight } = model.calibration;
  const out = new Float32Array(ev.distance.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = ((ev.distance[i] ?? 0) - anomalyMean) / anomalyStd + (defectWeight * ((ev.defect[i] ?? 0) - defectMean)) / defectStd;
  }
  return smooth3(out, model.grid.height, model.grid.width);
}

export interface ImageScore {
  /** Image anomaly score; compare with the model's threshold. */
  readonly score: number;
  readonly isDefect: boolean;
  /** Combined anomaly map on the model's grid (row-major, grid.height × grid.width). */
  readonly map: Float32Array;
  /** Grid cell (row, column) with the strongest evidence. */
  readonly peak: { readonly row: number; readonly col: number };
}

export function scoreEvidence(model: InspectionModel, grid: PatchGrid, defect: Float32Array): ImageScore {
  const map = combinedMap(model, { distance: distanceMap(model, grid), defect });
  const score = topKMean(map, model.topK);
  const p = argMax(map);
  return { score, isDefect: score >= model.threshold, map, peak: { row: Math.floor(p / model.grid.width), col: p % model.grid.width } };
}
