import type { InspectionProject, InspectionResult } from '../../core/inspect/records';
import type { InspectionClient } from '../../inference/inspection-client';
import type { CheckOutcome } from '../../inference/inspection-engine';
import type { BackendChoice } from '../../inference/backend-choice';
import { transferable } from './read-files';
import { inspectionRepository } from './use-projects';

export interface CheckedImage {
  outcome: CheckOutcome;
  stored: InspectionResult | undefined;
}

/** Checks one image in the worker and stores the result (thumbnail, score, verdict, type, backend, timing). */
export async function checkAndStore(
  client: InspectionClient,
  backend: BackendChoice['backend'],
  project: InspectionProject,
  file: { name: string; bytes: Uint8Array },
  source: InspectionResult['source'],
  store = true,
): Promise<CheckedImage> {
  const outcome = await client.request({ type: 'check', key: project.id, image: transferable(file.bytes), roi: project.roi, threshold: project.threshold ?? 0 });
  if (!store) return { outcome, stored: undefined };
  const stored = await storeOutcome(backend, project, file.name, outcome, source);
  return { outcome, stored };
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
  });
}
