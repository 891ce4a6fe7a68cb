import { argMax, imageScore, smooth3 } from './anomaly-map';
import { describeCells, describeOutput, whiten } from './descriptors';
import type { BackboneOutput, FeatureMap, PatchGrid } from './features';
import type { InspectionModel } from './inspection-model';

/** Backbone evidence for one image on the stride-8 grid (what fitting and scoring consume). */
export interface Evidence {
  readonly grid: PatchGrid;
  readonly texture: FeatureMap;
  /** Learned defect logits pooled onto the grid. */
  readonly defect: Float32Array;
  /** The backbone outputs the grid comes from, when kept: scoring then skips the grid (see describeOutput). */
  readonly backbone?: BackboneOutput;
}

type GaussianPart = Pick<InspectionModel, 'mean' | 'cholesky' | 'grid'>;

/** Per-cell Mahalanobis distance of standardised descriptors to that position's good-part Gaussian. */
export function distanceMap(model: GaussianPart, desc: Float32Array): Float32Array {
  const { dims, height, width } = model.grid;
  const cells = height * width;
  const out = new Float32Array(cells);
  const w = new Float64Array(dims);
  for (let p = 0; p < cells; p++) {
    whiten(desc, p * dims, model.mean, model.cholesky, p, dims, w);
    let s = 0;
    for (let i = 0; i < dims; i++) s += (w[i] as number) ** 2;
    out[p] = Math.sqrt(s);
  }
  return out;
}

/** Distance and learned defect maps z-normalised with good-image statistics, summed and smoothed. */
export function combinedMap(model: Pick<InspectionModel, 'calibration' | 'grid'>, distance: Float32Array, defect: Float32Array): Float32Array {
  const { anomalyMean, anomalyStd, defectMean, defectStd, defectWeight } = model.calibration;
  const out = new Float32Array(distance.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = ((distance[i] ?? 0) - anomalyMean) / anomalyStd + (defectWeight * ((defect[i] ?? 0) - defectMean)) / defectStd;
  }
  return smooth3(out, model.grid.height, model.grid.width);
}

export interface ImageScore {
  /** Image anomaly score; compare with the model's threshold. */
  readonly score: number;
  readonly isDefect: boolean;
  /** Combined anomaly map on the model's grid (row-major, grid.height × grid.width). */
  readonly map: Float32Array;
  /** Standardised cell descriptors (cells × dims), reused for defect typing. */
  readonly descriptors: Float32Array;
  /** Grid cell (row, column) with the strongest evidence. */
  readonly peak: { readonly row: number; readonly col: number };
}

export function scoreEvidence(model: InspectionModel, ev: Evidence): ImageScore {
  const descriptors = ev.backbone ? describeOutput(model, ev.backbone) : describeCells(model, ev.grid, ev.texture);
  const map = combinedMap(model, distanceMap(model, descriptors), ev.defect);
  const score = imageScore(map, model.topK);
  const p = argMax(map);
  return { score, isDefect: score >= model.threshold, map, descriptors, peak: { row: Math.floor(p / model.grid.width), col: p % model.grid.width } };
}
