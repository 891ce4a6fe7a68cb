/** A feature map as produced by the backbone: one image, channel-first. */
export interface FeatureMap {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly data: Float32Array;
}

/** What a backbone returns for one image; see models/manifest.json for the ONNX output names. */
export interface BackboneOutput {
  /**
   * Class-agnostic defect logits at 1/4 of the input resolution (1 channel); only backbones before
   * 1.1.0 export them (the map did not transfer to real parts and cost a quarter of the backbone's time).
   */
  readonly defectLogits?: FeatureMap;
  readonly featS4: FeatureMap;
  readonly featS8: FeatureMap;
  readonly featS16: FeatureMap;
  /** Fixed Gabor-bank magnitudes and local brightness on the stride-8 grid. */
  readonly featTexture: FeatureMap;
}

/** Runtime-free seam between core and the ONNX session (src/inference implements it). */
export interface FeatureExtractor {
  readonly modelId: string;
  readonly modelSha256: string;
  readonly inputSize: number;
  extract(input: Float32Array): Promise<BackboneOutput>;
}

/** Per-position descriptors on the stride-8 grid, position-major: data[(y*w+x)*dims + c]. */
export interface PatchGrid {
  readonly dims: number;
  readonly height: number;
  readonly width: number;
  readonly data: Float32Array;
}

// Bilinear taps with align_corners=false (PyTorch's default, used when the scorer was designed).
export function taps(out: number, src: number): { i0: Int32Array; i1: Int32Array; w: Float32Array } {
  const i0 = new Int32Array(out);
  const i1 = new Int32Array(out);
  const w = new Float32Array(out);
  const scale = src / out;
  for (let o = 0; o < out; o++) {
    const f = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), src - 1);
    i0[o] = Math.floor(f);
    i1[o] = Math.min(Math.floor(f) + 1, src - 1);
    w[o] = f - Math.floor(f);
  }
  return { i0, i1, w };
}

/**
 * Multi-scale descriptor per stride-8 cell: stride-4 features average-pooled 2×2, stride-8
 * features as they are, stride-16 features bilinearly upsampled.
 */
export function patchGrid(out: BackboneOutput): PatchGrid {
  const { featS4: s4, featS8: s8, featS16: s16 } = out;
  const h = s8.height;
  const w = s8.width;
  const dims = s4.channels + s8.channels + s16.channels;
  const data = new Float32Array(h * w * dims);
  const ty = taps(h, s16.height);
  const tx = taps(w, s16.width);
  const plane16 = s16.height * s16.width;
  // hot loop (every checked image): indices are in range by construction, hence casts instead of `?? 0`
  const d4 = s4.data;
  const d8 = s8.data;
  const d16 = s16.data;
  for (let y = 0; y < h; y++) {
    const y0 = (ty.i0[y] as number) * s16.width;
    const y1 = (ty.i1[y] as number) * s16.width;
    const wy = ty.w[y] as number;
    for (let x = 0; x < w; x++) {
      let o = (y * w + x) * dims;
      for (let c = 0; c < s4.channels; c++) {
        const b = c * s4.height * s4.width;
        const r0 = b + 2 * y * s4.width + 2 * x;
        const r1 = r0 + s4.width;
        data[o++] = 0.25 * ((d4[r0] as number) + (d4[r0 + 1] as number) + (d4[r1] as number) + (d4[r1 + 1] as number));
      }
      for (let c = 0; c < s8.channels; c++) data[o++] = d8[c * h * w + y * w + x] as number;
      const x0 = tx.i0[x] as number;
      const x1 = tx.i1[x] as number;
      const wx = tx.w[x] as number;
      const a00 = (1 - wy) * (1 - wx);
      const a01 = (1 - wy) * wx;
      const a10 = wy * (1 - wx);
      const a11 = wy * wx;
      for (let c = 0; c < s16.channels; c++) {
        const b = c * plane16;
        data[o++] =
          a00 * (d16[b + y0 + x0] as number) +
          a01 * (d16[b + y0 + x1] as number) +
          a10 * (d16[b + y1 + x0] as number) +
          a11 * (d16[b + y1 + x1] as number);
      }
    }
  }
  return { dims, height: h, width: w, data };
}

/**
 * Defect logits average-pooled onto the patch grid so both evidence maps align cell for cell; all
 * zeros for a backbone without the defect head (the learned map then adds nothing to any score).
 */
export function defectGrid(out: BackboneOutput, height: number, width: number): Float32Array {
  const src = out.defectLogits;
  if (!src) return new Float32Array(height * width);
  const fy = src.height / height;
  const fx = src.width / width;
  const res = new Float32Array(height * width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let dy = 0; dy < fy; dy++) for (let dx = 0; dx < fx; dx++) s += src.data[(y * fy + dy) * src.width + x * fx + dx] ?? 0;
      res[y * width + x] = s / (fy * fx);
    }
  }
  return res;
}
