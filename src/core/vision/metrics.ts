/** Area under the ROC curve (Mann–Whitney U with tie correction). Labels: 1 = defect. */
export function auroc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let rankPos = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    const s = scores[idx[i] ?? 0] ?? 0;
    while (j + 1 < n && (scores[idx[j + 1] ?? 0] ?? 0) === s) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k] ?? 0] === 1) {
        rankPos += rank;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface ThresholdStats {
  readonly threshold: number;
  readonly f1: number;
  /** Fraction of defective images scored below the threshold. */
  readonly missRate: number;
  /** Fraction of good images scored at or above the threshold. */
  readonly falseAlarmRate: number;
}

export function statsAt(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): ThresholdStats {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < scores.length; i++) {
    const flagged = (scores[i] ?? 0) >= threshold;
    if (labels[i] === 1) {
      if (flagged) tp++;
      else fn++;
    } else if (flagged) fp++;
    else tn++;
  }
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { threshold, f1, missRate: fn / Math.max(tp + fn, 1), falseAlarmRate: fp / Math.max(fp + tn, 1) };
}

/** The threshold (one of the scores) that maximises F1. */
export function bestF1Threshold(scores: ArrayLike<number>, labels: ArrayLike<number>): ThresholdStats {
  const candidates = Array.from(new Set(Array.from(scores))).sort((a, b) => a - b);
  let best = statsAt(scores, labels, Infinity);
  for (const t of candidates) {
    const s = statsAt(scores, labels, t);
    if (s.f1 > best.f1) best = s;
  }
  return best;
}

/** Number of values in ascending `sorted` below `x`, counting ties as half. */
function placement(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  let eq = lo;
  while (eq < sorted.length && sorted[eq] === x) eq++;
  return lo + (eq - lo) / 2;
}

/**
 * 95 % confidence interval of the AUROC (DeLong's variance from the placement values, normal
 * approximation, clipped to [0, 1]): how far the figure could move on another sample of the same
 * line's images. With a few hundred test images it is typically ±0.02-0.03, so two set-ups whose
 * AUROCs differ by less than that are not told apart by one evaluation.
 */
export function aurocInterval(scores: ArrayLike<number>, labels: ArrayLike<number>): [number, number] {
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < scores.length; i++) (labels[i] === 1 ? pos : neg).push(scores[i] ?? 0);
  const m = pos.length;
  const n = neg.length;
  if (m < 2 || n < 2) return [Number.NaN, Number.NaN];
  const sortedPos = Float64Array.from(pos).sort();
  const sortedNeg = Float64Array.from(neg).sort();
  // V10: per defect, the share of good scores below it; V01: per good, the share of defect scores above it
  const v10 = pos.map((x) => placement(sortedNeg, x) / n);
  const v01 = neg.map((x) => 1 - placement(sortedPos, x) / m);
  const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
  const auc = mean(v10);
  const variance = (a: number[], mu: number): number => a.reduce((s, v) => s + (v - mu) ** 2, 0) / (a.length - 1);
  const se = Math.sqrt(variance(v10, auc) / m + variance(v01, auc) / n);
  return [Math.max(0, auc - 1.959964 * se), Math.min(1, auc + 1.959964 * se)];
}

/**
 * The operating point a line would choose if it accepts at most `rate` false alarms: the lowest
 * threshold (one of the scores) that flags no more than that share of the good images, with its
 * miss rate. Measured on the test images themselves, so it is the best any threshold rule could do
 * there — the ceiling for the automatic threshold, not a prediction of it.
 */
export function statsAtFalseAlarmRate(scores: ArrayLike<number>, labels: ArrayLike<number>, rate: number): ThresholdStats {
  const good = Array.from(scores)
    .filter((_, i) => labels[i] !== 1)
    .sort((a, b) => b - a);
  const allowed = Math.floor(rate * good.length + 1e-9);
  // every good score at or above the threshold is a false alarm: stay just above the (allowed+1)-th highest
  const limit = good[allowed];
  if (limit === undefined) return statsAt(scores, labels, -Infinity);
  let threshold = Infinity;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? 0;
    if (s > limit && s < threshold) threshold = s;
  }
  return statsAt(scores, labels, threshold);
}
