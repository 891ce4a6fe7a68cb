import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { VisionError } from '../core/vision/errors';
import { parseModelManifest, sha256Hex } from './model-manifest';
import { loadModelEntry } from './node-models';
import { createOnnxFeatureExtractor } from './onnx-feature-extractor';

const root = join(import.meta.dirname, '..', '..');

describe('shipped models', () => {
  it('every model file matches its manifest sha256 and size, and all stay within 20 MB', async () => {
    const manifest = parseModelManifest(JSON.parse(await readFile(join(root, 'models', 'manifest.json'), 'utf8')) as unknown);
    expect(manifest.models.length).toBeGreaterThan(0);
    let total = 0;
    for (const m of manifest.models) {
      const bytes = new Uint8Array(await readFile(join(root, 'models', m.file)));
      expect(await sha256Hex(bytes)).toBe(m.sha256);
      expect(bytes.length).toBe(m.bytes);
      total += bytes.length;
    }
    expect(total).toBeLessThanOrEqual(20 * 1024 * 1024);
  });

  it('the backbone loads in onnxruntime-web (Node, WASM) and returns the documented output shapes', async () => {
    ort.env.wasm.numThreads = 1;
    const { entry, bytes } = await loadModelEntry(root);
    const extractor = await createOnnxFeatureExtractor(bytes, entry);
    const size = entry.input.shape[2];
    const out = await extractor.extract(new Float32Array(3 * size * size).fill(0.5));
    const shapes = Object.fromEntries(entry.outputs.map((o) => [o.name, o.shape.slice(1)]));
    // 1.1.0 ships the encoder features and texture bank only; the decoder's defect map is not computed
    expect(Object.keys(shapes).sort()).toEqual(['feat_s16', 'feat_s4', 'feat_s8', 'feat_texture']);
    expect(out.defectLogits).toBeUndefined();
    expect([out.featS4.channels, out.featS4.height, out.featS4.width]).toEqual(shapes['feat_s4']);
    expect([out.featS8.channels, out.featS8.height, out.featS8.width]).toEqual(shapes['feat_s8']);
    expect([out.featS16.channels, out.featS16.height, out.featS16.width]).toEqual(shapes['feat_s16']);
    expect([out.featTexture.channels, out.featTexture.height, out.featTexture.width]).toEqual(shapes['feat_texture']);
    expect(out.featS8.data.every(Number.isFinite)).toBe(true);
  });

  it('refuses a model file whose bytes differ from the manifest', async () => {
    const { entry, bytes } = await loadModelEntry(root);
    const tampered = bytes.slice();
    tampered[tampered.length - 10] = (tampered[tampered.length - 10] ?? 0) ^ 0xff;
    const err = await createOnnxFeatureExtractor(tampered, entry).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VisionError);
    expect((err as VisionError).code).toBe('vision.model-hash-mismatch');
  });
});
