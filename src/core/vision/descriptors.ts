import type { FeatureMap, PatchGrid } from './features';
import type { InspectionModel } from './inspection-model';

export type DescriptorSpace = Pick<InspectionModel, 'backboneDims' | 'backboneMean' | 'projection' | 'textureMean' | 'invScale' | 'grid'>;

/** Standardised per-cell descriptors (cells × dims): projected backbone features, then texture responses. */
export function describeCells(space: DescriptorSpace, grid: PatchGrid, texture: FeatureMap): Float32Array {
  const { dims } = space.grid;
  const cells = grid.height * grid.width;
  const bd = space.backboneDims;
  const proj = space.projection.length / bd;
  const out = new Float32Array(cells * dims);
  // hot loop (cells × projected × backboneDims ≈ 3M multiply-adds): plain indexed reads on locals;
  // every index is in range by construction, hence the casts instead of `?? 0`
  const src = grid.data;
  const projection = space.projection;
  const invScale = space.invScale;
  const centred = new Float32Array(bd);
  const bmean = space.backboneMean;
  for (let p = 0; p < cells; p++) {
    const base = p * bd;
    for (let c = 0; c < bd; c++) centred[c] = (src[base + c] as number) - (bmean[c] as number);
    const o = p * dims;
    // four projection rows per pass over the centred vector: each of its values is loaded once for four
    // outputs; every sum still runs over c in order, so results are identical to the one-row loop
    let k = 0;
    for (; k + 4 <= proj; k += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      const r0 = k * bd;
      const r1 = r0 + bd;
      const r2 = r1 + bd;
      const r3 = r2 + bd;
      for (let c = 0; c < bd; c++) {
        const v = centred[c] as number;
        s0 += (projection[r0 + c] as number) * v;
        s1 += (projection[r1 + c] as number) * v;
        s2 += (projection[r2 + c] as number) * v;
        s3 += (projection[r3 + c] as number) * v;
      }
      out[o + k] = s0 * (invScale[k] as number);
      out[o + k + 1] = s1 * (invScale[k + 1] as number);
      out[o + k + 2] = s2 * (invScale[k + 2] as number);
      out[o + k + 3] = s3 * (invScale[k + 3] as number);
    }
    for (; k < proj; k++) {
      let s = 0;
      const row = k * bd;
      for (let c = 0; c < bd; c++) s += (projection[row + c] as number) * (centred[c] as number);
      out[o + k] = s * (invScale[k] as number);
    }
    for (let t = 0; t < texture.channels; t++) {
      out[o + proj + t] = ((texture.data[t * cells + p] as number) - (space.textureMean[t] as number)) * (invScale[proj + t] as number);
    }
  }
  return out;
}

/**
 * Whitened residual of one cell: solves L w = (x − μ) with the packed lower Cholesky factor, so
 * |w|² is the Mahalanobis distance under that cell's Gaussian.
 */
export function whiten(x: Float32Array, xOffset: number, mean: Float32Array, chol: Float32Array, cell: number, dims: number, out: Float64Array): void {
  const tri = (dims * (dims + 1)) / 2;
  const base = cell * tri;
  // runs for every cell of every image: indices are in range by construction, hence casts instead of `??`
  let r = base;
  for (let i = 0; i < dims; i++) {
    let s = (x[xOffset + i] as number) - (mean[cell * dims + i] as number);
    for (let j = 0; j < i; j++) s -= (chol[r + j] as number) * (out[j] as number);
    out[i] = s / (chol[r + i] as number);
    r += i + 1;
  }
}
