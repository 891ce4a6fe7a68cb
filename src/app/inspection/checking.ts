import type { CheckOutcome } from '../../core/inspection/inspection-engine';
import type { InspectionProject, InspectionResult } from '../../core/inspection/records';
import { copyFromScore } from '../../core/inspection/refit-copy';
import type { BackendChoice } from '../../inference/backend-choice';
import { repositories } from '../root';
import { transferable } from './image-source';
import type { CheckImage } from './inspection-handlers';
import type { InspectionSession } from './inspection-session';

export interface CheckedImage {
  outcome: CheckOutcome;
  stored: InspectionResult | undefined;
}

/**
 * Checks one image in the worker and stores the result (thumbnail, score, verdict, type, backend, timing),
 * with a refit copy when the score is in the band a reviewer may correct (see core/inspection/refit-copy.ts).
 * `store: false` (live camera frames) checks without storing and without a refit copy.
 */
export async function checkAndStore(
  session: InspectionSession,
  backend: BackendChoice['backend'],
  project: InspectionProject,
  file: { name: string; bytes: Uint8Array },
  source: InspectionResult['source'],
  store = true,
): Promise<CheckedImage> {
  const outcome = await checkImage(session, project, transferable(file.bytes), store);
  if (!store) return { outcome, stored: undefined };
  const stored = await storeOutcome(backend, project, file.name, outcome, source);
  return { outcome, stored };
}

/** Checks an image in the worker (bytes handed over, or a queued image the worker reads itself); `withCopy` asks for a refit copy when due. */
export function checkImage(
  session: InspectionSession,
  project: InspectionProject,
  image: CheckImage,
  withCopy: boolean,
): Promise<CheckOutcome> {
  const threshold = project.threshold ?? 0;
  const copyFrom = withCopy ? copyFromScore(threshold, project.goodScores) : undefined;
  return session.call('check', [{ key: project.id, image, roi: project.roi, threshold, ...(copyFrom !== undefined ? { copyFrom } : {}) }]);
}

/** Stores one checked image (thumbnail, score, verdict, type, backend, timing). */
export async function storeOutcome(
  backend: BackendChoice['backend'],
  project: InspectionProject,
  fileName: string,
  outcome: CheckOutcome,
  source: InspectionResult['source'],
): Promise<InspectionResult> {
  const verdict = outcome.isDefect ? 'ng' : 'ok';
  return (await repositories()).inspection.addResult(
    {
      projectId: project.id,
      checkedAt: Date.now(),
      fileName,
      source,
      verdict,
      modelVerdict: verdict,
      score: outcome.score,
      threshold: outcome.threshold,
      ...(outcome.defectType ? { defectType: outcome.defectType, modelDefectType: outcome.defectType } : {}),
      backend,
      timingMs: outcome.timing.totalMs,
      thumbnail: outcome.thumbnail,
      map: outcome.map,
      ...(outcome.refitCopy ? {} : { refitCopy: 'not-kept' as const }),
    },
    outcome.refitCopy,
  );
}
