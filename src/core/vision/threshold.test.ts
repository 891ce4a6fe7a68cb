import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeFeatureExtractor } from '../../inference/node-models';
import { fitInspectionModel, MIN_TEXTURE_VIEW_IMAGES, suspectGoodScores, TARGET_FALSE_ALARM_RATE, thresholdFromGoodScores } from './fit';
import { analyseImage, backboneOf } from './pipeline';
import { scoreEvidence, type Evidence } from './scoring';
import { deserializeInspectionModel, serializeInspectionModel } from './serialize';
import { cleanTexture, withDarkSpot } from './test-support';

const root = join(import.meta.dirname, '..', '..', '..');
const SIZE = 192;
const FRESH = 150;
let teaching: Evidence[];
let fresh: Evidence[];
let pits: Evidence[];
let backbone: ReturnType<typeof backboneOf>;

beforeAll(async () => {
  const extractor = await createNodeFeatureExtractor(root);
  backbone = backboneOf(extractor);
  const analyse = async (seeds: number[], draw: (seed: number, i: number) => ReturnType<typeof cleanTexture>): Promise<Evidence[]> => {
    const out: Evidence[] = [];
    for (const [i, seed] of seeds.entries()) out.push(await analyseImage(extractor, draw(seed, i)));
    return out;
  };
  const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);
  teaching = await analyse(range(7000, 100), (s) => cleanTexture(SIZE, s));
  fresh = await analyse(range(3000, FRESH), (s) => cleanTexture(SIZE, s));
  pits = await analyse(range(4000, 20), (s, i) => withDarkSpot(cleanTexture(SIZE, s), 30 + 7 * i, 60 + 3 * i, 6));
  // generous: the machine running the suite may be busy; speed is measured by the bench, not here
}, 300_000);

describe('automatic threshold from the teaching images', () => {
  // A fresh good part of the same product should exceed the proposed threshold about as often as the
  // target says (2%). Before the fix, 10 of these teaching images gave a threshold that 29% of fresh
  // good parts exceeded (held-out folds scored differently from fresh parts, and the 98th percentile
  // of 10 scores is their maximum).
  it.each([10, 30, 100])('flags few fresh good parts with %i teaching images, and still flags pits', (n) => {
    const model = fitInspectionModel(teaching.slice(0, n), backbone);
    const falseAlarms = fresh.filter((e) => scoreEvidence(model, e).isDefect).length / FRESH;
    expect(falseAlarms).toBeLessThanOrEqual(3 * TARGET_FALSE_ALARM_RATE);
    // a threshold pushed out of reach would also "fix" false alarms: clear pits must still be caught
    expect(pits.filter((e) => scoreEvidence(model, e).isDefect).length).toBeGreaterThanOrEqual(18);
  });

  // Two marked parts slipped into 100 teaching photos. With 100 scores the 2 % level is the second
  // highest, so before suspects were left out the threshold sat on a marked part's score, above most pits.
  it('names marked parts among the teaching images and keeps them from setting the threshold', () => {
    const mixed = [...teaching.slice(0, 98)];
    mixed.splice(10, 0, pits[0] as Evidence);
    mixed.splice(60, 0, pits[1] as Evidence);
    const model = fitInspectionModel(mixed, backbone);
    expect(suspectGoodScores(model.goodScores)).toEqual([10, 60]);
    const clean = fitInspectionModel(teaching.slice(0, 100), backbone);
    expect(model.threshold).toBeLessThan(1.25 * clean.threshold);
    expect(pits.slice(2).filter((e) => scoreEvidence(model, e).isDefect).length).toBeGreaterThanOrEqual(16);
    expect(fresh.filter((e) => scoreEvidence(model, e).isDefect).length / FRESH).toBeLessThanOrEqual(3 * TARGET_FALSE_ALARM_RATE);
  });

  it('suspects no teaching image when the scores are spread like good ones, and none among too few', () => {
    // 100 evenly spaced quantiles of a Gumbel (the shape of a maximum over cells): none is far out
    const gumbel = Float32Array.from({ length: 100 }, (_, i) => 2 - 0.3 * Math.log(-Math.log((i + 0.5) / 100)));
    expect(suspectGoodScores(gumbel)).toEqual([]);
    expect(thresholdFromGoodScores(gumbel)).toBe(Float32Array.from(gumbel).sort()[98]);
    expect(suspectGoodScores([1, 1.1, 1.2, 1.05, 0.9, 1.0, 1.1, 1.15, 50])).toEqual([]);
  });

  it('adds the texture view from 30 teaching images on, where its weight can be estimated', () => {
    expect(fitInspectionModel(teaching.slice(0, MIN_TEXTURE_VIEW_IMAGES - 1), backbone).textureScore).toBeUndefined();
    const model = fitInspectionModel(teaching.slice(0, MIN_TEXTURE_VIEW_IMAGES), backbone);
    expect(model.textureScore?.weight).toBeGreaterThan(0);
    expect(model.references.every((r) => r.texture !== undefined)).toBe(true);
  });

  it('still gives a model that loads when the good images do not differ at all (one photo taught 30 times)', () => {
    const same = Array.from({ length: MIN_TEXTURE_VIEW_IMAGES }, () => teaching[0] as Evidence);
    const model = fitInspectionModel(same, backbone);
    const loaded = deserializeInspectionModel(serializeInspectionModel(model));
    expect(scoreEvidence(loaded, fresh[0] as Evidence).score).toBe(scoreEvidence(model, fresh[0] as Evidence).score);
  });

  it('keeps ten similar good scores from setting a threshold at their maximum', () => {
    const scores = Float32Array.from([1.0, 1.1, 1.2, 1.15, 0.95, 1.05, 1.3, 1.25, 1.1, 1.2]);
    expect(thresholdFromGoodScores(scores)).toBeGreaterThan(Math.max(...scores) + 0.1);
  });

  it('does not let one marked part among 30 good ones lift the threshold above every defect', () => {
    const bulk = Array.from({ length: 29 }, (_, i) => 0.9 + (i % 10) * 0.04);
    const threshold = thresholdFromGoodScores(Float32Array.from([...bulk, 5]));
    expect(threshold).toBeGreaterThan(Math.max(...bulk));
    expect(threshold).toBeLessThan(2);
  });
});
