import { describe, expect, it } from 'vitest';
import { VisionError } from './errors';
import type { InspectionModel } from './inspection-model';
import { crc32, deserializeInspectionModel, serializeInspectionModel } from './serialize';

const small: InspectionModel = {
  backbone: { id: 'b', sha256: 'a'.repeat(64), inputSize: 64 },
  grid: { height: 1, width: 1, dims: 2 },
  backboneDims: 2,
  backboneMean: new Float32Array(2),
  projection: new Float32Array(2),
  textureMean: new Float32Array(1),
  invScale: new Float32Array([1, 1]),
  references: [{ logAspect: 0, mean: new Float32Array(2), cholesky: new Float32Array([1, 0, 1]), anomalyMean: 0, anomalyStd: 1 }],
  calibration: { defectMean: 0, defectStd: 1, defectWeight: 0 },
  topK: 1,
  threshold: 1,
  goodScores: new Float32Array(1),
  fittedImages: 1,
  defectTypes: [{ name: '划痕', examples: [new Float32Array(4)] }],
};

/** The same file with its JSON header edited, and layout fields and checksum made right again. */
function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Record<string, unknown>;
  edit(header);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const floats = bytes.subarray(Math.ceil((12 + length) / 4) * 4, bytes.length - 4);
  const start = Math.ceil((12 + json.length) / 4) * 4;
  const out = new Uint8Array(start + floats.length + 4);
  out.set(bytes.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(floats, start);
  new DataView(out.buffer).setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}

describe('a hostile inspection model file', () => {
  it('loads the untouched file (control)', () => {
    expect(deserializeInspectionModel(serializeInspectionModel(small)).defectTypes[0]?.examples).toHaveLength(1);
  });

  it('refuses a header claiming a billion defect examples at once, without allocating for them', () => {
    const bytes = withHeader(serializeInspectionModel(small), (header) => {
      header.defectTypes = [{ name: '划痕', examples: 999_999_999 }];
    });
    expect(() => deserializeInspectionModel(bytes)).toThrow(VisionError);
    // refused by comparing the header's counts with the file's size, before any list is built for them
    expect(() => deserializeInspectionModel(bytes)).toThrow(/payload size does not match the header/);
  });
});
