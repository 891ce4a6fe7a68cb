import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeFeatureExtractor } from '../../inference/node-models';
import type { FeatureExtractor } from './features';
import { fitInspectionModel, MIN_REFERENCE_IMAGES, shapeGroups } from './fit';
import type { InspectionModel } from './inspection-model';
import { analyseImage, backboneOf, inspectBytes, type ImageEvidence } from './pipeline';
import { scoreEvidence } from './scoring';
import { deserializeInspectionModel, serializeInspectionModel } from './serialize';
import { cleanTexture, toPng, withDarkSpot } from './test-support';

describe('shape references: which good images each is fitted on', () => {
  it('fits one reference on every image when the photos share a shape', () => {
    expect(shapeGroups(new Array<number>(100).fill(Math.log(1.5)))).toEqual([
      { centre: Math.log(1.5), members: Array.from({ length: 100 }, (_, i) => i) },
    ]);
    // within 15 % of each other: the same camera set-up with a slightly different crop
    const near = Array.from({ length: 100 }, (_, i) => Math.log(1 + (0.12 * i) / 99));
    expect(shapeGroups(near)).toHaveLength(1);
  });

  it('fits one reference when there are too few images for two', () => {
    const spread = Array.from({ length: MIN_REFERENCE_IMAGES }, (_, i) => Math.log(0.5 + (2 * i) / MIN_REFERENCE_IMAGES));
    expect(shapeGroups(spread)).toHaveLength(1);
  });

  it('centres up to five references on the spread of shapes, each on the 40 % of images nearest it', () => {
    const shapes = Array.from({ length: 100 }, (_, i) => Math.log(0.4 + (2 * ((i * 37) % 100)) / 100));
    const groups = shapeGroups(shapes);
    expect(groups).toHaveLength(5);
    const centres = groups.map((g) => g.centre);
    expect(centres).toEqual([...centres].sort((a, b) => a - b));
    for (const g of groups) {
      expect(g.members).toHaveLength(40);
      const farthestIn = Math.max(...g.members.map((i) => Math.abs((shapes[i] ?? 0) - g.centre)));
      const nearestOut = Math.min(...shapes.map((a, i) => (g.members.includes(i) ? Infinity : Math.abs(a - g.centre))));
      expect(farthestIn).toBeLessThanOrEqual(nearestOut);
    }
  });

  it('gives two photo shapes a reference each, holding only that shape', () => {
    const shapes = Array.from({ length: 76 }, (_, i) => (i % 2 ? Math.log(2) : 0));
    const groups = shapeGroups(shapes);
    expect(groups.map((g) => g.centre)).toEqual([0, Math.log(2)]);
    for (const g of groups) expect(new Set(g.members.map((i) => shapes[i]))).toEqual(new Set([g.centre]));
  });
});

const root = join(import.meta.dirname, '..', '..', '..');
const SIZE = 192;
// every other good part photographed three times as wide (the same surface, so its streaks end up three
// times as fine once the photo is squeezed to the backbone's square input)
const goodPart = (i: number) => cleanTexture(SIZE, 300 + i, i % 2 ? 3 * SIZE : SIZE);
let extractor: FeatureExtractor;
let model: InspectionModel;
let teaching: ImageEvidence[];

beforeAll(async () => {
  extractor = await createNodeFeatureExtractor(root);
  teaching = [];
  for (let i = 0; i < 76; i++) teaching.push(await analyseImage(extractor, goodPart(i)));
  model = fitInspectionModel(teaching, backboneOf(extractor));
  // generous: the machine running the suite may be busy; speed is measured by the bench, not here
}, 240_000);

describe('with the shipped backbone: good parts photographed in two shapes', () => {
  it('keeps a reference for each shape', () => {
    expect(model.references.map((r) => r.logAspect)).toEqual([0, Math.log(3)]);
    expect(model.goodScores.length).toBe(76);
  });

  it('passes fresh good parts of either shape', async () => {
    for (const seed of [950, 951]) {
      for (const width of [SIZE, 3 * SIZE])
        expect((await inspectBytes(model, extractor, toPng(cleanTexture(SIZE, seed, width)))).isDefect).toBe(false);
    }
  });

  it('finds a pit on a part of either shape, and compares each with the good parts of its own shape', async () => {
    for (const [width, logAspect] of [
      [SIZE, 0],
      [3 * SIZE, Math.log(3)],
    ] as const) {
      const res = await inspectBytes(model, extractor, toPng(withDarkSpot(cleanTexture(SIZE, 954, width), width / 2, 60, 7)));
      expect(res.isDefect).toBe(true);
      expect(res.reference.logAspect).toBe(logAspect);
    }
  });

  it('sees a square part finished like a wide photo far more clearly than a model treating every photo as one shape', async () => {
    // right quarter: streaks three times as fine, i.e. what the squeezed wide photos show
    const ev = await analyseImage(extractor, cleanTexture(SIZE, 952, SIZE, 144, 3));
    const oneShape = fitInspectionModel(
      teaching.map((e) => ({ grid: e.grid, texture: e.texture, defect: e.defect, width: SIZE, height: SIZE })),
      backboneOf(extractor),
    );
    expect(oneShape.references).toHaveLength(1);
    const shapeAware = scoreEvidence(model, ev);
    expect(shapeAware.score).toBeGreaterThan(1.8 * scoreEvidence(oneShape, ev).score);
    expect(shapeAware.peak.col).toBeGreaterThanOrEqual(Math.floor((144 / SIZE) * model.grid.width) - 1);
  });

  it('round-trips both references through serialisation with identical scores', async () => {
    const loaded = deserializeInspectionModel(serializeInspectionModel(model), { id: extractor.modelId, sha256: extractor.modelSha256 });
    expect(loaded.references).toHaveLength(2);
    for (const width of [SIZE, 3 * SIZE]) {
      const ev = await analyseImage(extractor, cleanTexture(SIZE, 953, width, SIZE / 2, 3));
      expect(scoreEvidence(loaded, ev).score).toBe(scoreEvidence(model, ev).score);
    }
  });
});
