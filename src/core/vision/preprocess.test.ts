import { describe, expect, it } from 'vitest';
import { toInputTensor } from './preprocess';

function pattern(size: number, block: number) {
  const data = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = Math.floor(x / block);
      const v = Math.floor(y / block);
      const o = (y * size + x) * 3;
      data[o] = (u * 7 + v * 3) % 256;
      data[o + 1] = (u * 5 + v * 11) % 256;
      data[o + 2] = (u * 13 + v) % 256;
    }
  }
  return { width: size, height: size, data };
}

describe('model input', () => {
  it('passes an image already at the model size through unchanged, channel-first in [0,1]', () => {
    const img = pattern(8, 1);
    const { data } = toInputTensor(img, 8);
    for (let p = 0; p < 64; p++) {
      for (let c = 0; c < 3; c++) expect(data[c * 64 + p]).toBe(Math.fround((img.data[p * 3 + c] as number) / 255));
    }
  });

  it('gives the same input for an image twice the size made of 2×2 blocks of the same pixels', () => {
    const direct = toInputTensor(pattern(16, 1), 16).data;
    const shrunk = toInputTensor(pattern(32, 2), 16).data;
    expect(shrunk.length).toBe(direct.length);
    for (let i = 0; i < direct.length; i++) expect(shrunk[i]).toBeCloseTo(direct[i] as number, 6);
  });
});
