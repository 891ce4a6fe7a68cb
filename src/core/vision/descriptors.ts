import { taps, type BackboneOutput, type FeatureMap, type PatchGrid } from './features';
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
  // float64 holding float32-rounded values: the same numbers as the float32 vector this loop always used
  const centred = new Float64Array(bd);
  const sums = new Float64Array(proj);
  const bmean = space.backboneMean;
  for (let p = 0; p < cells; p++) {
    const base = p * bd;
    for (let c = 0; c < bd; c++) centred[c] = Math.fround((src[base + c] as number) - (bmean[c] as number));
    const o = p * dims;
    project(projection, bd, 0, bd, centred, proj, sums, 0);
    for (let k = 0; k < proj; k++) out[o + k] = (sums[k] as number) * (invScale[k] as number);
    for (let t = 0; t < texture.channels; t++) {
      out[o + proj + t] = ((texture.data[t * cells + p] as number) - (space.textureMean[t] as number)) * (invScale[proj + t] as number);
    }
  }
  return out;
}

/**
 * The same descriptors as `describeCells(space, patchGrid(out), out.featTexture)`, up to float rounding, about
 * half the work: pooling, upsampling and the projection are all linear, so each scale is projected on its own
 * grid (the stride-16 map before it is upsampled, 4× fewer cells) and the projected parts are added, and the
 * 192-wide patch grid is never built. Checks use this; fitting still builds the grid (it needs it for the PCA).
 */
export function describeOutput(space: DescriptorSpace, out: BackboneOutput): Float32Array {
  const { featS4: s4, featS8: s8, featS16: s16, featTexture: texture } = out;
  const { dims } = space.grid;
  const h = s8.height;
  const w = s8.width;
  const cells = h * w;
  const bd = space.backboneDims;
  const proj = space.projection.length / bd;
  const projection = space.projection;
  const bmean = space.backboneMean;
  // every index below is in range by construction, hence the casts instead of `?? 0`
  const centre = new Float64Array(proj);
  for (let k = 0; k < proj; k++) {
    let m = 0;
    for (let c = 0; c < bd; c++) m += (projection[k * bd + c] as number) * (bmean[c] as number);
    centre[k] = m;
  }
  // stride 4 (2×2 average) and stride 8 on the cell grid: channels [0, fine) of the projection
  const fine = s4.channels + s8.channels;
  const values = new Float64Array(Math.max(fine, s16.channels));
  const acc = new Float64Array(cells * proj);
  const d4 = s4.data;
  const d8 = s8.data;
  const plane4 = s4.height * s4.width;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const r0 = 2 * y * s4.width + 2 * x;
      const r1 = r0 + s4.width;
      for (let c = 0; c < s4.channels; c++) {
        const b = c * plane4;
        values[c] = 0.25 * ((d4[b + r0] as number) + (d4[b + r0 + 1] as number) + (d4[b + r1] as number) + (d4[b + r1 + 1] as number));
      }
      for (let c = 0; c < s8.channels; c++) values[s4.channels + c] = d8[c * cells + p] as number;
      project(projection, bd, 0, fine, values, proj, acc, p * proj);
    }
  }
  // stride 16: projected on its own grid (channels [fine, bd)), then upsampled bilinearly
  const d16 = s16.data;
  const plane16 = s16.height * s16.width;
  const q = new Float64Array(plane16 * proj);
  for (let p = 0; p < plane16; p++) {
    for (let c = 0; c < s16.channels; c++) values[c] = d16[c * plane16 + p] as number;
    project(projection, bd, fine, s16.channels, values, proj, q, p * proj);
  }
  const ty = taps(h, s16.height);
  const tx = taps(w, s16.width);
  const result = new Float32Array(cells * dims);
  const invScale = space.invScale;
  for (let y = 0; y < h; y++) {
    const y0 = (ty.i0[y] as number) * s16.width;
    const y1 = (ty.i1[y] as number) * s16.width;
    const wy = ty.w[y] as number;
    for (let x = 0; x < w; x++) {
      const wx = tx.w[x] as number;
      const q00 = (y0 + (tx.i0[x] as number)) * proj;
      const q01 = (y0 + (tx.i1[x] as number)) * proj;
      const q10 = (y1 + (tx.i0[x] as number)) * proj;
      const q11 = (y1 + (tx.i1[x] as number)) * proj;
      const a00 = (1 - wy) * (1 - wx);
      const a01 = (1 - wy) * wx;
      const a10 = wy * (1 - wx);
      const a11 = wy * wx;
      const p = y * w + x;
      const a = p * proj;
      const o = p * dims;
      for (let k = 0; k < proj; k++) {
        const up =
          a00 * (q[q00 + k] as number) + a01 * (q[q01 + k] as number) + a10 * (q[q10 + k] as number) + a11 * (q[q11 + k] as number);
        result[o + k] = ((acc[a + k] as number) + up - (centre[k] as number)) * (invScale[k] as number);
      }
      for (let t = 0; t < texture.channels; t++) {
        result[o + proj + t] =
          ((texture.data[t * cells + p] as number) - (space.textureMean[t] as number)) * (invScale[proj + t] as number);
      }
    }
  }
  return result;
}

/**
 * out[at + k] = Σ_c projection[k][from + c] · values[c] for c < count. Four projection rows per pass over the
 * values: each is loaded once for four outputs (sums kept in registers); every sum still runs over c in order,
 * so results are identical to the one-row loop.
 */
function project(
  projection: Float32Array,
  bd: number,
  from: number,
  count: number,
  values: Float64Array,
  proj: number,
  out: Float64Array,
  at: number,
): void {
  let k = 0;
  for (; k + 4 <= proj; k += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const r0 = k * bd + from;
    const r1 = r0 + bd;
    const r2 = r1 + bd;
    const r3 = r2 + bd;
    for (let c = 0; c < count; c++) {
      const v = values[c] as number;
      s0 += (projection[r0 + c] as number) * v;
      s1 += (projection[r1 + c] as number) * v;
      s2 += (projection[r2 + c] as number) * v;
      s3 += (projection[r3 + c] as number) * v;
    }
    out[at + k] = s0;
    out[at + k + 1] = s1;
    out[at + k + 2] = s2;
    out[at + k + 3] = s3;
  }
  for (; k < proj; k++) {
    let s = 0;
    const row = k * bd + from;
    for (let c = 0; c < count; c++) s += (projection[row + c] as number) * (values[c] as number);
    out[at + k] = s;
  }
}

/**
 * Whitened residual of one cell: solves L w = (x − μ) with the packed lower Cholesky factor, so
 * |w|² is the Mahalanobis distance under that cell's Gaussian.
 */
export function whiten(
  x: Float32Array,
  xOffset: number,
  mean: Float32Array,
  chol: Float32Array,
  cell: number,
  dims: number,
  out: Float64Array,
): void {
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
