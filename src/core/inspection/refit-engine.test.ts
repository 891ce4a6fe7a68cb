import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticPartPng } from '../../../test/support/synthetic-parts.mjs';
import { isCodedError } from '../errors';
import { REFIT_COPY_MAX_BYTES } from './refit-copy';
import { InspectionEngine } from './inspection-engine';
import { deserializeInspectionModel } from '../vision';
import { createNodeFeatureExtractor } from '../../inference/node-models';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('refit with corrections (on onnxruntime-web WASM in Node)', () => {
  it('keeps compact copies, refits from teaching copies plus corrected results, and gets the corrected calls right', async () => {
    const engine = new InspectionEngine(await createNodeFeatureExtractor(root));
    const fit = await engine.fit(
      Array.from({ length: 12 }, (_, i) => syntheticPartPng(100 + i)),
      undefined,
    );
    // every teaching image leaves a lossless PNG copy of the network input, smaller than the raw pixels
    expect(fit.copies).toHaveLength(12);
    for (const c of fit.copies) {
      expect([...c.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(c.byteLength).toBeLessThan(256 * 256 * 3);
    }
    engine.load('p', fit.model);

    // An operator set the threshold too low (the median good score): good parts come out NG, false alarms.
    const tooLow = Array.from(fit.goodScores).sort((a, b) => a - b)[6] ?? 0;
    const falseAlarms = [];
    for (let seed = 700; seed < 740 && falseAlarms.length < 3; seed++) {
      const out = await engine.check('p', syntheticPartPng(seed), undefined, tooLow, tooLow);
      if (out.isDefect) falseAlarms.push(out);
    }
    expect(falseAlarms).toHaveLength(3);
    // results keep compact JPEG copies within the per-result cap
    for (const f of falseAlarms) {
      expect(f.refitCopy?.[0]).toBe(0xff);
      expect(f.refitCopy?.byteLength).toBeLessThanOrEqual(REFIT_COPY_MAX_BYTES);
    }
    // a part scoring below `copyFrom` keeps no copy
    const low = await engine.check('p', syntheticPartPng(741), undefined, 1e9, 1e9);
    expect(low.refitCopy).toBeUndefined();
    // a scratch the operator's too-high threshold missed, later marked NG as 划痕 by a reviewer
    const missed = await engine.check('p', syntheticPartPng(760, 'scratch'), undefined, 1e9, -1e9);
    expect(missed.isDefect).toBe(false);
    if (!missed.refitCopy) throw new Error('no copy');

    const progress: number[] = [];
    const refit = await engine.refit(
      'p',
      {
        teachGood: fit.copies,
        teachDefects: [],
        corrections: [
          ...falseAlarms.map((f) => ({ expected: 'ok' as const, bytes: f.refitCopy ?? new Uint8Array() })),
          { expected: 'ng', label: '划痕', bytes: missed.refitCopy },
        ],
      },
      (done) => progress.push(done),
    );
    expect(progress.at(-1)).toBe(12 + falseAlarms.length + 1);
    expect(refit.skipped).toEqual([]);
    expect(refit.goodImages).toBe(12 + falseAlarms.length);
    expect(refit.corrections).toHaveLength(falseAlarms.length + 1);
    expect(refit.nowRight).toBe(falseAlarms.length + 1);
    expect(refit.types).toEqual([{ name: '划痕', examples: 1 }]);

    // the refitted model, once loaded, names a new scratch and still fails a pit at the new threshold
    engine.load('p', refit.model);
    const scratch = await engine.check('p', syntheticPartPng(761, 'scratch'), undefined, refit.threshold);
    expect(scratch.isDefect).toBe(true);
    expect(scratch.defectType).toBe('划痕');
    expect((await engine.check('p', syntheticPartPng(762, 'pit'), undefined, refit.threshold)).isDefect).toBe(true);
  }, 240_000);

  it('teaches a project refused for another backbone again from its stored teaching images alone', async () => {
    const installed = await createNodeFeatureExtractor(root);
    // the project was taught when an earlier backbone was installed
    const earlier = new InspectionEngine({ ...installed, modelId: 'gz-defect-backbone@0.9.0', modelSha256: 'f'.repeat(64) });
    const taught = await earlier.fit(
      Array.from({ length: 12 }, (_, i) => syntheticPartPng(100 + i)),
      undefined,
    );
    earlier.load('p', taught.model);
    const typed = await earlier.teachTypes(
      'p',
      [
        { label: '凹坑', bytes: syntheticPartPng(780, 'pit') },
        { label: '凹坑', bytes: syntheticPartPng(781, 'pit') },
      ],
      undefined,
    );

    const engine = new InspectionEngine(installed);
    const refused: unknown = (() => {
      try {
        engine.load('p', taught.model);
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(isCodedError(refused) && refused.code).toBe('vision.inspection-backbone-mismatch');

    // no corrections, no old model loaded: the stored copies are enough
    const again = await engine.refit('p', { teachGood: taught.copies, teachDefects: typed.copies, corrections: [] });
    expect(again.goodImages).toBe(12);
    expect(again.types).toEqual([{ name: '凹坑', examples: 2 }]);
    // the stored defect examples are scored by the new model, for the threshold screen's ticks
    expect(again.defectScores).toHaveLength(2);
    for (const score of again.defectScores) expect(score).toBeGreaterThan(again.threshold);
    expect(again.skipped).toEqual([]);
    // the copies are the images the project was taught from: teaching again gives the same threshold
    expect(Math.abs(again.threshold - taught.threshold)).toBeLessThan(0.01 * Math.abs(taught.threshold));
    engine.load('p', again.model);
    expect((await engine.check('p', syntheticPartPng(770), undefined, again.threshold)).isDefect).toBe(false);
    expect((await engine.check('p', syntheticPartPng(771, 'pit'), undefined, again.threshold)).isDefect).toBe(true);
  }, 240_000);
  it('keeps what the project was taught with defects: the model variant, the defect photos and a confirmed miss without a type', async () => {
    const extractor = await createNodeFeatureExtractor(root);
    const engine = new InspectionEngine(extractor);
    const fit = await engine.fit(
      Array.from({ length: 12 }, (_, i) => syntheticPartPng(100 + i)),
      undefined,
    );
    engine.load('p', fit.model);
    const typed = await engine.teachTypes(
      'p',
      [
        { label: '凹坑', bytes: syntheticPartPng(780, 'pit') },
        { label: '凹坑', bytes: syntheticPartPng(781, 'pit') },
      ],
      undefined,
    );
    engine.load('p', typed.model);
    // a reviewer confirmed a scratch the check had passed, without naming a type
    const missed = await engine.check('p', syntheticPartPng(790, 'scratch'), undefined, 1e9, -1e9);
    if (!missed.refitCopy) throw new Error('no copy');
    const refit = await engine.refit('p', {
      teachGood: fit.copies,
      teachDefects: typed.copies,
      corrections: [{ expected: 'ng', bytes: missed.refitCopy }],
    });
    const backbone = { id: extractor.modelId, sha256: extractor.modelSha256 };
    const before = deserializeInspectionModel(typed.model, backbone);
    const after = deserializeInspectionModel(refit.model, backbone);
    // the self-check's choice survives the refit
    expect(after.variant?.statistics).toBe(before.variant?.statistics);
    expect(after.textureScore !== undefined).toBe(before.textureScore !== undefined);
    // the taught photos and the confirmed miss stay taught (the threshold screen's defect scores), and an
    // untyped miss makes no nameless type
    expect(after.taught?.labels).toEqual(['凹坑', '凹坑', '']);
    expect(refit.types).toEqual([{ name: '凹坑', examples: 2 }]);
    expect(refit.defectScores).toHaveLength(2);
    expect(refit.corrections).toEqual([{ expected: 'ng', score: expect.any(Number) }]);
    expect(refit.nowRight).toBe(1);
  }, 240_000);
});
