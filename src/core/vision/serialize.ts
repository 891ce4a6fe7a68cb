import { z } from 'zod';
import { VisionError } from './errors';
import type { InspectionModel } from './inspection-model';

/**
 * Binary layout (little-endian): "GZIM" | u32 format version | u32 header length | UTF-8 JSON
 * header | zero padding to 4 bytes | Float32 arrays in header order | u32 CRC-32 of all preceding bytes.
 * Float payloads stay binary (compact, exact); the JSON header is validated before anything is read.
 */
// 2: the image score became top-k mean minus the map's median, so a version-1 threshold would
// silently mis-judge parts; version-1 files are refused and must be fitted again.
// 3: good-part statistics per image shape (`references`). A version-2 file is one reference and
// scores exactly as before, so it is still read.
// 4: an optional texture view per reference and `textureScore` (the image score adds the texture
// view's). A version-3 file has neither and scores exactly as before, so it is still read.
// 5: optional cell normalisation (heat maps), the chosen variant and the taught defects (their
// cross-validated scores and the fused classifier). A version-4 file has none and scores exactly as before.
export const INSPECTION_FORMAT_VERSION = 5;
const OLDEST_READABLE_VERSION = 2;
const MAGIC = [0x47, 0x5a, 0x49, 0x4d];

const headerSchema = z.object({
  backbone: z.object({ id: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), inputSize: z.number().int().positive() }),
  grid: z.object({ height: z.number().int().positive(), width: z.number().int().positive(), dims: z.number().int().positive() }),
  backboneDims: z.number().int().positive(),
  projected: z.number().int().nonnegative(),
  calibration: z.object({
    defectMean: z.number(),
    defectStd: z.number().positive(),
    defectWeight: z.number().nonnegative(),
  }),
  references: z
    .array(
      z.object({
        logAspect: z.number(),
        anomalyMean: z.number(),
        anomalyStd: z.number().positive(),
        texture: z.object({ anomalyMean: z.number(), anomalyStd: z.number().positive() }).optional(),
      }),
    )
    .min(1)
    .max(16),
  topK: z.number().int().positive(),
  textureScore: z.object({ median: z.number(), weight: z.number().positive() }).optional(),
  threshold: z.number(),
  fittedImages: z.number().int().positive(),
  goodScores: z.number().int().nonnegative(),
  defectTypes: z.array(z.object({ name: z.string().min(1), examples: z.number().int().positive() })),
  cellNorm: z.object({ low: z.number(), high: z.number() }).optional(),
  variant: z
    .object({
      statistics: z.enum(['per-position', 'position-invariant']),
      textureView: z.boolean(),
      check: z
        .object({
          good: z.number().int().nonnegative(),
          taught: z.number().int().nonnegative(),
          synthetic: z.number().int().nonnegative(),
          candidates: z
            .array(z.object({ statistics: z.enum(['per-position', 'position-invariant']), textureView: z.boolean(), auroc: z.number() }))
            .max(8),
        })
        .optional(),
    })
    .optional(),
  taught: z
    .object({
      labels: z.array(z.string().max(200)).max(10_000), // "" = a defect of no named type (a confirmed miss)
      fusion: z.object({ bias: z.number(), scale: z.number().positive(), features: z.number().int().positive().max(1000) }).optional(),
    })
    .optional(),
  goodFeatures: z.object({ count: z.number().int().nonnegative(), features: z.number().int().positive().max(1000) }).optional(),
  goodSize: z.object({ width: z.number().positive(), height: z.number().positive() }).optional(),
});

// version 2: one set of Gaussians, its z-normalisation inside `calibration`
const headerSchemaV2 = headerSchema.omit({ references: true }).extend({
  calibration: headerSchema.shape.calibration.extend({ anomalyMean: z.number(), anomalyStd: z.number().positive() }),
});

let crcTable: Uint32Array | undefined;
/** CRC-32 (IEEE) of the bytes, as the file's last four bytes hold it. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function serializeInspectionModel(model: InspectionModel): Uint8Array {
  const header = {
    backbone: model.backbone,
    grid: model.grid,
    backboneDims: model.backboneDims,
    projected: model.projection.length / model.backboneDims,
    calibration: model.calibration,
    references: model.references.map((r) => ({
      logAspect: r.logAspect,
      anomalyMean: r.anomalyMean,
      anomalyStd: r.anomalyStd,
      ...(r.texture ? { texture: { anomalyMean: r.texture.anomalyMean, anomalyStd: r.texture.anomalyStd } } : {}),
    })),
    topK: model.topK,
    ...(model.textureScore ? { textureScore: model.textureScore } : {}),
    threshold: model.threshold,
    fittedImages: model.fittedImages,
    goodScores: model.goodScores.length,
    defectTypes: model.defectTypes.map((t) => ({ name: t.name, examples: t.examples.length })),
    ...(model.cellNorm ? { cellNorm: { low: model.cellNorm.low, high: model.cellNorm.high } } : {}),
    ...(model.variant ? { variant: model.variant } : {}),
    ...(model.taught
      ? {
          taught: {
            labels: model.taught.labels,
            ...(model.taught.fusion
              ? {
                  fusion: {
                    bias: model.taught.fusion.bias,
                    scale: model.taught.fusion.scale,
                    features: model.taught.fusion.weights.length,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(model.goodFeatures?.[0] ? { goodFeatures: { count: model.goodFeatures.length, features: model.goodFeatures[0].length } } : {}),
    ...(model.goodSize ? { goodSize: model.goodSize } : {}),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const arrays = [
    model.backboneMean,
    model.projection,
    model.textureMean,
    model.invScale,
    model.goodScores,
    ...model.references.flatMap((r) => [r.mean, r.cholesky, ...(r.texture ? [r.texture.mean, r.texture.cholesky] : [])]),
    ...model.defectTypes.flatMap((t) => t.examples),
    ...(model.cellNorm ? [model.cellNorm.mean, model.cellNorm.std] : []),
    ...(model.taught ? [model.taught.defectScores, model.taught.anomalyGoodScores] : []),
    ...(model.taught?.fusion ? [model.taught.fusion.mean, model.taught.fusion.invStd, model.taught.fusion.weights] : []),
    ...(model.goodFeatures?.[0] ? model.goodFeatures : []),
  ];
  const headerEnd = 12 + json.length;
  const payloadStart = Math.ceil(headerEnd / 4) * 4;
  const floats = arrays.reduce((s, a) => s + a.length, 0);
  const out = new Uint8Array(payloadStart + floats * 4 + 4);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, INSPECTION_FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let o = payloadStart;
  for (const a of arrays) {
    for (const v of a) {
      view.setFloat32(o, v, true);
      o += 4;
    }
  }
  view.setUint32(o, crc32(out.subarray(0, o)), true);
  return out;
}

function invalid(detail: string): VisionError {
  return new VisionError('inspection-format-invalid', `This is not a valid Gongzhi inspection model: ${detail}.`, { detail });
}

type Header = z.infer<typeof headerSchema>;

/** A version-2 header as a version-3 one: its Gaussians are the one reference (every image's shape is nearest it). */
function fromVersion2(raw: unknown): Header | undefined {
  const parsed = headerSchemaV2.safeParse(raw);
  if (!parsed.success) return undefined;
  const { anomalyMean, anomalyStd, ...calibration } = parsed.data.calibration;
  return { ...parsed.data, calibration, references: [{ logAspect: 0, anomalyMean, anomalyStd }] };
}

/**
 * Loads and validates a serialised inspection model. With `expectedBackbone`, a model fitted with
 * another backbone (whose features would not match) is refused rather than scored wrongly.
 */
export function deserializeInspectionModel(bytes: Uint8Array, expectedBackbone?: { id: string; sha256: string }): InspectionModel {
  if (bytes.length < 16 || MAGIC.some((m, i) => bytes[i] !== m)) throw invalid('missing GZIM signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version < OLDEST_READABLE_VERSION || version > INSPECTION_FORMAT_VERSION) {
    throw new VisionError(
      'inspection-version-unsupported',
      `The inspection model uses format version ${version}; this app reads version ${INSPECTION_FORMAT_VERSION}. Fit it again.`,
      {
        fileVersion: version,
        supportedVersion: INSPECTION_FORMAT_VERSION,
      },
    );
  }
  const jsonLen = view.getUint32(8, true);
  if (12 + jsonLen + 4 > bytes.length) throw invalid('truncated header');
  if (view.getUint32(bytes.length - 4, true) !== crc32(bytes.subarray(0, bytes.length - 4)))
    throw invalid('checksum mismatch (damaged file)');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLen)));
  } catch {
    throw invalid('header is not JSON');
  }
  const h = version === 2 ? fromVersion2(raw) : headerSchema.safeParse(raw).data;
  if (!h) throw invalid('header fields are missing or wrong');
  if (expectedBackbone && (h.backbone.id !== expectedBackbone.id || h.backbone.sha256 !== expectedBackbone.sha256)) {
    throw new VisionError(
      'inspection-backbone-mismatch',
      `The inspection model was fitted with backbone ${h.backbone.id} (${h.backbone.sha256.slice(0, 12)}…), not the installed ${expectedBackbone.id} (${expectedBackbone.sha256.slice(0, 12)}…). Fit it again.`,
      {
        fitted: h.backbone.id,
        installed: expectedBackbone.id,
      },
    );
  }
  const cells = h.grid.height * h.grid.width;
  const { dims } = h.grid;
  if (h.projected > dims || h.projected > h.backboneDims) throw invalid('projection larger than the descriptor');
  // Before any per-array list is built: a header claiming a billion examples or good-part feature rows
  // must not allocate them (each takes at least four bytes of the file).
  const exampleCount = h.defectTypes.reduce((sum, t) => sum + t.examples, 0);
  if (exampleCount * 2 * dims * 4 > bytes.length || (h.goodFeatures?.count ?? 0) * 4 > bytes.length)
    throw invalid('payload size does not match the header');
  const td = dims - h.projected;
  const gaussians = h.references.flatMap((r) => [
    cells * dims,
    (cells * dims * (dims + 1)) / 2,
    ...(r.texture ? [cells * td, (cells * td * (td + 1)) / 2] : []),
  ]);
  const lengths = [
    h.backboneDims,
    h.projected * h.backboneDims,
    dims - h.projected,
    dims,
    // version 2 stored its one set of Gaussians before the good scores
    ...(version === 2 ? [...gaussians, h.goodScores] : [h.goodScores, ...gaussians]),
    ...h.defectTypes.flatMap((t) => new Array<number>(t.examples).fill(2 * dims)),
    ...(h.cellNorm ? [cells, cells] : []),
    ...(h.taught ? [h.taught.labels.length, h.goodScores] : []),
    ...(h.taught?.fusion ? new Array<number>(3).fill(h.taught.fusion.features) : []),
    ...(h.goodFeatures ? new Array<number>(h.goodFeatures.count).fill(h.goodFeatures.features) : []),
  ];
  const payloadStart = Math.ceil((12 + jsonLen) / 4) * 4;
  const floats = lengths.reduce((s, n) => s + n, 0);
  if (payloadStart + floats * 4 + 4 !== bytes.length) throw invalid('payload size does not match the header');
  const arrays: Float32Array[] = [];
  let o = payloadStart;
  for (const n of lengths) {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = view.getFloat32(o + i * 4, true);
    if (a.some((v) => !Number.isFinite(v))) throw invalid('non-finite values');
    arrays.push(a);
    o += n * 4;
  }
  const [backboneMean, projection, textureMean, invScale, ...rest] = arrays;
  const goodScores = version === 2 ? rest.splice(2, 1)[0] : rest.shift();
  if (!backboneMean || !projection || !textureMean || !invScale || !goodScores) throw invalid('missing arrays');
  const next = (): Float32Array => rest.shift() ?? new Float32Array(0);
  const references = h.references.map(({ texture, ...r }) => ({
    ...r,
    mean: next(),
    cholesky: next(),
    ...(texture ? { texture: { ...texture, mean: next(), cholesky: next() } } : {}),
  }));
  if ((h.textureScore === undefined) !== references.every((r) => r.texture === undefined))
    throw invalid('texture view without its score, or the reverse');
  const tail = (n: number): Float32Array[] => rest.splice(rest.length - n, n);
  const goodFeatures = h.goodFeatures ? tail(h.goodFeatures.count) : undefined;
  const fusionArrays = h.taught?.fusion ? tail(3) : [];
  const [defectScores, anomalyGoodScores] = h.taught ? tail(2) : [];
  const normArrays = h.cellNorm ? tail(2) : [];
  const examples = rest;
  const [fMean, fInvStd, fWeights] = fusionArrays;
  const [nMean, nStd] = normArrays;
  return {
    backbone: h.backbone,
    grid: h.grid,
    backboneDims: h.backboneDims,
    backboneMean,
    projection,
    textureMean,
    invScale,
    references,
    calibration: h.calibration,
    topK: h.topK,
    ...(h.textureScore ? { textureScore: h.textureScore } : {}),
    threshold: h.threshold,
    goodScores,
    fittedImages: h.fittedImages,
    defectTypes: h.defectTypes.map((t, i) => {
      const start = h.defectTypes.slice(0, i).reduce((s, u) => s + u.examples, 0);
      return { name: t.name, examples: examples.slice(start, start + t.examples) };
    }),
    ...(h.cellNorm && nMean && nStd ? { cellNorm: { ...h.cellNorm, mean: nMean, std: nStd } } : {}),
    ...(h.variant ? { variant: h.variant } : {}),
    ...(goodFeatures && goodFeatures.length > 0 ? { goodFeatures } : {}),
    ...(h.goodSize ? { goodSize: h.goodSize } : {}),
    ...(h.taught && defectScores && anomalyGoodScores
      ? {
          taught: {
            labels: h.taught.labels,
            defectScores,
            anomalyGoodScores,
            ...(h.taught.fusion && fMean && fInvStd && fWeights
              ? { fusion: { bias: h.taught.fusion.bias, scale: h.taught.fusion.scale, mean: fMean, invStd: fInvStd, weights: fWeights } }
              : {}),
          },
        }
      : {}),
  };
}
