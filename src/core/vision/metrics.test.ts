import { describe, expect, it } from 'vitest';
import { auroc, aurocInterval, statsAtFalseAlarmRate } from './metrics';

// goods score 0..99, defects 50..149: half the defects overlap the good range
const goods = Array.from({ length: 100 }, (_, i) => i);
const defects = Array.from({ length: 100 }, (_, i) => 50 + i);
const scores = [...goods, ...defects];
const labels = [...goods.map(() => 0), ...defects.map(() => 1)];

describe('evaluation metrics a provider reads', () => {
  it('finds the threshold that keeps false alarms within a rate, and what it then misses', () => {
    const at5 = statsAtFalseAlarmRate(scores, labels, 0.05);
    // 5 good images (95..99) may be flagged; defects below 95 (50..94) are missed
    expect(at5.falseAlarmRate).toBe(0.05);
    expect(at5.missRate).toBe(0.45);
    const at1 = statsAtFalseAlarmRate(scores, labels, 0.01);
    expect(at1.falseAlarmRate).toBe(0.01);
    expect(at1.missRate).toBe(0.49);
    // no threshold flags nothing good but something defective when the best good part scores highest
    expect(statsAtFalseAlarmRate([1, 2, 3], [1, 1, 0], 0).missRate).toBe(1);
  });

  it('gives an AUROC interval around the figure that narrows with more images and closes on perfect separation', () => {
    const [lo, hi] = aurocInterval(scores, labels);
    const auc = auroc(scores, labels);
    expect(auc).toBeCloseTo(0.875, 3);
    expect(lo).toBeLessThan(auc);
    expect(hi).toBeGreaterThan(auc);
    // four times the images (same overlap) halves the width
    const big = scores.flatMap((s) => [s, s + 0.25, s + 0.5, s + 0.75]);
    const bigLabels = labels.flatMap((l) => [l, l, l, l]);
    const [blo, bhi] = aurocInterval(big, bigLabels);
    expect((bhi - blo) / (hi - lo)).toBeGreaterThan(0.4);
    expect((bhi - blo) / (hi - lo)).toBeLessThan(0.6);
    expect(aurocInterval([0, 1, 2, 3], [0, 0, 1, 1])).toEqual([1, 1]);
  });
});
