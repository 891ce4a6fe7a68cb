import { argMax, imageScore, smooth3 } from './anomaly-map';
import { describeCells, describeOutput, whiten } from './descriptors';
import type { BackboneOutput, FeatureMap, PatchGrid } from './features';
import { fusedScore, imageFeatures } from './fusion';
import type { InspectionModel, ShapeReference } from './inspection-model';

/** Backbone evidence for one image on the stride-8 grid (what fitting and scoring consume). */
export interface Evidence {
  readonly grid: PatchGrid;
  readonly texture: FeatureMap;
  /** Learned defect logits pooled onto the grid. */
  readonly defect: Float32Array;
  /** The backbone outputs the grid comes from, when kept: scoring then skips the grid (see describeOutput). */
  readonly backbone?: BackboneOutput;
  /** Size of the source image in pixels (its shape picks the good-part reference it is compared with). */
  readonly width: number;
  readonly height: number;
}

type CellGrid = InspectionModel['grid'];

/** ln(width / height): the image shape the backbone input's squeeze depends on. */
export function logAspect(width: number, height: number): number {
  return Math.log(Math.max(width, 1) / Math.max(height, 1));
}

/** The reference fitted on good images of the shape nearest this image's (the first on a tie). */
export function referenceFor(model: Pick<InspectionModel, 'references'>, width: number, height: number): ShapeReference {
  const a = logAspect(width, height);
  let best = model.references[0];
  for (const r of model.references) if (best && Math.abs(r.logAspect - a) < Math.abs(best.logAspect - a)) best = r;
  if (!best) throw new Error('inspection model without references');
  return best;
}

/** Per-cell Mahalanobis distance of standardised descriptors to that position's good-part Gaussian. */
export function distanceMap(grid: CellGrid, reference: Pick<ShapeReference, 'mean' | 'cholesky'>, desc: Float32Array): Float32Array {
  const { dims, height, width } = grid;
  const cells = height * width;
  const out = new Float32Array(cells);
  const w = new Float64Array(dims);
  for (let p = 0; p < cells; p++) {
    whiten(desc, p * dims, reference.mean, reference.cholesky, p, dims, w);
    let s = 0;
    for (let i = 0; i < dims; i++) s += (w[i] as number) ** 2;
    out[p] = Math.sqrt(s);
  }
  return out;
}

/** Distance and learned defect maps z-normalised with good-image statistics, summed and smoothed. */
export function combinedMap(
  model: Pick<InspectionModel, 'calibration' | 'grid'>,
  reference: Pick<ShapeReference, 'anomalyMean' | 'anomalyStd'>,
  distance: Float32Array,
  defect: Float32Array,
): Float32Array {
  const { defectMean, defectStd, defectWeight } = model.calibration;
  const { anomalyMean, anomalyStd } = reference;
  const out = new Float32Array(distance.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = ((distance[i] ?? 0) - anomalyMean) / anomalyStd + (defectWeight * ((defect[i] ?? 0) - defectMean)) / defectStd;
  }
  return smooth3(out, model.grid.height, model.grid.width);
}

/** The texture components (the last `dims − from`) of cell descriptors, cells × (dims − from). */
export function textureComponents(desc: Float32Array, cells: number, dims: number, from: number): Float32Array {
  const td = dims - from;
  const out = new Float32Array(cells * td);
  for (let p = 0; p < cells; p++) out.set(desc.subarray(p * dims + from, (p + 1) * dims), p * td);
  return out;
}

/** The two views' image scores (texture 0 and no texture map for models without a texture view). */
export function viewScores(
  model: Pick<InspectionModel, 'calibration' | 'grid' | 'topK' | 'textureScore' | 'projection' | 'backboneDims'>,
  reference: ShapeReference,
  descriptors: Float32Array,
  map: Float32Array,
  defect: Float32Array,
): { full: number; texture: number; textureMap?: Float32Array } {
  const full = imageScore(map, model.topK);
  const { texture } = reference;
  if (!model.textureScore || !texture) return { full, texture: 0 };
  const { height, width, dims } = model.grid;
  const cells = height * width;
  const from = model.projection.length / model.backboneDims;
  const td = dims - from;
  const textureMap = combinedMap(
    model,
    texture,
    distanceMap({ height, width, dims: td }, texture, textureComponents(descriptors, cells, dims, from)),
    defect,
  );
  return { full, texture: imageScore(textureMap, model.topK), textureMap };
}

/**
 * The anomaly image score: the full map's, plus — for models with a texture view — the texture view's own
 * image score, centred and scaled as the good images' held-out scores were (InspectionModel.textureScore).
 */
export function anomalyScore(model: Pick<InspectionModel, 'textureScore'>, views: { full: number; texture: number }): number {
  return model.textureScore ? views.full + model.textureScore.weight * (views.texture - model.textureScore.median) : views.full;
}

/** The image statistics a taught classifier reads (see fusion.ts imageFeatures). */
export function featuresOf(
  model: Pick<InspectionModel, 'grid' | 'projection' | 'backboneDims'>,
  map: Float32Array,
  views: { full: number; texture: number },
  descriptors: Float32Array,
): Float32Array {
  return imageFeatures(map, views.full, views.texture, descriptors, model.grid.dims, model.projection.length / model.backboneDims);
}

export interface ImageScore {
  /** Image score (the anomaly score, fused with the taught classifier where there is one); compare with the model's threshold. */
  readonly score: number;
  /** The anomaly score alone (equal to `score` without taught defects). */
  readonly anomaly: number;
  /** The full and texture views' own image scores (texture 0 without a texture view). */
  readonly views: { readonly full: number; readonly texture: number };
  readonly isDefect: boolean;
  /** Combined anomaly map on the model's grid (row-major, grid.height × grid.width). */
  readonly map: Float32Array;
  /** Standardised cell descriptors (cells × dims), reused for defect typing. */
  readonly descriptors: Float32Array;
  /** The good-part reference the image was compared with (defect typing whitens against it too). */
  readonly reference: ShapeReference;
  /** Grid cell (row, column) with the strongest evidence. */
  readonly peak: { readonly row: number; readonly col: number };
}

export function scoreEvidence(model: InspectionModel, ev: Evidence): ImageScore {
  const descriptors = ev.backbone ? describeOutput(model, ev.backbone) : describeCells(model, ev.grid, ev.texture);
  const reference = referenceFor(model, ev.width, ev.height);
  const map = combinedMap(model, reference, distanceMap(model.grid, reference, descriptors), ev.defect);
  const views = viewScores(model, reference, descriptors, map, ev.defect);
  const anomaly = anomalyScore(model, views);
  const fusion = model.taught?.fusion;
  const score = fusion ? fusedScore(fusion, anomaly, featuresOf(model, map, views, descriptors)) : anomaly;
  const p = argMax(map);
  return {
    score,
    anomaly,
    views: { full: views.full, texture: views.texture },
    isDefect: score >= model.threshold,
    map,
    descriptors,
    reference,
    peak: { row: Math.floor(p / model.grid.width), col: p % model.grid.width },
  };
}
