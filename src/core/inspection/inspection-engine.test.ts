import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticPartPng } from '../../../test/support/synthetic-parts.mjs';
import { InspectionEngine } from './inspection-engine';
import { createNodeFeatureExtractor } from '../../inference/node-models';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('InspectionEngine (the worker logic, on onnxruntime-web WASM in Node)', () => {
  let engine: InspectionEngine;
  let model: Uint8Array;
  let threshold: number;
  let goodScores: number[];

  beforeAll(async () => {
    engine = new InspectionEngine(await createNodeFeatureExtractor(root));
    const good = Array.from({ length: 30 }, (_, i) => syntheticPartPng(100 + i));
    const bad = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    const progress: number[] = [];
    const fit = await engine.fit([...good, bad, new Uint8Array()], undefined, (done) => progress.push(done));
    expect(progress).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    // the broken files are named, not fatal
    expect(fit.skipped.map((s) => s.index)).toEqual([30, 31]);
    expect(fit.skipped[1]?.code).toBe('vision.empty-file');
    expect(fit.goodScores).toHaveLength(30);
    model = fit.model;
    threshold = fit.threshold;
    goodScores = Array.from(fit.goodScores);
    engine.load('p1', model);
  }, 120_000);

  it('names a marked part taught as good, counting images as given (a skipped file before it included)', async () => {
    const good = Array.from({ length: 30 }, (_, i) => syntheticPartPng(300 + i));
    const fit = await engine.fit([new Uint8Array(), ...good.slice(0, 12), syntheticPartPng(399, 'pit'), ...good.slice(12)], undefined);
    expect(fit.skipped.map((s) => s.index)).toEqual([0]);
    expect(fit.suspects).toEqual([13]);
    // the threshold comes from the good ones: it stays far below the marked part's score
    expect(fit.threshold).toBeLessThan(0.5 * Math.max(...fit.goodScores));
  }, 120_000);

  it('passes new good parts and fails parts with a pit or a scratch, with a thumbnail and the map', async () => {
    // Fresh good parts score somewhat above the held-out scores of the fitted ones, so the operator's
    // threshold sits above the proposal (the histogram slider); defects score far above either.
    const operatorThreshold = 2 * threshold;
    const good = await engine.check('p1', syntheticPartPng(911), undefined, operatorThreshold);
    const pit = await engine.check('p1', syntheticPartPng(901, 'pit'), undefined, threshold);
    const scratch = await engine.check('p1', syntheticPartPng(902, 'scratch'), undefined, threshold);
    expect(Math.max(...goodScores)).toBeLessThanOrEqual(operatorThreshold);
    expect(good.isDefect).toBe(false);
    expect(pit.isDefect).toBe(true);
    expect(scratch.isDefect).toBe(true);
    expect(Math.min(pit.score, scratch.score)).toBeGreaterThan(5 * operatorThreshold);
    // a stored result stays small: thumbnail JPEG plus a one-byte-per-cell map
    expect(good.thumbnail[0]).toBe(0xff);
    expect(good.thumbnail.length + good.map.data.length).toBeLessThan(20_000);
    expect(good.map.data.length).toBe(good.map.width * good.map.height);
  }, 60_000);

  it('names defects after being taught a few labelled examples of each type', async () => {
    const examples = [
      ...[1, 2, 3].map((i) => ({ label: '凹坑', bytes: syntheticPartPng(300 + i, 'pit') })),
      ...[1, 2, 3].map((i) => ({ label: '划痕', bytes: syntheticPartPng(400 + i, 'scratch') })),
    ];
    const taught = await engine.teachTypes('p1', examples, undefined);
    expect(taught.types).toEqual([
      { name: '凹坑', examples: 3 },
      { name: '划痕', examples: 3 },
    ]);
    // each usable example's score comes back for the threshold screen: these clear defects all score above it
    expect(taught.defectScores).toHaveLength(6);
    for (const score of taught.defectScores) expect(score).toBeGreaterThan(threshold);
    expect((await engine.check('p1', syntheticPartPng(501, 'pit'), undefined, threshold)).defectType).toBe('凹坑');
    expect((await engine.check('p1', syntheticPartPng(502, 'scratch'), undefined, threshold)).defectType).toBe('划痕');
    // the taught model survives serialisation
    const again = new InspectionEngine(await createNodeFeatureExtractor(root));
    again.load('p1', taught.model);
    expect((await again.check('p1', syntheticPartPng(503, 'scratch'), undefined, threshold)).defectType).toBe('划痕');
  }, 120_000);

  it('refuses a model fitted on another backbone', async () => {
    const other = new InspectionEngine({
      modelId: 'x@1',
      modelSha256: '0'.repeat(64),
      inputSize: 256,
      extract: () => Promise.reject(new Error('unused')),
    });
    expect(() => other.load('p', model)).toThrow();
  });
});
