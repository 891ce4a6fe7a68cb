import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeFeatureExtractor } from '../../inference/node-models';
import { thresholdForCatchRate } from './catch-rate';
import { heatOf } from './cell-norm';
import type { FeatureExtractor } from './features';
import { fitInspectionModel } from './fit';
import { chooseFusionWeight, DEFAULT_FUSION_WEIGHT, fitFusion, fitLogistic, logit } from './fusion';
import type { InspectionModel } from './inspection-model';
import { analyseImage, backboneOf, type ImageEvidence } from './pipeline';
import { scoreEvidence } from './scoring';
import { crc32, deserializeInspectionModel, serializeInspectionModel } from './serialize';
import { syntheticDefects } from './synthetic';
import { teachInspectionModel, type DefectSample } from './teach';
import { cleanTexture, rng, withDarkSpot } from './test-support';

const root = join(import.meta.dirname, '..', '..', '..');
const SIZE = 160;
let extractor: FeatureExtractor;
let goods: ImageEvidence[];
let pits: ImageEvidence[];
let fresh: ImageEvidence;
let freshPit: ImageEvidence;

/** What fitting wrote before format 5: no cell normalisation, variant or taught defects. */
function asFormat4(m: InspectionModel): { model: InspectionModel; bytes: Uint8Array } {
  const old: InspectionModel = { ...m };
  delete (old as { cellNorm?: unknown }).cellNorm;
  delete (old as { variant?: unknown }).variant;
  delete (old as { taught?: unknown }).taught;
  const bytes = serializeInspectionModel(old);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(4, 4, true);
  view.setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)), true);
  return { model: old, bytes };
}

const pit = (seed: number): ReturnType<typeof cleanTexture> => {
  const r = rng(seed);
  return withDarkSpot(cleanTexture(SIZE, seed), 30 + Math.floor(r() * 100), 30 + Math.floor(r() * 100), 6);
};

beforeAll(async () => {
  extractor = await createNodeFeatureExtractor(root);
  goods = [];
  for (let i = 0; i < 16; i++) goods.push(await analyseImage(extractor, cleanTexture(SIZE, 300 + i)));
  pits = [];
  for (let i = 0; i < 4; i++) pits.push(await analyseImage(extractor, pit(400 + i)));
  fresh = await analyseImage(extractor, cleanTexture(SIZE, 500));
  freshPit = await analyseImage(extractor, withDarkSpot(cleanTexture(SIZE, 501), 110, 40, 6));
}, 120_000);

describe('teaching with known-bad photos', () => {
  it('without defect photos gives the same model and scores as the good-only fit', () => {
    const plain = fitInspectionModel(goods, backboneOf(extractor));
    const { model, notes } = teachInspectionModel(goods, backboneOf(extractor));
    expect(model.taught).toBeUndefined();
    expect(model.threshold).toBe(plain.threshold);
    expect(scoreEvidence(model, freshPit).score).toBe(scoreEvidence(plain, freshPit).score);
    expect(notes.defectsLikeGood).toEqual([]);
  });

  it('keeps the taught defects’ held-out scores, sets the types from them, and round-trips through the file', () => {
    const defects: DefectSample[] = pits.map((evidence, i) => ({ evidence, label: i % 2 ? 'pit' : 'dent' }));
    const { model, notes } = teachInspectionModel(goods, backboneOf(extractor), { defects });
    expect(model.taught?.defectScores).toHaveLength(4);
    expect(model.taught?.labels).toEqual(['dent', 'pit', 'dent', 'pit']);
    expect(model.defectTypes.map((t) => [t.name, t.examples.length])).toEqual([
      ['dent', 2],
      ['pit', 2],
    ]);
    // pits are far above the good parts: none of them scores like one
    expect(notes.defectsLikeGood).toEqual([]);
    expect(Math.min(...(model.taught?.defectScores ?? []))).toBeGreaterThan(model.threshold);
    const loaded = deserializeInspectionModel(serializeInspectionModel(model), { id: extractor.modelId, sha256: extractor.modelSha256 });
    expect(scoreEvidence(loaded, freshPit).score).toBe(scoreEvidence(model, freshPit).score);
    expect(Array.from(loaded.taught?.defectScores ?? [])).toEqual(Array.from(model.taught?.defectScores ?? []));
    expect(loaded.taught?.fusion?.weights.length).toBe(model.taught?.fusion?.weights.length);
    expect(scoreEvidence(loaded, freshPit).isDefect).toBe(true);
    expect(scoreEvidence(loaded, fresh).isDefect).toBe(false);
  });

  it('says when a "defect" photo scores like a good part, comes from another camera, or has its region outside the part; one photo teaches no classifier', () => {
    const wide = { ...pits[0], width: 3 * SIZE, height: SIZE } as ImageEvidence;
    const outside = new Uint8Array((goods[0]?.grid.height ?? 0) ** 2);
    const defects: DefectSample[] = [
      { evidence: fresh, label: 'pit' },
      { evidence: wide, label: 'pit' },
      { evidence: pits[1] as ImageEvidence, label: 'pit', region: outside },
    ];
    const { notes } = teachInspectionModel(goods, backboneOf(extractor), { defects });
    expect(notes.defectsLikeGood).toContain(0);
    expect(notes.defectsLikeGood).not.toContain(2);
    expect(notes.defectsOtherShape).toEqual([1]);
    expect(notes.regionsOutside).toEqual([2]);
    const one = teachInspectionModel(goods, backboneOf(extractor), { defects: [{ evidence: pits[0] as ImageEvidence, label: 'pit' }] });
    expect(one.notes.tooFewForClassifier).toBe(true);
    expect(one.model.taught?.fusion).toBeUndefined();
    expect(one.model.taught?.defectScores).toHaveLength(1);
  });

  it('chooses between per-position and position-invariant statistics by its self-check and records why', async () => {
    const images = Array.from({ length: 6 }, (_, i) => cleanTexture(SIZE, 300 + i));
    const synthetic = [];
    for (const img of syntheticDefects(images, 6, 1)) synthetic.push(await analyseImage(extractor, img));
    const { model } = teachInspectionModel(goods, backboneOf(extractor), {
      chooseVariant: true,
      synthetic,
      defects: [{ evidence: pits[0] as ImageEvidence, label: 'pit' }],
    });
    const check = model.variant?.check;
    expect(check?.candidates.map((c) => c.statistics)).toEqual(['per-position', 'position-invariant']);
    expect(check).toMatchObject({ good: 16, taught: 1, synthetic: 6 });
    const best = Math.max(...(check?.candidates.map((c) => c.auroc) ?? []));
    const chosen = check?.candidates.find((c) => c.statistics === model.variant?.statistics);
    // the usual per-position model is kept unless another is better by a clear margin
    expect((chosen?.auroc ?? 0) >= best - 0.01).toBe(true);
    const loaded = deserializeInspectionModel(serializeInspectionModel(model));
    expect(loaded.variant).toEqual(model.variant);
  });
});

describe('heat maps that point', () => {
  it('colour the pit on a defective part and stay almost blank on a good one', () => {
    const model = fitInspectionModel(goods, backboneOf(extractor));
    const onPit = heatOf(model, scoreEvidence(model, freshPit).map);
    const onGood = heatOf(model, scoreEvidence(model, fresh).map);
    const lit = (h: typeof onPit): number => h.map.filter((v) => v > h.low).length / h.map.length;
    expect(lit(onGood)).toBeLessThan(0.01);
    expect(lit(onPit)).toBeGreaterThan(0);
    // the strongest heat is at the pit (110, 40 px on a 160 px photo)
    const w = model.grid.width;
    const peak = onPit.map.indexOf(Math.max(...onPit.map));
    const cell = SIZE / w;
    expect(Math.abs(((peak % w) + 0.5) * cell - 110)).toBeLessThanOrEqual(2 * cell);
    expect(Math.abs((Math.floor(peak / w) + 0.5) * cell - 40)).toBeLessThanOrEqual(2 * cell);
  });

  it('models fitted before (format 4) keep loading and scoring exactly as before', () => {
    const { model: old, bytes } = asFormat4(fitInspectionModel(goods, backboneOf(extractor), { textureView: true }));
    const loaded = deserializeInspectionModel(bytes, { id: extractor.modelId, sha256: extractor.modelSha256 });
    expect(loaded.cellNorm).toBeUndefined();
    expect(loaded.taught).toBeUndefined();
    for (const ev of [fresh, freshPit]) expect(scoreEvidence(loaded, ev).score).toBe(scoreEvidence(old, ev).score);
    expect(loaded.threshold).toBe(old.threshold);
    // their heat map is the z-normalised map on a fixed scale, not blank either
    const heat = heatOf(loaded, scoreEvidence(loaded, freshPit).map);
    expect(heat.map.some((v) => v > heat.low)).toBe(true);
  });
});

describe('threshold by catch rate and the fused classifier', () => {
  it('picks the highest threshold that catches the asked share, with its false-alarm rate', () => {
    const good = Array.from({ length: 100 }, (_, i) => i / 10); // 0 … 9.9
    const defects = [5, 8, 9.5, 12, 15];
    const t = thresholdForCatchRate(good, defects, 0.8);
    expect(t).toMatchObject({ threshold: 8, catchRate: 0.8, defects: 5, good: 100 });
    expect(t?.falseAlarmRate).toBeCloseTo(20.5 / 101, 6);
    expect(thresholdForCatchRate(good, defects, 1)?.threshold).toBe(5);
    expect(thresholdForCatchRate(good, [], 0.9)).toBeUndefined();
  });

  it('learns a separating direction, and no classifier where the anomaly score already separates every taught defect', () => {
    const r = rng(7);
    const row = (shift: number): Float32Array => Float32Array.from({ length: 6 }, (_, k) => (k === 2 ? shift : 0) + r() - 0.5);
    const good = Array.from({ length: 60 }, () => row(0));
    const bad = Array.from({ length: 8 }, () => row(1.5));
    const c = fitLogistic(good, bad);
    expect(Math.abs(c.weights[2] ?? 0)).toBeGreaterThan(
      Math.max(
        ...Array.from(c.weights)
          .filter((_, k) => k !== 2)
          .map(Math.abs),
      ),
    );
    expect(logit(c, row(1.5))).toBeGreaterThan(logit(c, row(0)));
    // the anomaly score already separates perfectly and the features are noise: keep it alone
    const noise = Array.from({ length: 68 }, () => row(0));
    const fit = fitFusion(
      noise.slice(0, 60),
      good.map((_, i) => i / 60),
      noise.slice(60),
      bad.map((_, i) => 5 + i),
    );
    expect(fit.fusion).toBeUndefined();
    expect(fit.defect).toEqual(bad.map((_, i) => 5 + i));
  });

  it('keeps the default weight unless the cross-validation clearly prefers another, more readily with more defect photos', () => {
    const merits = (byWeight: [number, number][]): Map<number, number> => new Map(byWeight);
    // 5 photos: a fluke of one more defect caught in cross-validation (catch rate +0.2 minus a little AUROC) is not enough
    const fluke = merits([
      [0, 1.3],
      [0.5, 1.35],
      [1, 1.4],
      [2, 1.43],
    ]);
    expect(chooseFusionWeight(fluke, 5)).toBe(DEFAULT_FUSION_WEIGHT);
    // the same gain over 30 photos is six more defects caught: the stronger weight is chosen
    expect(chooseFusionWeight(fluke, 30)).toBe(2);
    // weight 0 looking better over 10 photos is still chance (measured: dropping the classifier then cost 0.01 AUROC)
    expect(
      chooseFusionWeight(
        merits([
          [0, 1.6],
          [0.5, 1.3],
          [1, 1.1],
          [2, 1.0],
        ]),
        10,
      ),
    ).toBe(DEFAULT_FUSION_WEIGHT);
    // the anomaly score alone separates perfectly: nothing to learn
    expect(
      chooseFusionWeight(
        merits([
          [0, 2],
          [0.5, 2],
          [1, 2],
          [2, 2],
        ]),
        3,
      ),
    ).toBe(0);
  });
});
