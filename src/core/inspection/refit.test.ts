import { describe, expect, it } from 'vitest';
import { copyFromScore } from './refit-copy';
import { correctedNowRight, planRefit, refitThreshold } from './refit';
import type { InspectionResult } from './records';

const base = {
  projectId: 'p',
  checkedAt: 1,
  source: 'batch',
  threshold: 5,
  backend: 'wasm',
  timingMs: 1,
  thumbnail: new Uint8Array(),
  map: { width: 1, height: 1, low: 0, high: 0, data: new Uint8Array(1) },
} as const;
const r = (
  id: string,
  verdict: 'ok' | 'ng',
  modelVerdict: 'ok' | 'ng',
  score: number,
  refitCopy?: 'kept' | 'not-kept',
): InspectionResult => ({
  ...base,
  id,
  fileName: `${id}.png`,
  verdict,
  modelVerdict,
  score,
  ...(refitCopy ? { refitCopy } : {}),
});

describe('refit with corrections', () => {
  it('uses only corrected results with a stored copy, and says why the others cannot be used', () => {
    const plan = planRefit([
      r('confirmed', 'ng', 'ng', 9, 'kept'),
      r('falseAlarm', 'ok', 'ng', 6, 'kept'),
      r('missNoCopy', 'ng', 'ok', 1, 'not-kept'),
      r('older', 'ok', 'ng', 7),
    ]);
    expect(plan.usable.map((x) => x.id)).toEqual(['falseAlarm']);
    expect(plan.unusable.map((u) => [u.result.id, u.reason])).toEqual([
      ['missNoCopy', 'copyNotKept'],
      ['older', 'olderResult'],
    ]);
  });

  it('proposes the new model threshold, moved above false alarms without giving up a missed defect', () => {
    // the new model's automatic threshold (4) would still flag the false alarm at 4.5; the miss at 8 stays NG
    const corrections = [
      { expected: 'ok' as const, score: 4.5 },
      { expected: 'ng' as const, score: 8 },
    ];
    const threshold = refitThreshold(4, corrections);
    expect(threshold).toBeGreaterThan(4.5);
    expect(threshold).toBeLessThanOrEqual(8);
    expect(correctedNowRight(corrections, threshold)).toBe(2);
    expect(correctedNowRight(corrections, 4)).toBe(1);
    // contradicting corrections: the defect wins, the false alarm stays wrong and the count says so
    const clash = [
      { expected: 'ok' as const, score: 9 },
      { expected: 'ng' as const, score: 8 },
    ];
    expect(correctedNowRight(clash, refitThreshold(4, clash))).toBe(1);
  });

  it('keeps copies from the top tenth of the good scores, or from the threshold if the user set it lower', () => {
    const good = Array.from({ length: 20 }, (_, i) => i);
    expect(copyFromScore(30, good)).toBe(18);
    expect(copyFromScore(10, good)).toBe(10);
    expect(copyFromScore(7, undefined)).toBe(7);
  });
});
