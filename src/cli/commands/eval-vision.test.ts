import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTexture, toJpeg, toPng, withDarkSpot } from '../../core/vision/test-support';
import { captureIo } from '../test-support';
import { evalVisionCommand } from './eval-vision';

const root = join(import.meta.dirname, '..', '..', '..');
let folder: string;

// good/ plus one folder per defect type, no labels.csv: how a provider's own images usually arrive
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gz-eval-vision-'));
  await mkdir(join(folder, 'good'));
  await mkdir(join(folder, 'pit'));
  for (let i = 0; i < 14; i++) await writeFile(join(folder, 'good', `g${i}.jpg`), toJpeg(cleanTexture(128, 300 + i)));
  for (let i = 0; i < 4; i++) {
    const img = withDarkSpot(cleanTexture(128, 400 + i), 30 + 20 * i, 40 + 10 * i, 6);
    await writeFile(join(folder, 'pit', `p${i}.png`), toPng(img));
  }
  await writeFile(join(folder, 'pit', 'broken.png'), new Uint8Array(0));
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('eval-vision', () => {
  it('measures a good/ + defect-folder layout and reports unreadable files by code', async () => {
    const { context, stdout } = captureIo(root);
    expect(await evalVisionCommand.run([folder, '--fit', '10', '--json'], context)).toBe(0);
    const result = JSON.parse(stdout()) as {
      images: { fit: number; testGood: number; testDefect: number; skipped: { path: string; code: string }[] };
      imageAuroc: number;
      imageAurocCi95: [number, number];
      pixelAuroc: number | null;
      missAtFalseAlarm: { allowed: number; missRate: number; falseAlarmRate: number }[];
      perType: Record<string, { auroc: number }>;
      suspectFitImages: string[];
    };
    expect(result.images).toMatchObject({ fit: 10, testGood: 4, testDefect: 4 });
    expect(result.images.skipped).toEqual([{ path: join('pit', 'broken.png'), code: 'vision.empty-file' }]);
    expect(result.imageAuroc).toBeGreaterThan(0.9);
    expect(result.imageAurocCi95[0]).toBeLessThanOrEqual(result.imageAuroc);
    expect(result.imageAurocCi95[1]).toBeGreaterThanOrEqual(result.imageAuroc);
    expect(result.missAtFalseAlarm.map((m) => m.allowed)).toEqual([0.01, 0.02, 0.05, 0.1]);
    for (const m of result.missAtFalseAlarm) expect(m.falseAlarmRate).toBeLessThanOrEqual(m.allowed);
    expect(result.pixelAuroc).toBeNull();
    expect(Object.keys(result.perType)).toEqual(['pit']);
    // clean good photos: none is singled out as probably not good
    expect(result.suspectFitImages).toEqual([]);
  }, 120_000);

  it('teaches --defects k labelled defect photos with the good ones and leaves them out of the test', async () => {
    const { context, stdout } = captureIo(root);
    expect(await evalVisionCommand.run([folder, '--fit', '10', '--defects', '3', '--json'], context)).toBe(0);
    const result = JSON.parse(stdout()) as {
      images: { fit: number; taughtDefects: number; testDefect: number };
      taughtDefectImages: string[];
      variant: { statistics: string; check?: { taught: number; synthetic: number } };
      teachNotes: { defectsLikeGood: number[] };
      imageAuroc: number;
    };
    // three of the five pit files are taught (the empty one, if drawn, is skipped); the rest are tested
    expect(result.taughtDefectImages.length).toBe(result.images.taughtDefects);
    expect(result.images.taughtDefects + result.images.testDefect).toBe(4);
    expect(result.images.taughtDefects).toBeGreaterThanOrEqual(2);
    expect(result.variant.check).toMatchObject({ taught: result.images.taughtDefects, synthetic: 20 });
    // clear pits never score like good parts
    expect(result.teachNotes.defectsLikeGood).toEqual([]);
    expect(result.imageAuroc).toBeGreaterThan(0.9);
  }, 120_000);

  it('rejects bad arguments as usage errors', async () => {
    const { context } = captureIo(root);
    await expect(evalVisionCommand.run([], context)).rejects.toThrow('Give exactly one image folder.');
    await expect(evalVisionCommand.run([folder, '--fit', 'many'], context)).rejects.toThrow('--fit must be an integer');
    await expect(evalVisionCommand.run([folder, '--variant', 'best'], context)).rejects.toThrow(
      '--variant must be auto, per-position or position-invariant',
    );
  });
});
