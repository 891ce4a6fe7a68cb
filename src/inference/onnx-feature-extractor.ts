import * as ort from 'onnxruntime-web';
import { VisionError } from '../core/vision/errors';
import type { BackboneOutput, FeatureExtractor, FeatureMap } from '../core/vision/features';
import { verifyModelBytes, type ModelEntry } from './model-manifest';

const OUTPUTS = { featS4: 'feat_s4', featS8: 'feat_s8', featS16: 'feat_s16', featTexture: 'feat_texture' } as const;
/** Only backbones before 1.1.0 have it; its learned defect map is unused unless a fit asks for it. */
const DEFECT_LOGITS = 'defect_logits';

export interface SessionOptions {
  /** Execution providers in order of preference; Node only has 'wasm'. */
  readonly executionProviders?: readonly ('webgpu' | 'wasm')[];
}

function toMap(tensor: ort.Tensor | undefined, name: string, entry: ModelEntry): FeatureMap {
  const expected = entry.outputs.find((o) => o.name === name)?.shape;
  const dims = tensor?.dims ?? [];
  if (!tensor || tensor.type !== 'float32' || !expected || dims.join('x') !== expected.join('x')) {
    throw new VisionError(
      'model-output-mismatch',
      `The model output "${name}" has shape [${dims.join(', ')}], expected [${expected?.join(', ') ?? '?'}].`,
      { name },
    );
  }
  const [, channels = 0, height = 0, width = 0] = expected;
  return { channels, height, width, data: tensor.data as Float32Array };
}

/**
 * Creates the ONNX backbone session after checking the model bytes against the manifest hash.
 * The caller loads the bytes (fs in Node, fetch of a bundled asset in the renderer).
 */
/** A feature extractor backed by an ONNX session that can be freed (the start-up benchmark drops the slower one). */
export type OnnxFeatureExtractor = FeatureExtractor & { release(): Promise<void> };

export async function createOnnxFeatureExtractor(
  modelBytes: Uint8Array,
  entry: ModelEntry,
  options: SessionOptions = {},
): Promise<OnnxFeatureExtractor> {
  await verifyModelBytes(modelBytes, entry);
  const session = await ort.InferenceSession.create(modelBytes, {
    executionProviders: [...(options.executionProviders ?? ['wasm'])],
    graphOptimizationLevel: 'all',
    // Idle pool threads would otherwise spin for a while after each run, taking the core that decoding,
    // scoring and the UI need between runs (on a 2-core machine that is half of it).
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  for (const name of Object.values(OUTPUTS)) {
    if (!session.outputNames.includes(name)) throw new VisionError('model-output-mismatch', `The model has no output "${name}".`, { name });
  }
  const hasDefectLogits = session.outputNames.includes(DEFECT_LOGITS) && entry.outputs.some((o) => o.name === DEFECT_LOGITS);
  const [, , inputSize = 0] = entry.input.shape;
  return {
    modelId: `${entry.name}@${entry.version}`,
    modelSha256: entry.sha256,
    inputSize,
    release: () => session.release(),
    async extract(input: Float32Array): Promise<BackboneOutput> {
      const feeds = { [entry.input.name]: new ort.Tensor('float32', input, entry.input.shape) };
      const out = await session.run(feeds);
      return {
        ...(hasDefectLogits ? { defectLogits: toMap(out[DEFECT_LOGITS], DEFECT_LOGITS, entry) } : {}),
        featS4: toMap(out[OUTPUTS.featS4], OUTPUTS.featS4, entry),
        featS8: toMap(out[OUTPUTS.featS8], OUTPUTS.featS8, entry),
        featS16: toMap(out[OUTPUTS.featS16], OUTPUTS.featS16, entry),
        featTexture: toMap(out[OUTPUTS.featTexture], OUTPUTS.featTexture, entry),
      };
    },
  };
}
