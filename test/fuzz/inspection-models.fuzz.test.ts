import { describe, expect, it } from 'vitest';
import type { InspectionModel } from '../../src/core/vision/inspection-model';
import { crc32, deserializeInspectionModel, serializeInspectionModel } from '../../src/core/vision/serialize';
import { mutateJson } from './support/mutate-json';
import { int, type Random } from './support/random';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';

const floats = (n: number, scale = 1) => new Float32Array(n).map((_, i) => Math.sin(i + 1) * scale);

/** A small but complete model (2×2 grid, 6-dim descriptors), with or without texture view and defect types. */
function model(texture: boolean, defects: number): InspectionModel {
  const cells = 4;
  const dims = 6;
  const projected = 4;
  const td = dims - projected;
  return {
    backbone: { id: 'gongzhi-backbone-test', sha256: 'a'.repeat(64), inputSize: 64 },
    grid: { height: 2, width: 2, dims },
    backboneDims: 8,
    backboneMean: floats(8),
    projection: floats(projected * 8),
    textureMean: floats(td),
    invScale: floats(dims, 0.5),
    references: [
      {
        logAspect: 0,
        mean: floats(cells * dims),
        cholesky: floats((cells * dims * (dims + 1)) / 2),
        anomalyMean: 1.5,
        anomalyStd: 0.4,
        ...(texture
          ? { texture: { mean: floats(cells * td), cholesky: floats((cells * td * (td + 1)) / 2), anomalyMean: 0.8, anomalyStd: 0.2 } }
          : {}),
      },
      {
        logAspect: 0.7,
        mean: floats(cells * dims, 2),
        cholesky: floats((cells * dims * (dims + 1)) / 2, 2),
        anomalyMean: 1.2,
        anomalyStd: 0.3,
        ...(texture
          ? { texture: { mean: floats(cells * td), cholesky: floats((cells * td * (td + 1)) / 2), anomalyMean: 0.7, anomalyStd: 0.1 } }
          : {}),
      },
    ],
    calibration: { defectMean: 3, defectStd: 1, defectWeight: 0.5 },
    topK: 3,
    ...(texture ? { textureScore: { median: 0.4, weight: 0.5 } } : {}),
    threshold: 4.2,
    goodScores: floats(12, 3),
    fittedImages: 12,
    defectTypes: Array.from({ length: defects }, (_, i) => ({ name: `缺陷${i}`, examples: [floats(2 * dims), floats(2 * dims, 3)] })),
  };
}

function withCrc(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}

/** Changes a few bytes (header or floats) and writes the checksum again, so the change is read. */
function resealedBytes(bytes: Uint8Array, rnd: Random): Uint8Array {
  if (bytes.length < 20) return bytes;
  const body = bytes.slice(0, bytes.length - 4);
  for (let n = 1 + int(rnd, 4); n > 0; n--) body[int(rnd, body.length)] = int(rnd, 256);
  return withCrc(body);
}

/** Rewrites the JSON header (a lying grid, counts, defect types), then the layout fields and checksum. */
function resealedHeader(bytes: Uint8Array, rnd: Random): Uint8Array {
  if (bytes.length < 16) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  if (12 + length > bytes.length) return bytes;
  let header: string;
  try {
    header = mutateJson(new TextDecoder().decode(bytes.subarray(12, 12 + length)), rnd);
  } catch {
    return bytes;
  }
  const json = new TextEncoder().encode(header);
  const oldPayload = Math.ceil((12 + length) / 4) * 4;
  const newPayload = Math.ceil((12 + json.length) / 4) * 4;
  const floatsPart = bytes.subarray(oldPayload, bytes.length - 4);
  const body = new Uint8Array(newPayload + floatsPart.length);
  body.set(bytes.subarray(0, 8));
  new DataView(body.buffer).setUint32(8, json.length, true);
  body.set(json, 12);
  body.set(floatsPart, newPayload);
  return withCrc(body);
}

const target: FuzzTarget = {
  name: 'inspection models',
  seeds: async () => [serializeInspectionModel(model(false, 0)), serializeInspectionModel(model(true, 2))],
  mutators: { resealedBytes, resealedHeader },
  run: async (bytes) => {
    deserializeInspectionModel(bytes, { id: 'gongzhi-backbone-test', sha256: 'a'.repeat(64) });
    return { accepted: true };
  },
};

describe('fuzz: serialised inspection models', () => {
  it(
    'loads or refuses every mutated model with a translated error, within budget',
    async () => {
      const stats = await runTarget(target, caseCount(300));
      expect(stats.accepted).toBeGreaterThanOrEqual(2);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
