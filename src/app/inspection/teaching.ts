import type { FitOutcome, TeachTypesOutcome } from '../../core/inspection/inspection-engine';
import type { InspectionProject } from '../../core/inspection/records';
import type { Roi } from '../../core/inspection/roi';
import { repositories } from '../root';
import { transferable, type NamedBytes } from './image-source';
import type { InspectionSession } from './inspection-session';

export const MIN_TEACH_IMAGES = 10;
/**
 * Below this many good images the proposed threshold is estimated from too few scores: measured on real
 * tiles, 10 images flagged 3.3 % of fresh good parts on average and up to 12 % for an unlucky set, 30 images
 * 1.5 % (models/README.md). The app still fits, but says so.
 */
export const RECOMMENDED_TEACH_IMAGES = 30;
export const MAX_TEACH_IMAGES = 100;

const noProgress = (): void => undefined;

export interface TaughtProject {
  project: InspectionProject;
  /** The images used (at most MAX_TEACH_IMAGES of those given). */
  used: NamedBytes[];
  fit: FitOutcome;
}

/**
 * Fits a project's model from good images in the worker, then stores it with the project. The teaching set is
 * kept (as network-sized copies) so the model can be refitted with corrections later; teaching again starts
 * without defect types, so their stored examples go too (a refit must not bring them back).
 */
export async function teachGoodParts(
  session: InspectionSession,
  projectId: string,
  files: readonly NamedBytes[],
  roi: Roi | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<TaughtProject> {
  const used = files.slice(0, MAX_TEACH_IMAGES);
  const fit = await session.call('fit', [used.map((f) => transferable(f.bytes)), roi, onProgress ?? noProgress]);
  const repo = (await repositories()).inspection;
  await repo.replaceTeachImages(
    projectId,
    'good',
    fit.copies.map((bytes) => ({ bytes })),
  );
  await repo.replaceTeachImages(projectId, 'defect', []);
  const project = await repo.updateProject(projectId, {
    model: fit.model,
    goodScores: Array.from(fit.goodScores),
    proposedThreshold: fit.threshold,
    threshold: fit.threshold,
    goodImages: used.length - fit.skipped.length,
    defectTypes: [],
    defectScores: [],
    fusedDefects: false,
    ...(fit.variant ? { variant: fit.variant } : {}),
    roi,
  });
  return { project, used, fit };
}

/**
 * Teaches known-bad photos (each with its type and optionally a box around the defect), replacing the
 * earlier ones and their stored copies. They set the defect types and the threshold screen's defect
 * scores; where they also train a classifier that joins the score, the scores are on a new scale, so the
 * threshold moves to the new proposal (and back when a later teaching drops the classifier).
 */
export async function teachDefectTypes(
  session: InspectionSession,
  project: Pick<InspectionProject, 'id' | 'roi' | 'fusedDefects'>,
  examples: readonly { label: string; file: NamedBytes; box?: Roi }[],
): Promise<{ project: InspectionProject; outcome: TeachTypesOutcome }> {
  const outcome = await session.call('teachTypes', [
    project.id,
    examples.map((e) => ({ label: e.label, image: transferable(e.file.bytes), ...(e.box ? { box: e.box } : {}) })),
    project.roi,
  ]);
  const repo = (await repositories()).inspection;
  await repo.replaceTeachImages(project.id, 'defect', outcome.copies);
  const rescaled = outcome.fused || project.fusedDefects === true;
  const updated = await repo.updateProject(project.id, {
    model: outcome.model,
    defectTypes: outcome.types,
    defectScores: outcome.defectScores,
    goodScores: Array.from(outcome.goodScores),
    proposedThreshold: outcome.threshold,
    fusedDefects: outcome.fused,
    ...(rescaled ? { threshold: outcome.threshold } : {}),
  });
  return { project: updated, outcome };
}
