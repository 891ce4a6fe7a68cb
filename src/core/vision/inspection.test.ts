import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeFeatureExtractor } from '../../inference/node-models';
import { buildPrototypes, classifyDefect, regionEmbedding } from './defect-types';
import { VisionError } from './errors';
import type { FeatureExtractor } from './features';
import type { InspectionModel, ShapeReference } from './inspection-model';
import { analyseImage, fitFromImages, inspectBytes } from './pipeline';
import { scoreEvidence } from './scoring';
import { deserializeInspectionModel, INSPECTION_FORMAT_VERSION, serializeInspectionModel } from './serialize';
import { cleanTexture, toJpeg, toPng, withDarkSpot } from './test-support';

/** The layout format 2 wrote (before shape references): one set of Gaussians, before the good scores. */
function formatVersion2(m: InspectionModel): Uint8Array {
  const ref = m.references[0];
  if (!ref) throw new Error('no reference');
  const header = {
    backbone: m.backbone,
    grid: m.grid,
    backboneDims: m.backboneDims,
    projected: m.projection.length / m.backboneDims,
    calibration: { anomalyMean: ref.anomalyMean, anomalyStd: ref.anomalyStd, ...m.calibration },
    topK: m.topK,
    threshold: m.threshold,
    fittedImages: m.fittedImages,
    goodScores: m.goodScores.length,
    defectTypes: [],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const arrays = [m.backboneMean, m.projection, m.textureMean, m.invScale, ref.mean, ref.cholesky, m.goodScores];
  const start = Math.ceil((12 + json.length) / 4) * 4;
  const out = new Uint8Array(start + arrays.reduce((n, a) => n + a.length, 0) * 4 + 4);
  const view = new DataView(out.buffer);
  out.set([0x47, 0x5a, 0x49, 0x4d]);
  view.setUint32(4, 2, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let o = start;
  for (const a of arrays) {
    for (const v of a) {
      view.setFloat32(o, v, true);
      o += 4;
    }
  }
  view.setUint32(o, crc32(out.subarray(0, o)), true);
  return out;
}

/** The model as fitted before texture views existed (its image score is the full map's alone). */
function withoutTextureView(m: InspectionModel): InspectionModel {
  const plain: InspectionModel = { ...m, references: m.references.map(withoutTexture) };
  delete (plain as { textureScore?: unknown }).textureScore;
  return plain;
}

function withoutTexture(r: ShapeReference): ShapeReference {
  return { logAspect: r.logAspect, mean: r.mean, cholesky: r.cholesky, anomalyMean: r.anomalyMean, anomalyStd: r.anomalyStd };
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const root = join(import.meta.dirname, '..', '..', '..');
const SIZE = 192;
let extractor: FeatureExtractor;
let model: InspectionModel;
const progress: number[] = [];

beforeAll(async () => {
  extractor = await createNodeFeatureExtractor(root);
  // 16 images are fewer than the texture view needs by default; it is forced on so that serialisation covers it
  model = await fitFromImages(
    extractor,
    16,
    async (i) => toPng(cleanTexture(SIZE, 100 + i)),
    { textureView: true },
    (done) => progress.push(done),
  );
  // generous: the machine running the suite may be busy; speed is measured by the bench, not here
}, 120_000);

describe('inspection with the shipped backbone on generated surfaces', () => {
  it('reports fitting progress for every image', () => {
    expect(progress).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(model.goodScores.length).toBe(16);
  });

  it('does not flag a clean part it has never seen', async () => {
    for (const seed of [900, 901, 902]) {
      const res = await inspectBytes(model, extractor, toJpeg(cleanTexture(SIZE, seed)));
      expect(res.isDefect).toBe(false);
    }
  });

  it('flags a pit pasted into a clean part, and the heat map peaks on it', async () => {
    const cx = 140;
    const cy = 50;
    const res = await inspectBytes(model, extractor, toPng(withDarkSpot(cleanTexture(SIZE, 903), cx, cy, 7)));
    const clean = await inspectBytes(model, extractor, toPng(cleanTexture(SIZE, 903)));
    expect(res.isDefect).toBe(true);
    expect(res.score).toBeGreaterThan(clean.score);
    // peak cell centre in image pixels, within two grid cells of the pit
    const cell = SIZE / model.grid.width;
    expect(Math.abs((res.peak.col + 0.5) * cell - cx)).toBeLessThanOrEqual(2 * cell);
    expect(Math.abs((res.peak.row + 0.5) * cell - cy)).toBeLessThanOrEqual(2 * cell);
  });

  it('scores a checked image the same from the backbone outputs as from the patch grid fitting uses', async () => {
    const ev = await analyseImage(extractor, withDarkSpot(cleanTexture(SIZE, 905), 100, 80, 6));
    const direct = scoreEvidence(model, ev);
    const viaGrid = scoreEvidence(model, { grid: ev.grid, texture: ev.texture, defect: ev.defect, width: ev.width, height: ev.height });
    expect(ev.backbone).toBeUndefined(); // let go once the grid exists
    for (let i = 0; i < direct.descriptors.length; i++) expect(direct.descriptors[i]).toBeCloseTo(viaGrid.descriptors[i] as number, 3);
    expect(direct.score).toBeCloseTo(viaGrid.score, 4);
    expect(direct.peak).toEqual(viaGrid.peak);
  });

  it('round-trips through serialisation with identical scores and defect types', async () => {
    const ev = await analyseImage(extractor, withDarkSpot(cleanTexture(SIZE, 904), 60, 60, 6));
    const res = scoreEvidence(model, ev);
    const spot = regionEmbedding(model, res);
    const other = spot.map((v, i) => (i % 2 ? v : -v));
    const typed = {
      ...model,
      defectTypes: buildPrototypes([
        { label: 'pit', embedding: spot },
        { label: 'other', embedding: other },
        { label: 'pit', embedding: other.map((v) => v * 0.5) },
      ]),
    };
    const bytes = serializeInspectionModel(typed);
    const loaded = deserializeInspectionModel(bytes, { id: extractor.modelId, sha256: extractor.modelSha256 });
    expect(scoreEvidence(loaded, ev).score).toBe(res.score);
    expect(loaded.defectTypes.map((t) => [t.name, t.examples.length])).toEqual([
      ['pit', 2],
      ['other', 1],
    ]);
    expect(classifyDefect(loaded.defectTypes, spot)).toEqual(classifyDefect(typed.defectTypes, spot));
    expect(loaded.threshold).toBe(model.threshold);
    // one set of Gaussians over 29 components (≈ 1.9 MB) plus the texture view's over 13 (≈ 0.43 MB)
    expect(loaded.references[0]?.texture).toBeDefined();
    expect(bytes.length).toBeLessThan(2_500_000);
  });

  it('refuses a model from another format version, another backbone or a damaged file', () => {
    const bytes = serializeInspectionModel(model);
    const future = bytes.slice();
    new DataView(future.buffer).setUint32(4, INSPECTION_FORMAT_VERSION + 1, true);
    const older = bytes.slice();
    new DataView(older.buffer).setUint32(4, 1, true);
    const codeOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        return e instanceof VisionError ? e.code : 'untyped';
      }
      return 'no error';
    };
    expect(codeOf(() => deserializeInspectionModel(future))).toBe('vision.inspection-version-unsupported');
    expect(codeOf(() => deserializeInspectionModel(older))).toBe('vision.inspection-version-unsupported');
    expect(codeOf(() => deserializeInspectionModel(bytes, { id: 'other-backbone@1.0.0', sha256: extractor.modelSha256 }))).toBe(
      'vision.inspection-backbone-mismatch',
    );
    const damaged = bytes.slice();
    damaged[damaged.length - 100] = (damaged[damaged.length - 100] ?? 0) ^ 0x40;
    expect(codeOf(() => deserializeInspectionModel(damaged))).toBe('vision.inspection-format-invalid');
    expect(codeOf(() => deserializeInspectionModel(bytes.subarray(0, 500)))).toBe('vision.inspection-format-invalid');
  });

  it('still reads a model saved in format 2 (one set of good-part statistics) and scores it the same', async () => {
    expect(model.references).toHaveLength(1);
    // format 2 had no texture view: the same model without it is what such a file held
    const plain = withoutTextureView(model);
    const legacy = formatVersion2(plain);
    const loaded = deserializeInspectionModel(legacy, { id: extractor.modelId, sha256: extractor.modelSha256 });
    const ev = await analyseImage(extractor, withDarkSpot(cleanTexture(SIZE, 906), 70, 120, 6));
    expect(scoreEvidence(loaded, ev).score).toBe(scoreEvidence(plain, ev).score);
    expect(scoreEvidence(loaded, ev).score).not.toBe(scoreEvidence(model, ev).score);
    expect(loaded.threshold).toBe(model.threshold);
    expect(Array.from(loaded.goodScores)).toEqual(Array.from(model.goodScores));
    // a wide photo is compared with the same (only) statistics
    expect(scoreEvidence(loaded, { ...ev, grid: ev.grid, width: 4 * SIZE }).reference).toBe(loaded.references[0]);
  });

  it('still reads a model saved in format 3 (shape references, no texture view) and scores it as before', async () => {
    const plain = withoutTextureView(model);
    const bytes = serializeInspectionModel(plain);
    // a format-3 file is laid out as a format-4 one without texture views
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(4, 3, true);
    view.setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)), true);
    const loaded = deserializeInspectionModel(bytes, { id: extractor.modelId, sha256: extractor.modelSha256 });
    expect(loaded.textureScore).toBeUndefined();
    const ev = await analyseImage(extractor, withDarkSpot(cleanTexture(SIZE, 907), 90, 40, 6));
    expect(scoreEvidence(loaded, ev).score).toBe(scoreEvidence(plain, ev).score);
    expect(loaded.threshold).toBe(plain.threshold);
  });

  it('refuses a file whose texture view and texture score do not come together', () => {
    const bytes = serializeInspectionModel({ ...model, references: model.references.map(withoutTexture) });
    expect(() => deserializeInspectionModel(bytes)).toThrow(/texture view without its score/);
  });

  it('refuses a project taught with the previous backbone (1.0.0, with the defect decoder) instead of scoring it', () => {
    // 1.1.0 computes the same encoder features without the decoder but a cheaper texture bank, so a
    // 1.0.0 model's texture statistics would no longer fit: the user must be told to teach again
    const taughtBefore: InspectionModel = {
      ...model,
      backbone: {
        id: 'gz-defect-backbone@1.0.0',
        sha256: '7c01a2ac8a7ea40e2cece77b0e2e9dfbc99cc3a1dfe72834ac43a6820fea1d66',
        inputSize: 256,
      },
    };
    const bytes = serializeInspectionModel(taughtBefore);
    const err = (() => {
      try {
        return deserializeInspectionModel(bytes, { id: extractor.modelId, sha256: extractor.modelSha256 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(VisionError);
    expect((err as VisionError).code).toBe('vision.inspection-backbone-mismatch');
  });

  it('tells a pit from a scratch after one example of each', async () => {
    const embed = async (img: ReturnType<typeof cleanTexture>) => {
      const res = scoreEvidence(model, await analyseImage(extractor, img));
      return regionEmbedding(model, res);
    };
    const scratch = (seed: number, y: number) => {
      const img = cleanTexture(SIZE, seed);
      const data = img.data.slice();
      for (let x = 30; x < 160; x++)
        for (let d = 0; d < 2; d++)
          data.fill(235, ((y + d + Math.round(x / 8)) * SIZE + x) * 3, ((y + d + Math.round(x / 8)) * SIZE + x) * 3 + 3);
      return { ...img, data };
    };
    const prototypes = buildPrototypes([
      { label: 'pit', embedding: await embed(withDarkSpot(cleanTexture(SIZE, 910), 50, 140, 8)) },
      { label: 'scratch', embedding: await embed(scratch(911, 40)) },
    ]);
    expect(classifyDefect(prototypes, await embed(withDarkSpot(cleanTexture(SIZE, 912), 130, 60, 8)))?.name).toBe('pit');
    expect(classifyDefect(prototypes, await embed(scratch(913, 120)))?.name).toBe('scratch');
  });
});
