import type { InspectionResult, Verdict } from './records';

/**
 * A threshold that respects the reviewers' corrections: above every false alarm (reviewed OK, model
 * said NG) and at or below every confirmed or missed defect, when such a threshold exists. Where the
 * corrections contradict each other the threshold moves only as far as it can without losing a
 * confirmed defect. Returns undefined when nothing was corrected.
 */
export function thresholdFromCorrections(
  current: number,
  results: readonly Pick<InspectionResult, 'verdict' | 'modelVerdict' | 'score'>[],
): number | undefined {
  const falseAlarms = results.filter((r) => r.verdict === 'ok' && r.modelVerdict === 'ng').map((r) => r.score);
  const misses = results.filter((r) => r.verdict === 'ng' && r.modelVerdict === 'ok').map((r) => r.score);
  if (falseAlarms.length === 0 && misses.length === 0) return undefined;
  const defects = results.filter((r) => r.verdict === 'ng').map((r) => r.score);
  const lowestDefect = Math.min(...defects);
  let next = current;
  if (misses.length > 0) next = Math.min(next, Math.min(...misses));
  if (falseAlarms.length > 0) {
    const above = Math.max(...falseAlarms) * 1.001 + 1e-6;
    next = Math.max(next, Number.isFinite(lowestDefect) ? Math.min(above, lowestDefect) : above);
  }
  return next;
}

/** Why a correction cannot feed a refit; each a key the UI translates. */
export type UnusableReason = 'olderResult' | 'copyNotKept';

export interface RefitPlan {
  /** Corrected results whose image copy is stored: they refit the model. */
  readonly usable: InspectionResult[];
  readonly unusable: { result: InspectionResult; reason: UnusableReason }[];
}

/** Splits a project's corrected results into those a refit can use and those it cannot, saying why. */
export function planRefit(results: readonly InspectionResult[]): RefitPlan {
  const usable: InspectionResult[] = [];
  const unusable: RefitPlan['unusable'] = [];
  for (const r of results) {
    if (r.verdict === r.modelVerdict) continue;
    if (r.refitCopy === 'kept') usable.push(r);
    else unusable.push({ result: r, reason: r.refitCopy === 'not-kept' ? 'copyNotKept' : 'olderResult' });
  }
  return { usable, unusable };
}

/** A corrected call scored again by the refitted model. */
export interface RescoredCorrection {
  readonly expected: Verdict;
  readonly score: number;
}

/**
 * The threshold a refit proposes: the refitted model's own automatic threshold, then moved by the
 * corrections (scored by the new model) as far as they consistently allow.
 */
export function refitThreshold(automatic: number, corrections: readonly RescoredCorrection[]): number {
  const asResults = corrections.map((c) => ({
    verdict: c.expected,
    modelVerdict: (c.expected === 'ok' ? 'ng' : 'ok') as Verdict,
    score: c.score,
  }));
  return thresholdFromCorrections(automatic, asResults) ?? automatic;
}

/** How many corrected calls the refitted model now gets right at `threshold`. */
export function correctedNowRight(corrections: readonly RescoredCorrection[], threshold: number): number {
  return corrections.filter((c) => (c.score >= threshold ? 'ng' : 'ok') === c.expected).length;
}
