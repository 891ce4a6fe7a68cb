import { describe, expect, it } from 'vitest';
import { imageScore } from './anomaly-map';

describe('image score from an anomaly map', () => {
  const flat = (level: number): Float32Array => new Float32Array(32 * 32).fill(level);
  const withSpot = (map: Float32Array): Float32Array => {
    const out = map.slice();
    for (const p of [100, 101, 132, 133]) out[p] = (out[p] ?? 0) + 5;
    return out;
  };

  it('rates a part with a local spot above the same part without it', () => {
    expect(imageScore(withSpot(flat(1)), 4)).toBeGreaterThan(imageScore(flat(1), 4) + 4);
  });

  it('does not flag a part just because its whole surface is a little off', () => {
    // every cell raised by the same amount: nothing stands out, so the score does not move
    expect(imageScore(flat(3), 8)).toBeCloseTo(imageScore(flat(0.5), 8), 6);
    expect(imageScore(withSpot(flat(3)), 4)).toBeCloseTo(imageScore(withSpot(flat(0.5)), 4), 5);
  });
});
