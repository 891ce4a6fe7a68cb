import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import type { FeatureExtractor } from '../core/vision/features';
import { DEFECT_BACKBONE, findModel, parseModelManifest, type ModelEntry } from './model-manifest';
import { createOnnxFeatureExtractor } from './onnx-feature-extractor';

/** Node (CLI, tests, bench): onnxruntime-web runs single-threaded WASM from node_modules. */
export async function loadModelEntry(root: string, name = DEFECT_BACKBONE): Promise<{ entry: ModelEntry; bytes: Uint8Array }> {
  const manifest = parseModelManifest(JSON.parse(await readFile(join(root, 'models', 'manifest.json'), 'utf8')) as unknown);
  const entry = findModel(manifest, name);
  const bytes = new Uint8Array(await readFile(join(root, 'models', entry.file)));
  return { entry, bytes };
}

export async function createNodeFeatureExtractor(root: string, name = DEFECT_BACKBONE): Promise<FeatureExtractor> {
  ort.env.wasm.numThreads = 1;
  const { entry, bytes } = await loadModelEntry(root, name);
  return createOnnxFeatureExtractor(bytes, entry);
}
