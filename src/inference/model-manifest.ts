import { z } from 'zod';
import { VisionError } from '../core/vision/errors';

const outputSchema = z.object({ name: z.string(), shape: z.array(z.number().int().positive()) });

export const modelEntrySchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  opset: z.number().int().positive(),
  input: z.object({
    name: z.string(),
    shape: z.tuple([z.literal(1), z.literal(3), z.number().int(), z.number().int()]),
    dtype: z.literal('float32'),
    normalisation: z.string(),
  }),
  outputs: z.array(outputSchema).min(1),
  provenance: z.string().min(1),
});

export const modelManifestSchema = z.object({ formatVersion: z.literal(1), models: z.array(modelEntrySchema.passthrough()) });

export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type ModelManifest = z.infer<typeof modelManifestSchema>;

export const DEFECT_BACKBONE = 'gz-defect-backbone';

export function parseModelManifest(json: unknown): ModelManifest {
  const parsed = modelManifestSchema.safeParse(json);
  if (!parsed.success) throw new VisionError('model-not-in-manifest', `models/manifest.json is not valid: ${parsed.error.message}`);
  return parsed.data;
}

export function findModel(manifest: ModelManifest, name: string): ModelEntry {
  const entry = manifest.models.find((m) => m.name === name);
  if (!entry) throw new VisionError('model-not-in-manifest', `The model "${name}" is not listed in models/manifest.json.`, { name });
  return entry;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A model file that differs from what the manifest promises is never run: it would score silently wrong. */
export async function verifyModelBytes(bytes: Uint8Array, entry: ModelEntry): Promise<void> {
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256) {
    throw new VisionError(
      'model-hash-mismatch',
      `The model file ${entry.file} does not match models/manifest.json (sha256 ${actual.slice(0, 12)}… instead of ${entry.sha256.slice(0, 12)}…).`,
      {
        file: entry.file,
        expected: entry.sha256,
        actual,
      },
    );
  }
}
