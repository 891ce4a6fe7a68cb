import { decodeImage } from './decode';
import type { FeatureExtractor } from './features';
import { defectGrid, patchGrid, type BackboneOutput, type PatchGrid } from './features';
import { fitInspectionModel, type FitOptions } from './fit';
import type { DecodeLimits, RgbImage } from './image';
import { DEFAULT_DECODE_LIMITS } from './image';
import type { InspectionModel } from './inspection-model';
import { toInputTensor } from './preprocess';
import { scoreEvidence, type Evidence, type ImageScore } from './scoring';

/** Backbone evidence for one image on the stride-8 grid, with the source image size. */
export type ImageEvidence = Evidence;

/** Where the time of one `analyseImage` went, in ms (the inspection benchmark reports each stage). */
export interface AnalysisTiming {
  preprocessMs: number;
  modelMs: number;
  featuresMs: number;
}

export async function analyseImage(extractor: FeatureExtractor, image: RgbImage, timing?: AnalysisTiming): Promise<ImageEvidence> {
  const t0 = performance.now();
  const input = toInputTensor(image, extractor.inputSize);
  const t1 = performance.now();
  const out = await extractor.extract(input.data);
  const t2 = performance.now();
  // The patch grid is built only when read (fitting reads it); scoring works from the outputs themselves.
  // Once the grid exists the outputs are let go (no closure here holds `out`), so a teaching set holds one of
  // the two per image, not both.
  let grid: PatchGrid | undefined;
  let backbone: BackboneOutput | undefined = out;
  const evidence: ImageEvidence = {
    get grid() {
      if (!grid) {
        grid = patchGrid(backbone as BackboneOutput);
        backbone = undefined;
      }
      return grid;
    },
    get backbone() {
      return backbone;
    },
    texture: out.featTexture,
    defect: defectGrid(out, out.featS8.height, out.featS8.width),
    width: image.width,
    height: image.height,
  };
  if (timing) {
    timing.preprocessMs = t1 - t0;
    timing.modelMs = t2 - t1;
    timing.featuresMs = performance.now() - t2;
  }
  return evidence;
}

export async function analyseBytes(
  extractor: FeatureExtractor,
  bytes: Uint8Array,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): Promise<ImageEvidence> {
  return analyseImage(extractor, decodeImage(bytes, limits));
}

export function backboneOf(extractor: FeatureExtractor): InspectionModel['backbone'] {
  return { id: extractor.modelId, sha256: extractor.modelSha256, inputSize: extractor.inputSize };
}

export type FitProgress = (done: number, total: number) => void;

/**
 * Fits an inspection model from good images. `load(i)` yields image i's bytes (so callers can stream
 * from disk or IndexedDB); progress is reported after each image's features are extracted.
 */
export async function fitFromImages(
  extractor: FeatureExtractor,
  count: number,
  load: (index: number) => Promise<Uint8Array>,
  options: FitOptions = {},
  onProgress?: FitProgress,
): Promise<InspectionModel> {
  const samples: ImageEvidence[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(await analyseBytes(extractor, await load(i)));
    onProgress?.(i + 1, count);
  }
  return fitInspectionModel(samples, backboneOf(extractor), options);
}

export async function inspectBytes(
  model: InspectionModel,
  extractor: FeatureExtractor,
  bytes: Uint8Array,
): Promise<ImageScore & { evidence: ImageEvidence }> {
  const evidence = await analyseBytes(extractor, bytes);
  return { ...scoreEvidence(model, evidence), evidence };
}
