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
