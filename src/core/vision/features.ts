/** A feature map as produced by the backbone: one image, channel-first. */
export interface FeatureMap {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly data: Float32Array;
}

/** What a backbone returns for one image; see models/manifest.json for the ONNX output names. */
export interface BackboneOutput {
  /** Class-agnostic defect logits at 1/4 of the input resolution (1 channel). */
  readonly defectLogits: FeatureMap;
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

// Bilinear, align_corners=false: the same sampling PyTorch used when the scorer was designed.
function sampleBilinear(src: FeatureMap, c: number, fy: number, fx: number): number {
  const y = Math.min(Math.max(fy, 0), src.height - 1);
  const x = Math.min(Math.max(fx, 0), src.width - 1);
  const y0 = Math.floor(y);
  const x0 = Math.floor(x);
  const y1 = Math.min(y0 + 1, src.height - 1);
  const x1 = Math.min(x0 + 1, src.width - 1);
  const wy = y - y0;
  const wx = x - x0;
  const base = c * src.height * src.width;
  const at = (yy: number, xx: number): number => src.data[base + yy * src.width + xx] ?? 0;
  return (1 - wy) * ((1 - wx) * at(y0, x0) + wx * at(y0, x1)) + wy * ((1 - wx) * at(y1, x0) + wx * at(y1, x1));
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
  const sy = s16.height / h;
  const sx = s16.width / w;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let o = (y * w + x) * dims;
      for (let c = 0; c < s4.channels; c++) {
        const b = c * s4.height * s4.width;
        const r0 = b + 2 * y * s4.width + 2 * x;
        const r1 = r0 + s4.width;
        data[o++] = 0.25 * ((s4.data[r0] ?? 0) + (s4.data[r0 + 1] ?? 0) + (s4.data[r1] ?? 0) + (s4.data[r1 + 1] ?? 0));
      }
      for (let c = 0; c < s8.channels; c++) data[o++] = s8.data[c * h * w + y * w + x] ?? 0;
      for (let c = 0; c < s16.channels; c++) data[o++] = sampleBilinear(s16, c, (y + 0.5) * sy - 0.5, (x + 0.5) * sx - 0.5);
    }
  }
  return { dims, height: h, width: w, data };
}

/** Defect logits average-pooled onto the patch grid so both evidence maps align cell for cell. */
export function defectGrid(out: BackboneOutput, height: number, width: number): Float32Array {
  const src = out.defectLogits;
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
