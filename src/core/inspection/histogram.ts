import { suspectGoodScores } from '../vision';

export interface Histogram {
  readonly min: number;
  readonly max: number;
  readonly counts: number[];
}

/** Equal-width bins over [min, max] of the scores, widened so `include` (e.g. the threshold) is on the axis. */
export function histogram(scores: readonly number[], bins: number, include: readonly number[] = []): Histogram {
  const all = [...scores, ...include];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, counts: new Array<number>(bins).fill(0) };
  const pad = Math.max((max - min) * 0.05, 1e-3);
  min -= pad;
  max += pad;
  return { min, max, counts: binCounts(scores, { min, max, counts: new Array<number>(bins).fill(0) }) };
}

/** Counts of `scores` on the bins of an existing histogram (e.g. one group of the scores it was built from). */
export function binCounts(scores: readonly number[], h: Histogram): number[] {
  const bins = h.counts.length;
  const counts = new Array<number>(bins).fill(0);
  for (const s of scores) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor(((s - h.min) / (h.max - h.min)) * bins)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/**
 * Share of good parts expected to be flagged at this threshold, from the good images' held-out scores
 * (with add-one smoothing, so a handful of images never promises "0 %"). Suspect teaching images
 * (probably not good parts, see suspectGoodScores) are left out, as they are from the automatic threshold.
 */
export function expectedFalseAlarmRate(goodScores: readonly number[], threshold: number): number {
  const suspects = new Set(suspectGoodScores(goodScores));
  const good = goodScores.filter((_, i) => !suspects.has(i));
  const above = good.filter((s) => s >= threshold).length;
  return (above + 0.5) / (good.length + 1);
}
