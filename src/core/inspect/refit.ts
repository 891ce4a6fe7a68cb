import type { InspectionResult } from './records';

/**
 * A threshold that respects the reviewers' corrections: above every false alarm (reviewed OK, model
 * said NG) and at or below every confirmed or missed defect, when such a threshold exists. Where the
 * corrections contradict each other the threshold moves only as far as it can without losing a
 * confirmed defect. Returns undefined when nothing was corrected.
 */
export function thresholdFromCorrections(current: number, results: readonly Pick<InspectionResult, 'verdict' | 'modelVerdict' | 'score'>[]): number | undefined {
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
