import { suspectGoodScores } from './fit';

export interface CatchRateThreshold {
  /** The highest threshold that still flags at least the asked share of the taught defects. */
  readonly threshold: number;
  /** Share of the taught defects (cross-validated scores) flagged at that threshold. */
  readonly catchRate: number;
  /** Expected share of good parts flagged (held-out good scores, add-one smoothed as the histogram does). */
  readonly falseAlarmRate: number;
  /** How many photos the two estimates rest on. */
  readonly defects: number;
  readonly good: number;
}

/**
 * "Catch at least N % of defects like these": the threshold is the k-th highest cross-validated
 * defect score, k = ⌈N·m⌉ of m taught defects, so that k of them are flagged; any higher threshold
 * would let more slip through, and a lower one only adds false alarms. The false-alarm rate is read
 * off the good photos' held-out scores (suspect teaching photos left out, as for the automatic
 * threshold). With m defects the catch rate moves in steps of 1/m: the caller shows m.
 */
export function thresholdForCatchRate(
  goodScores: ArrayLike<number>,
  defectScores: ArrayLike<number>,
  target: number,
): CatchRateThreshold | undefined {
  const m = defectScores.length;
  if (m === 0 || !(target > 0)) return undefined;
  const sorted = Float64Array.from(defectScores).sort().reverse();
  const k = Math.min(m, Math.max(1, Math.ceil(Math.min(target, 1) * m - 1e-9)));
  const threshold = sorted[k - 1] ?? 0;
  const suspects = new Set(suspectGoodScores(goodScores));
  const good = Array.from(goodScores).filter((_, i) => !suspects.has(i));
  const above = good.filter((s) => s >= threshold).length;
  return {
    threshold,
    catchRate: Array.from(defectScores).filter((d) => d >= threshold).length / m,
    falseAlarmRate: (above + 0.5) / (good.length + 1),
    defects: m,
    good: good.length,
  };
}
