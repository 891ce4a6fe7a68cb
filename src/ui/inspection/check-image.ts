import { copyFromScore } from '../../core/inspection/refit-copy';
import type { InspectionProject, InspectionResult } from '../../core/inspection/records';
import type { InspectionClient } from '../../app/inspection/inspection-client';
import type { CheckOutcome } from '../../core/inspection/inspection-engine';
import type { CheckRequest } from '../../app/inspection/inspection-protocol';
import type { BackendChoice } from '../../inference/backend-choice';
import { transferable } from './read-files';
import { inspectionRepository } from './use-projects';

export interface CheckedImage {
  outcome: CheckOutcome;
  stored: InspectionResult | undefined;
}

/**
 * Checks one image in the worker and stores the result (thumbnail, score, verdict, type, backend, timing),
 * with a refit copy when the score is in the band a reviewer may correct (see core/inspect/refit-copy.ts).
 */
export async function checkAndStore(
  client: InspectionClient,
  backend: BackendChoice['backend'],
  project: InspectionProject,
  file: { name: string; bytes: Uint8Array },
  source: InspectionResult['source'],
  store = true,
): Promise<CheckedImage> {
  // live camera frames that are not stored need no refit copy
  const outcome = await checkImage(client, project, transferable(file.bytes), store);
  if (!store) return { outcome, stored: undefined };
  const stored = await storeOutcome(backend, project, file.name, outcome, source);
  return { outcome, stored };
}

/** Checks an image in the worker (bytes handed over, or a queued image the worker reads itself); `withCopy` asks for a refit copy when due. */
export function checkImage(client: InspectionClient, project: InspectionProject, image: CheckRequest['image'], withCopy: boolean): Promise<CheckOutcome> {
  const threshold = project.threshold ?? 0;
  const copyFrom = withCopy ? copyFromScore(threshold, project.goodScores) : undefined;
  return client.request({ type: 'check', key: project.id, image, roi: project.roi, threshold, ...(copyFrom !== undefined ? { copyFrom } : {}) });
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
  return (await inspectionRepository()).addResult({
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
  }, outcome.refitCopy);
}
